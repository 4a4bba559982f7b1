using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-GENETIC-PRRT2: paroxysmal variability with early onset, no secondary cause and no genetic finding. The
/// presentation does not record what triggers the attacks, so the sentence makes the test conditional on kinesigenic
/// attacks (PKD) rather than suggesting PRRT2 for every paroxysmal dystonia.
/// </summary>
internal sealed class WorkupGeneticPrrt2 : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-PRRT2";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override string? Gene => "PRRT2";

    internal override bool Suggests(in Assessment assessment) =>
        assessment.NoCauseEstablished && assessment.IsEarlyOnset && (assessment.Facts.Variability & Variability.Paroxysmal) != 0;
}
