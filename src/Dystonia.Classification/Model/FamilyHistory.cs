namespace Dystonia.Classification;

/// <summary>Whether relatives have dystonia; separates familial from sporadic idiopathic dystonia.</summary>
public enum FamilyHistory
{
    /// <summary>Not asked or not known. JSON: <c>null</c> or omitted.</summary>
    Unknown = 0,

    /// <summary>At least one relative has dystonia. JSON: <c>true</c>.</summary>
    Positive = 1,

    /// <summary>No relative is known to have dystonia. JSON: <c>false</c>.</summary>
    Negative = 2,
}
