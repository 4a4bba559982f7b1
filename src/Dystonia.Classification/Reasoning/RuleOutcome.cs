namespace Dystonia.Classification.Reasoning;

/// <summary>What a reasoning step says about its rule.</summary>
public enum RuleOutcome
{
    /// <summary>The rule applied and set the label named in <see cref="ReasoningStep.Conclusion"/>. JSON: <c>applied</c>.</summary>
    Applied = 0,

    /// <summary>The rule was considered and did not apply; the text says why. JSON: <c>notApplied</c>.</summary>
    NotApplied = 1,

    /// <summary>A caveat about the applied rule: an ambiguity in the literature, an option, or an older definition that disagrees. JSON: <c>note</c>.</summary>
    Note = 2,
}
