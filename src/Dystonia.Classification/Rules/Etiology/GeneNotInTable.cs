using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>GENE-NOT-IN-TABLE: a gene the table does not hold; not an error, but it establishes nothing.</summary>
internal sealed class GeneNotInTable : GeneNoteRule
{
    internal override string Id => "GENE-NOT-IN-TABLE";

    internal override GeneStatus Status => GeneStatus.NotInTable;

    internal override string Conclusion => "notEstablished";
}
