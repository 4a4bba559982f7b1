using System;

namespace Dystonia.Classification;

/// <summary>A variant in a named gene, as reported by a genetic test, with the laboratory's classification.</summary>
/// <remarks>
/// The gene is an HGNC symbol such as <c>TOR1A</c>, <c>THAP1</c> or <c>GCH1</c>; its form is checked when the
/// presentation is validated. The finding establishes a genetic cause only when the gene is in the library's gene
/// table (docs/genes.md) and <see cref="Classification"/> is pathogenic or likely pathogenic; otherwise the
/// reasoning says why it establishes nothing (a variant of uncertain significance, a gene the table does not hold, a
/// previous symbol or retired locus name such as <c>DYT1</c>, or no classification recorded), and, in a gene of
/// autosomal recessive inheritance, only when <see cref="Zygosity"/> says both alleles carry a pathogenic variant.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class GeneticFinding
{
    /// <summary>Creates a genetic finding.</summary>
    /// <param name="gene">The HGNC gene symbol, for example <c>TOR1A</c>.</param>
    /// <param name="inheritance">The mode of inheritance, or <see langword="null"/> when not stated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gene"/> is <see langword="null"/>.</exception>
    public GeneticFinding(string gene, Inheritance? inheritance = null)
    {
        Gene = gene ?? throw new ArgumentNullException(nameof(gene));
        Inheritance = inheritance;
    }

    /// <summary>Gets the HGNC gene symbol.</summary>
    public string Gene { get; }

    /// <summary>Gets the mode of inheritance, or <see langword="null"/> when not stated.</summary>
    public Inheritance? Inheritance { get; }

    /// <summary>
    /// Gets the laboratory's classification of the variant (ACMG/AMP 2015), or <see langword="null"/> when not
    /// recorded, in which case the finding establishes nothing and the classification is listed as missing.
    /// </summary>
    public VariantClassification? Classification { get; init; }

    /// <summary>
    /// Gets the zygosity of the variant, or <see langword="null"/> when not recorded. In a gene of autosomal recessive
    /// inheritance only two pathogenic alleles establish the disorder: a heterozygous variant establishes nothing, and
    /// so does a variant whose zygosity is not recorded, which is then listed as missing.
    /// </summary>
    public Zygosity? Zygosity { get; init; }
}
