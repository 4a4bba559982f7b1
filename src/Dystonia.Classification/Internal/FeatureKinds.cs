namespace Dystonia.Classification.Internal;

/// <summary>
/// The one place that decides what a recorded associated feature is: a movement disorder that makes dystonia
/// combined, a neurological sign, or a systemic feature. The 2013 consensus (Axis I) separates "additional movement
/// disorders" (combined dystonia, for example myoclonus or parkinsonism) from "other neurological or systemic
/// manifestations"; tremor is allowed in isolated dystonia. Spasticity is a pyramidal sign (paresis, brisk reflexes
/// and raised tone), so it is read exactly as <see cref="NeurologicalFeatures.PyramidalSigns"/> is, although clinicians
/// record it beside the movement disorders. <c>FeatureKindsTests</c> holds this table against the consensus's lists.
/// </summary>
internal static class FeatureKinds
{
    /// <summary>The movement disorders that make dystonia combined.</summary>
    internal const MovementDisorders Combining =
        MovementDisorders.Parkinsonism | MovementDisorders.Myoclonus | MovementDisorders.Chorea | MovementDisorders.Athetosis | MovementDisorders.Ataxia;

    /// <summary>The members of <see cref="MovementDisorders"/> that are neurological signs, not movement disorders.</summary>
    internal const MovementDisorders NeurologicalSigns = MovementDisorders.Spasticity;

    /// <summary>The movement disorders allowed in isolated dystonia.</summary>
    internal const MovementDisorders AllowedInIsolated = MovementDisorders.Tremor;
}
