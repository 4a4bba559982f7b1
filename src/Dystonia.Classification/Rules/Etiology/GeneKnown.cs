using System.Collections.Generic;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>GENE-KNOWN: a pathogenic or likely pathogenic variant in a gene of the table; names the gene, its designation, class and sources.</summary>
internal sealed class GeneKnown : GeneNoteRule
{
    internal override string Id => "GENE-KNOWN";

    internal override GeneStatus Status => GeneStatus.Established;

    internal override string Conclusion => "established";

    // The step cites the gene's own sources after the rule's.
    internal override IReadOnlyList<SourceReference> SourcesFor(in Assessment assessment) =>
        [.. Definition.Sources, .. assessment.Facts.Gene!.Sources];
}
