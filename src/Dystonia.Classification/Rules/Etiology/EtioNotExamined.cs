namespace Dystonia.Classification.Rules;

/// <summary>
/// ETIO-NOT-EXAMINED: nothing that could reveal a secondary cause was recorded (associated features not examined,
/// pathology not assessed, no cause and no established gene), so the etiology is undetermined, not primary: "not
/// examined" is not "no red flags". Tried after ETIO-UNDETERMINED, whose red flags say more when there are some.
/// </summary>
internal sealed class EtioNotExamined : EtiologyRule
{
    internal override string Id => "ETIO-NOT-EXAMINED";

    internal override bool Decides(in Assessment assessment, out EtiologyLabel label)
    {
        label = new EtiologyLabel(Etiology.Undetermined, null);

        // The rules before this one have already decided any recorded cause, lesion, degeneration, established gene
        // or normal workup; what is left is whether the examination was recorded at all.
        return !assessment.Facts.HasAssociatedFeatures && assessment.Facts.Pathology == NervousSystemPathology.NotAssessed;
    }
}
