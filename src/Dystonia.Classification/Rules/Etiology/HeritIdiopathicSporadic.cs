namespace Dystonia.Classification.Rules;

/// <summary>HERIT-IDIOPATHIC-SPORADIC: no genetic or acquired cause, and a negative family history.</summary>
internal sealed class HeritIdiopathicSporadic : HeritabilityRule
{
    internal override string Id => "HERIT-IDIOPATHIC-SPORADIC";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.IdiopathicSporadic;
        return NoCauseOrPathology(assessment) && assessment.Facts.FamilyHistory == FamilyHistory.Negative;
    }
}
