using Dystonia.Classification.Internal;

using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// A rule of the older Fahn, Bressman and Marsden category (LEGACY-*), derived only where the findings decide it.
/// </summary>
internal abstract class LegacyRule : LabelRule<LegacyCategory?>
{
    internal override string Conclusion(in Assessment assessment, LegacyCategory? label) =>
        label is { } legacy ? WireNames.Of(legacy) : "notDerivable";

    /// <summary>Gets whether the workup found no pathology or a genetic cause is known.</summary>
    internal static bool WorkedUp(in PresentationFacts facts) =>
        facts.Pathology == NervousSystemPathology.None || facts.HasEstablishedGene;
}
