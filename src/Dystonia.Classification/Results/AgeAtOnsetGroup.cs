namespace Dystonia.Classification;

/// <summary>
/// Age-at-onset group (2013 consensus, Axis I). Bands apply to completed years of age: onset at 2.9 years is
/// infancy and at 40.5 years is early adulthood, unless <see cref="ClassificationOptions.CountAgeFortyAsLateAdulthood"/> is set.
/// </summary>
public enum AgeAtOnsetGroup
{
    /// <summary>Birth to 2 years. JSON: <c>infancy</c>.</summary>
    Infancy = 0,

    /// <summary>3 to 12 years. JSON: <c>childhood</c>.</summary>
    Childhood = 1,

    /// <summary>13 to 20 years. JSON: <c>adolescence</c>.</summary>
    Adolescence = 2,

    /// <summary>21 to 40 years. JSON: <c>earlyAdulthood</c>.</summary>
    EarlyAdulthood = 3,

    /// <summary>Over 40 years (41 and older in completed years). JSON: <c>lateAdulthood</c>.</summary>
    LateAdulthood = 4,
}
