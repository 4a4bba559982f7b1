namespace Dystonia.Classification.Rules;

/// <summary>MISSING-FAMILY-HISTORY: heritability rests on a family history that is unknown (rule HERIT-FAMILY-HISTORY-UNKNOWN decided it).</summary>
internal sealed class MissingFamilyHistory : MissingFindingRule
{
    internal override string Id => "MISSING-FAMILY-HISTORY";

    internal override bool IsMissing(in Assessment assessment) => assessment.HeritabilityRule is HeritFamilyHistoryUnknown;
}
