using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>GENE-SINGLE-RECESSIVE-ALLELE: one heterozygous pathogenic or likely pathogenic variant in a gene of autosomal recessive inheritance, a carrier's finding.</summary>
internal sealed class GeneSingleRecessiveAllele : GeneNoteRule
{
    internal override string Id => "GENE-SINGLE-RECESSIVE-ALLELE";

    internal override GeneStatus Status => GeneStatus.SingleRecessiveAllele;

    internal override string Conclusion => "notEstablished";
}
