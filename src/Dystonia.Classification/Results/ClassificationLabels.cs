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

    /// <summary>
    /// Gets the body distribution (rules <c>DIST-*</c>): always set for a classified presentation, because it depends
    /// only on the affected regions, which validation requires. Where readings of the consensus differ (three or more
    /// contiguous regions, cranial contiguity, the face in hemidystonia) the label follows
    /// <see cref="ClassificationOptions"/> and the reasoning names the option.
    /// </summary>
    public Distribution Distribution { get; }

    /// <summary>
    /// Gets whether a lower limb is involved, for <see cref="Distribution.Generalized"/> only (the consensus
    /// distinguishes generalized dystonia with and without leg involvement); <see langword="null"/> otherwise.
    /// </summary>
    public bool? LegInvolvement { get; }

    /// <summary>Gets the age-at-onset group, or <see langword="null"/> when the age at onset is not known.</summary>
    public AgeAtOnsetGroup? AgeAtOnsetGroup { get; }

    /// <summary>Gets the disease course as recorded (rules <c>COURSE-*</c>); <see cref="Course.Unknown"/> when it was not recorded.</summary>
    public Course Course { get; }

    /// <summary>Gets the short-term variability as recorded (rules <c>VARIABILITY-*</c>); <see cref="Variability.None"/> when no pattern was recorded.</summary>
    public Variability Variability { get; }

    /// <summary>Gets whether dystonia is isolated or combined, or <see langword="null"/> when associated features were not recorded.</summary>
    public IsolatedOrCombined? IsolatedOrCombined { get; }

    /// <summary>Gets the nervous-system pathology as recorded.</summary>
    public NervousSystemPathology NervousSystemPathology { get; }

    /// <summary>
    /// Gets the heritability (rules <c>HERIT-*</c>): inherited, acquired or idiopathic (familial or sporadic), or
    /// <see cref="Heritability.Unknown"/> when the findings cannot decide it; the missing findings then say what would.
    /// </summary>
    public Heritability Heritability { get; }

    /// <summary>
    /// Gets the primary/secondary etiology label (rules <c>ETIO-*</c>): primary is of genetic or unknown origin,
    /// secondary is due to another disease or insult. <see cref="Etiology.Undetermined"/> rather than a guess when the
    /// findings are insufficient; <see cref="EtiologyCertainty"/> says how firm a primary or secondary label is.
    /// </summary>
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
