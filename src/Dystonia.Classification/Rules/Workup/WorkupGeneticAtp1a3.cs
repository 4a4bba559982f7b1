using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>WORKUP-GENETIC-ATP1A3: abrupt onset recorded and no established gene (rapid-onset dystonia-parkinsonism).</summary>
internal sealed class WorkupGeneticAtp1a3 : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-ATP1A3";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override string? Gene => "ATP1A3";

    internal override bool Suggests(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene && (assessment.Facts.Clues & DiagnosticClues.AbruptOnset) != 0;
}
