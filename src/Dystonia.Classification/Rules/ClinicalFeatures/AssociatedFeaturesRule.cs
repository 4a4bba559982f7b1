using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// A rule of isolated or combined dystonia, 2013 consensus Axis I (ASSOC-*): combined when another movement disorder
/// accompanies the dystonia; other neurological or systemic features are recorded separately. What counts as which
/// is decided in <see cref="FeatureKinds"/>.
/// </summary>
internal abstract class AssociatedFeaturesRule : LabelRule<IsolatedOrCombined?>
{
    internal override string Conclusion(in Assessment assessment, IsolatedOrCombined? label) =>
        label is { } value ? WireNames.Of(value) : "notRecorded";

    /// <summary>Gets whether a movement disorder that makes dystonia combined is recorded.</summary>
    internal static bool HasOtherMovementDisorder(in Assessment assessment) =>
        assessment.Facts.CombiningMovementDisorders != MovementDisorders.None;

    /// <summary>Gets whether other neurological (spasticity included) or systemic features are recorded.</summary>
    internal static bool HasOtherFeatures(in PresentationFacts facts) =>
        facts.HasNeurologicalSign || facts.Systemic != SystemicFeatures.None;
}
