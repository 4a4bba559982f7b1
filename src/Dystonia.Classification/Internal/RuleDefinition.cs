using System;
using System.Collections.Generic;
using System.Text.Json;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Rules;

namespace Dystonia.Classification.Internal;

/// <summary>
/// One rule's data, as loaded from <c>Data/rules.json</c>: its sentences in every language, its condition, its
/// sources, and the parameters (thresholds) its unit reads. Bound to its <see cref="ClinicalRule"/> at load.
/// </summary>
internal sealed class RuleDefinition
{
    private readonly IReadOnlyDictionary<string, int> parameters;
    private readonly HashSet<string> parametersRead = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<CatalogueParameter> shared;

    internal RuleDefinition(
        string id,
        ClassificationAxis axis,
        string condition,
        LocalizedText text,
        IReadOnlyDictionary<string, LocalizedText> notApplied,
        IReadOnlyList<SourceReference> sources,
        IReadOnlyDictionary<string, int> parameters,
        IReadOnlyList<CatalogueParameter> shared,
        string? field,
        IReadOnlyList<ClassificationAxis> affects)
    {
        Id = id;
        EncodedId = JsonEncodedText.Encode(id);
        Axis = axis;
        Condition = condition;
        Text = text;
        NotApplied = notApplied;
        Sources = sources;
        this.parameters = parameters;
        this.shared = shared;
        Field = field;
        Affects = affects;
    }

    internal string Id { get; }

    /// <summary>Gets the id as JSON writes it, encoded once: results are written by the million.</summary>
    internal JsonEncodedText EncodedId { get; }

    internal ClassificationAxis Axis { get; }

    /// <summary>Gets the condition in words, with the rule's parameters filled in.</summary>
    internal string Condition { get; }

    internal LocalizedText Text { get; }

    /// <summary>Gets the texts that explain why the rule did not apply, keyed by reason.</summary>
    internal IReadOnlyDictionary<string, LocalizedText> NotApplied { get; }

    internal IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>Gets the parameters by name, in the order of the data.</summary>
    internal IReadOnlyDictionary<string, int> Parameters => parameters;

    /// <summary>Gets the field a missing-finding rule names (MISSING-*); <see langword="null"/> for other rules.</summary>
    internal string? Field { get; }

    /// <summary>Gets the axes a missing finding leaves open or weakens (MISSING-*); empty for other rules.</summary>
    internal IReadOnlyList<ClassificationAxis> Affects { get; }

    /// <summary>Gets the unit that decides the rule.</summary>
    internal ClinicalRule Unit { get; set; } = null!;

    /// <summary>Gets or sets the missing finding of this rule made last, with its language (RuleEngine's cache; replaced whole, never torn).</summary>
    internal Tuple<string, MissingFinding>? LastMissingFinding { get; set; }

    /// <summary>Returns a parameter the unit reads, its own or the catalogue's; a parameter missing from the data fails the load.</summary>
    internal int Parameter(string name)
    {
        foreach (var parameter in shared)
        {
            if (parameter.Name == name)
            {
                parameter.IsRead = true;
                return parameter.Value;
            }
        }

        if (!parameters.TryGetValue(name, out var value))
        {
            throw new InvalidOperationException("Rule " + Id + " reads the parameter '" + name + "', which Data/rules.json does not give.");
        }

        parametersRead.Add(name);
        return value;
    }

    /// <summary>Gets the parameters given in the data that the unit never read: a load error, because the data would say more than the code does.</summary>
    internal IEnumerable<string> UnreadParameters()
    {
        foreach (var name in parameters.Keys)
        {
            if (!parametersRead.Contains(name))
            {
                yield return name;
            }
        }
    }
}
