namespace Dystonia.Classification;

/// <summary>Whether a presentation could be classified.</summary>
public enum ClassificationStatus
{
    /// <summary>The presentation was valid and every label was evaluated. JSON: <c>classified</c>.</summary>
    Classified = 0,

    /// <summary>The presentation was invalid; <see cref="ClassificationResult.Errors"/> names each problem. JSON: <c>invalid</c>.</summary>
    Invalid = 1,
}
