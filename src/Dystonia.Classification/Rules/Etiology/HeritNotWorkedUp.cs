namespace Dystonia.Classification.Rules;

/// <summary>
/// HERIT-NOT-WORKED-UP: no genetic or acquired cause recorded, but nervous-system pathology not assessed. Idiopathic
/// means that the workup looked for a cause and found none; before the workup, heritability is unknown.
/// </summary>
internal sealed class HeritNotWorkedUp : HeritabilityRule
{
    internal override string Id => "HERIT-NOT-WORKED-UP";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.Unknown;
        return NoCauseFound(assessment) && assessment.Facts.Pathology == NervousSystemPathology.NotAssessed;
    }
}
