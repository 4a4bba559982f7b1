namespace Dystonia.Classification.Rules;

/// <summary>LEGACY-SECONDARY: an acquired cause other than psychogenic, or a structural lesion.</summary>
internal sealed class LegacySecondary : LegacyRule
{
    internal override string Id => "LEGACY-SECONDARY";

    internal override bool Decides(in Assessment assessment, out LegacyCategory? label)
    {
        label = LegacyCategory.Secondary;
        var facts = assessment.Facts;
        return (facts.AcquiredCauses & ~AcquiredCauses.Psychogenic) != AcquiredCauses.None
            || facts.Pathology == NervousSystemPathology.StructuralLesion;
    }
}
