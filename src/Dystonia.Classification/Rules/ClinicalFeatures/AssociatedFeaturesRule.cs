using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// A rule of isolated or combined dystonia, 2013 consensus Axis I (ASSOC-*): combined when another movement disorder
/// (tremor excepted) accompanies the dystonia; other neurological or systemic features are recorded separately.
/// </summary>
internal abstract class AssociatedFeaturesRule : LabelRule<IsolatedOrCombined?>
{
    internal override string Conclusion(in Assessment assessment, IsolatedOrCombined? label) =>
        label is { } value ? WireNames.Of(value) : "notRecorded";

    /// <summary>Gets whether a movement disorder other than tremor is recorded.</summary>
    internal static bool HasOtherMovementDisorder(in Assessment assessment) =>
        (assessment.Facts.MovementDisorders & ~MovementDisorders.Tremor) != 0;

    /// <summary>Gets whether other neurological or systemic features are recorded.</summary>
    internal static bool HasOtherFeatures(in PresentationFacts facts) =>
        facts.Neurological != NeurologicalFeatures.None || facts.Systemic != SystemicFeatures.None;
}
