using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>GENE-ZYGOSITY-NOT-RECORDED: a pathogenic or likely pathogenic variant in a gene of autosomal recessive inheritance, recorded without its zygosity.</summary>
internal sealed class GeneZygosityNotRecorded : GeneNoteRule
{
    internal override string Id => "GENE-ZYGOSITY-NOT-RECORDED";

    internal override GeneStatus Status => GeneStatus.ZygosityNotRecorded;

    internal override string Conclusion => "notEstablished";
}
