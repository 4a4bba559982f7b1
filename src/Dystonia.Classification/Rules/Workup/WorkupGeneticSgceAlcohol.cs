using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-GENETIC-SGCE-ALCOHOL: improvement with alcohol recorded, no established gene, and the early-onset myoclonus
/// rule (WORKUP-GENETIC-SGCE) does not already suggest the same test.
/// </summary>
internal sealed class WorkupGeneticSgceAlcohol : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-SGCE-ALCOHOL";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override string? Gene => "SGCE";

    internal override bool Suggests(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene
        && (assessment.Facts.Clues & DiagnosticClues.AlcoholResponsive) != 0
        && !WorkupGeneticSgce.SuggestsForMyoclonus(assessment);
}
