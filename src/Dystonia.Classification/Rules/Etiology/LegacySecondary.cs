namespace Dystonia.Classification.Rules;

/// <summary>
/// LEGACY-SECONDARY: an acquired cause other than psychogenic, or a structural lesion that no established gene of a
/// heredodegenerative or metabolic disease explains (the striatal injury of glutaric aciduria type 1 is the disease's,
/// so it stays heredodegenerative).
/// </summary>
internal sealed class LegacySecondary : LegacyRule
{
    internal override string Id => "LEGACY-SECONDARY";

    internal override bool Decides(in Assessment assessment, out LegacyCategory? label)
    {
        label = LegacyCategory.Secondary;
        var facts = assessment.Facts;
        return (facts.AcquiredCauses & ~AcquiredCauses.Psychogenic) != AcquiredCauses.None
            || (facts.Pathology == NervousSystemPathology.StructuralLesion && !facts.HasDegenerativeGene);
    }
}
