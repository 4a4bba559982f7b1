using System.Collections.Generic;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Internal;

/// <summary>One rule of the rule set, as loaded from <c>Data/rules.json</c>.</summary>
internal sealed class RuleDefinition
{
    internal RuleDefinition(
        string id,
        ClassificationAxis axis,
        string condition,
        LocalizedText text,
        IReadOnlyDictionary<string, LocalizedText> notApplied,
        IReadOnlyList<SourceReference> sources)
    {
        Id = id;
        Axis = axis;
        Condition = condition;
        Text = text;
        NotApplied = notApplied;
        Sources = sources;
    }

    internal string Id { get; }

    internal ClassificationAxis Axis { get; }

    internal string Condition { get; }

    internal LocalizedText Text { get; }

    /// <summary>Gets the texts that explain why the rule did not apply, keyed by reason.</summary>
    internal IReadOnlyDictionary<string, LocalizedText> NotApplied { get; }

    internal IReadOnlyList<SourceReference> Sources { get; }
}
