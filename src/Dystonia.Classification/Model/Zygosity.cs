namespace Dystonia.Classification;

/// <summary>
/// How many copies of the gene carry the variant, as the laboratory reports it. A disorder of autosomal recessive
/// inheritance needs pathogenic variants on both alleles (<see cref="Homozygous"/> or
/// <see cref="CompoundHeterozygous"/>); one <see cref="Heterozygous"/> variant in such a gene makes a carrier and
/// establishes no cause (GeneReviews: "biallelic pathogenic variants", for example in ATP7B, PANK2, SPR and PRKN).
/// </summary>
public enum Zygosity
{
    /// <summary>One allele carries the variant.</summary>
    Heterozygous = 1,

    /// <summary>Both alleles carry the same variant.</summary>
    Homozygous = 2,

    /// <summary>Each allele carries a different pathogenic variant of the same gene (biallelic).</summary>
    CompoundHeterozygous = 3,

    /// <summary>The only copy present carries the variant (an X-linked gene in a male, or the other allele deleted).</summary>
    Hemizygous = 4,
}
