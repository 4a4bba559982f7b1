using System.Collections.Generic;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Internal;

/// <summary>
/// A threshold of the catalogue that several rules or an option share (<c>parameters</c> in <c>Data/rules.json</c>),
/// with what it means and where it comes from.
/// </summary>
internal sealed class CatalogueParameter
{
    internal CatalogueParameter(string name, int value, string? option, string meaning, IReadOnlyList<SourceReference> sources)
    {
        Name = name;
        Value = value;
        Option = option;
        Meaning = meaning;
        Sources = sources;
    }

    internal string Name { get; }

    internal int Value { get; }

    /// <summary>Gets the <see cref="ClassificationOptions"/> property whose default this is, if any.</summary>
    internal string? Option { get; }

    internal string Meaning { get; }

    internal IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>Gets or sets whether a rule read the parameter while the catalogue was bound.</summary>
    internal bool IsRead { get; set; }
}
