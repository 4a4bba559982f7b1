using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>GENE-KNOWN: a pathogenic or likely pathogenic variant in a gene of the table; names the gene, its designation, class and sources.</summary>
internal sealed class GeneKnown : GeneNoteRule
{
    internal override string Id => "GENE-KNOWN";

    internal override GeneStatus Status => GeneStatus.Established;

    internal override string Conclusion => "established";
}
