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

    /// <summary>
    /// Gets whether the dystonia falls in the older scheme's separate category of paroxysmal dyskinesias: an
    /// established gene of that class, or, without an established gene, paroxysmal variability.
    /// </summary>
    internal static bool IsParoxysmal(in PresentationFacts facts) =>
        facts.HasEstablishedGene
            ? facts.Gene!.Class == GeneClass.Paroxysmal
            : (facts.Variability & Variability.Paroxysmal) != 0;
}
