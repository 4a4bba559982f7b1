using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>WORKUP-GENETIC-SGCE: myoclonus with early onset, no secondary cause and no genetic finding.</summary>
internal sealed class WorkupGeneticSgce : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-SGCE";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override string? Gene => "SGCE";

    internal override bool Suggests(in Assessment assessment) => SuggestsForMyoclonus(assessment);

    /// <summary>Gets whether early-onset myoclonus calls for the test; the alcohol-responsiveness rule defers to it.</summary>
    internal static bool SuggestsForMyoclonus(in Assessment assessment) =>
        assessment.NoCauseEstablished && assessment.IsEarlyOnset && (assessment.Facts.MovementDisorders & MovementDisorders.Myoclonus) != 0;
}
