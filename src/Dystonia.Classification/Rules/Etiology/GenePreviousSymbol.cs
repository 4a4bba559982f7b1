using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>GENE-PREVIOUS-SYMBOL: a previous symbol or retired locus name (DYT1) of a gene of the table; establishes nothing until the approved symbol is recorded.</summary>
internal sealed class GenePreviousSymbol : GeneNoteRule
{
    internal override string Id => "GENE-PREVIOUS-SYMBOL";

    internal override GeneStatus Status => GeneStatus.PreviousSymbol;

    internal override string Conclusion => "notEstablished";
}
