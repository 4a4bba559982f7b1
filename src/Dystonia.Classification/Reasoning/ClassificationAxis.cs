namespace Dystonia.Classification.Reasoning;

/// <summary>The part of the classification a reasoning step or missing finding belongs to.</summary>
public enum ClassificationAxis
{
    /// <summary>Axis I, body distribution. JSON: <c>distribution</c>.</summary>
    Distribution = 0,

    /// <summary>Axis I, age at onset. JSON: <c>ageAtOnset</c>.</summary>
    AgeAtOnset = 1,

    /// <summary>Axis I, temporal pattern: course. JSON: <c>course</c>.</summary>
    Course = 2,

    /// <summary>Axis I, temporal pattern: short-term variability. JSON: <c>variability</c>.</summary>
    Variability = 3,

    /// <summary>Axis I, associated features (isolated or combined). JSON: <c>associatedFeatures</c>.</summary>
    AssociatedFeatures = 4,

    /// <summary>Axis II, nervous-system pathology. JSON: <c>nervousSystemPathology</c>.</summary>
    NervousSystemPathology = 5,

    /// <summary>Axis II, heritability. JSON: <c>heritability</c>.</summary>
    Heritability = 6,

    /// <summary>The primary/secondary etiology label. JSON: <c>etiology</c>.</summary>
    Etiology = 7,

    /// <summary>The pre-2013 category. JSON: <c>legacyCategory</c>.</summary>
    LegacyCategory = 8,

    /// <summary>Suggested next steps. JSON: <c>workup</c>.</summary>
    Workup = 9,
}
