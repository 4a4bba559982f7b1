namespace Dystonia.Classification.Rules;

/// <summary>LEGACY-PSYCHOGENIC: psychogenic is the only acquired cause, with no lesion.</summary>
internal sealed class LegacyPsychogenic : LegacyRule
{
    internal override string Id => "LEGACY-PSYCHOGENIC";

    internal override bool Decides(in Assessment assessment, out LegacyCategory? label)
    {
        label = LegacyCategory.Psychogenic;
        return (assessment.Facts.AcquiredCauses & AcquiredCauses.Psychogenic) != 0;
    }
}
