namespace Dystonia.Classification.Rules;

/// <summary>LEGACY-DYSTONIA-PLUS: combined dystonia, no secondary cause, and a normal workup or a genetic cause.</summary>
internal sealed class LegacyDystoniaPlus : LegacyRule
{
    internal override string Id => "LEGACY-DYSTONIA-PLUS";

    internal override bool Decides(in Assessment assessment, out LegacyCategory? label)
    {
        label = LegacyCategory.DystoniaPlus;
        return WorkedUp(assessment.Facts) && assessment.IsolatedOrCombined == IsolatedOrCombined.Combined;
    }
}
