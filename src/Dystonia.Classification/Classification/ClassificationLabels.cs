using System;

namespace Dystonia.Classification;

/// <summary>
/// The labels of one classified presentation, without the reasoning: the 2013 consensus axes, the etiology
/// label and the legacy category.
/// </summary>
/// <remarks>
/// <para>
/// A <see langword="null"/> label means the findings needed for it were missing (see
/// <see cref="ClassificationResult.MissingFindings"/>) or, for <see cref="LegacyCategory"/>, that the older
/// scheme has no category for these findings.
/// </para>
/// <para>Obtain it from <see cref="ClassificationResult.Labels"/> or, without allocating, from
/// <see cref="IDystoniaClassifier.TryClassifyLabels(Presentation, out ClassificationLabels)"/>.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and safe to share between threads.</threadsafety>
public readonly struct ClassificationLabels : IEquatable<ClassificationLabels>
{
    internal ClassificationLabels(
        Distribution distribution,
        bool? legInvolvement,
        AgeAtOnsetGroup? ageAtOnsetGroup,
        Course course,
        Variability variability,
        IsolatedOrCombined? isolatedOrCombined,
        NervousSystemPathology nervousSystemPathology,
        Heritability heritability,
        Etiology etiology,
        EtiologyCertainty? etiologyCertainty,
        LegacyCategory? legacyCategory)
    {
        Distribution = distribution;
        LegInvolvement = legInvolvement;
        AgeAtOnsetGroup = ageAtOnsetGroup;
        Course = course;
        Variability = variability;
        IsolatedOrCombined = isolatedOrCombined;
        NervousSystemPathology = nervousSystemPathology;
        Heritability = heritability;
        Etiology = etiology;
        EtiologyCertainty = etiologyCertainty;
        LegacyCategory = legacyCategory;
    }

    /// <summary>Gets the body distribution.</summary>
    public Distribution Distribution { get; }

    /// <summary>
    /// Gets whether a lower limb is involved, for <see cref="Distribution.Generalized"/> only (the consensus
    /// distinguishes generalized dystonia with and without leg involvement); <see langword="null"/> otherwise.
    /// </summary>
    public bool? LegInvolvement { get; }

    /// <summary>Gets the age-at-onset group, or <see langword="null"/> when the age at onset is not known.</summary>
    public AgeAtOnsetGroup? AgeAtOnsetGroup { get; }

    /// <summary>Gets the disease course as recorded.</summary>
    public Course Course { get; }

    /// <summary>Gets the short-term variability as recorded.</summary>
    public Variability Variability { get; }

    /// <summary>Gets whether dystonia is isolated or combined, or <see langword="null"/> when associated features were not recorded.</summary>
    public IsolatedOrCombined? IsolatedOrCombined { get; }

    /// <summary>Gets the nervous-system pathology as recorded.</summary>
    public NervousSystemPathology NervousSystemPathology { get; }

    /// <summary>Gets the heritability.</summary>
    public Heritability Heritability { get; }

    /// <summary>Gets the primary/secondary etiology label.</summary>
    public Etiology Etiology { get; }

    /// <summary>Gets how firmly the etiology rests on the findings; <see langword="null"/> when the etiology is <see cref="Etiology.Undetermined"/>.</summary>
    public EtiologyCertainty? EtiologyCertainty { get; }

    /// <summary>Gets the pre-2013 category, or <see langword="null"/> when it cannot be derived from the findings.</summary>
    public LegacyCategory? LegacyCategory { get; }

    /// <summary>Returns whether two sets of labels are equal.</summary>
    public static bool operator ==(ClassificationLabels left, ClassificationLabels right) => left.Equals(right);

    /// <summary>Returns whether two sets of labels differ.</summary>
    public static bool operator !=(ClassificationLabels left, ClassificationLabels right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ClassificationLabels other) =>
        Distribution == other.Distribution
        && LegInvolvement == other.LegInvolvement
        && AgeAtOnsetGroup == other.AgeAtOnsetGroup
        && Course == other.Course
        && Variability == other.Variability
        && IsolatedOrCombined == other.IsolatedOrCombined
        && NervousSystemPathology == other.NervousSystemPathology
        && Heritability == other.Heritability
        && Etiology == other.Etiology
        && EtiologyCertainty == other.EtiologyCertainty
        && LegacyCategory == other.LegacyCategory;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClassificationLabels other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            HashCode.Combine(Distribution, LegInvolvement, AgeAtOnsetGroup, Course, Variability),
            HashCode.Combine(IsolatedOrCombined, NervousSystemPathology, Heritability, Etiology, EtiologyCertainty, LegacyCategory));
}
