using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-CARBAMAZEPINE-TRIAL: attacks triggered by sudden movement, no secondary cause (symptomatic attacks are
/// treated through their cause first) and no established gene (an established PRRT2 variant gets the treatment note
/// instead).
/// </summary>
internal sealed class WorkupCarbamazepineTrial : WorkupRule
{
    internal override string Id => "WORKUP-CARBAMAZEPINE-TRIAL";

    internal override WorkupKind Kind => WorkupKind.CarbamazepineTrial;

    internal override bool Suggests(in Assessment assessment) =>
        assessment.NoCauseEstablished && (assessment.Facts.Clues & DiagnosticClues.KinesigenicAttacks) != 0;
}
