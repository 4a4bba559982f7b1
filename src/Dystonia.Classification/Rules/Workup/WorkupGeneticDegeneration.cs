using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-GENETIC-DEGENERATION: neurodegeneration found and no established gene, whatever else is recorded: the
/// heredodegenerative disorders in which dystonia is prominent (NBIA, neuroacanthocytosis, ...) are diagnosed by their
/// genes.
/// </summary>
internal sealed class WorkupGeneticDegeneration : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-DEGENERATION";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override bool Suggests(in Assessment assessment) =>
        assessment.Facts.Pathology == NervousSystemPathology.Degeneration && !assessment.Facts.HasEstablishedGene;
}
