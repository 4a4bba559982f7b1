namespace Dystonia.Classification.Rules;

/// <summary>MISSING-AGE-AT-ONSET: no age at onset, needed for the age group and the age-dependent workup.</summary>
internal sealed class MissingAgeAtOnset : MissingFindingRule
{
    internal override string Id => "MISSING-AGE-AT-ONSET";

    internal override bool IsMissing(in Assessment assessment) => !assessment.Facts.HasAge;
}
