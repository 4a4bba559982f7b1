namespace Dystonia.Classification;

/// <summary>
/// How the laboratory classified a sequence variant, in the five tiers of the ACMG/AMP 2015 standard (Richards et al.,
/// Genet Med 2015;17:405-424). Only <see cref="Pathogenic"/> and <see cref="LikelyPathogenic"/> establish a genetic
/// cause; a variant of uncertain significance establishes nothing.
/// </summary>
public enum VariantClassification
{
    /// <summary>Pathogenic.</summary>
    Pathogenic = 1,

    /// <summary>Likely pathogenic.</summary>
    LikelyPathogenic = 2,

    /// <summary>Uncertain significance (a VUS).</summary>
    UncertainSignificance = 3,

    /// <summary>Likely benign.</summary>
    LikelyBenign = 4,

    /// <summary>Benign.</summary>
    Benign = 5,
}
