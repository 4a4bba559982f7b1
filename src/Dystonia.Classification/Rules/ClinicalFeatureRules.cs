using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// Temporal pattern and associated features, 2013 consensus Axis I (rules COURSE-*, VARIABILITY-*, ASSOC-*).
/// </summary>
internal static class ClinicalFeatureRules
{
    /// <summary>
    /// ASSOC-ISOLATED / ASSOC-COMBINED: isolated when dystonia is the only motor feature (tremor allowed), combined
    /// when any other movement disorder is present; undecided when associated features were not recorded.
    /// </summary>
    internal static IsolatedOrCombined? IsolatedOrCombinedOf(in PresentationFacts facts)
    {
        if (!facts.HasAssociatedFeatures)
        {
            return null;
        }

        return (facts.MovementDisorders & ~MovementDisorders.Tremor) != 0 ? IsolatedOrCombined.Combined : IsolatedOrCombined.Isolated;
    }

    internal static bool HasOtherFeatures(in PresentationFacts facts) =>
        facts.Neurological != NeurologicalFeatures.None || facts.Systemic != SystemicFeatures.None;
}
