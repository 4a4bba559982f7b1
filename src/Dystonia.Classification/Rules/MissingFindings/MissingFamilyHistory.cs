namespace Dystonia.Classification.Rules;

/// <summary>
/// MISSING-FAMILY-HISTORY: heritability rests on a family history that is unknown: HERIT-FAMILY-HISTORY-UNKNOWN
/// decided it, or HERIT-NOT-WORKED-UP did and the family history will be needed once the workup is done.
/// </summary>
internal sealed class MissingFamilyHistory : MissingFindingRule
{
    internal override string Id => "MISSING-FAMILY-HISTORY";

    internal override bool IsMissing(in Assessment assessment) =>
        assessment.HeritabilityRule is HeritFamilyHistoryUnknown
        || (assessment.HeritabilityRule is HeritNotWorkedUp && assessment.Facts.FamilyHistory == FamilyHistory.Unknown);
}
