using System;

namespace Dystonia.Classification;

/// <summary>
/// Systemic (non-neurological) features recorded alongside dystonia (2013 consensus, Axis I, "occurrence of
/// other neurological or systemic manifestations").
/// </summary>
[Flags]
public enum SystemicFeatures
{
    /// <summary>No systemic feature was found.</summary>
    None = 0,

    /// <summary>Liver disease. JSON: <c>liverDisease</c>.</summary>
    LiverDisease = 1,

    /// <summary>Kidney disease. JSON: <c>kidneyDisease</c>.</summary>
    KidneyDisease = 2,

    /// <summary>Kayser-Fleischer rings on slit-lamp examination (copper in the cornea, Wilson disease). JSON: <c>kayserFleischerRings</c>.</summary>
    KayserFleischerRings = 4,

    /// <summary>Another systemic feature not listed here. JSON: <c>other</c>.</summary>
    Other = 128,
}
