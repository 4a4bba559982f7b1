namespace Dystonia.Classification.Rules;

/// <summary>HERIT-IDIOPATHIC-FAMILIAL: no genetic or acquired cause, and a positive family history.</summary>
internal sealed class HeritIdiopathicFamilial : HeritabilityRule
{
    internal override string Id => "HERIT-IDIOPATHIC-FAMILIAL";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.IdiopathicFamilial;
        return NoCauseOrPathology(assessment) && assessment.Facts.FamilyHistory == FamilyHistory.Positive;
    }
}
