using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>GENE-NOT-ESTABLISHING: a gene of the table, but the variant is not classified pathogenic or likely pathogenic (ACMG/AMP 2015).</summary>
internal sealed class GeneNotEstablishing : GeneNoteRule
{
    internal override string Id => "GENE-NOT-ESTABLISHING";

    internal override GeneStatus Status => GeneStatus.NotEstablishing;

    internal override string Conclusion => "notEstablished";
}
