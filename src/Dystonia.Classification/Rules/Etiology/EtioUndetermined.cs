namespace Dystonia.Classification.Rules;

/// <summary>ETIO-UNDETERMINED: pathology not assessed and a red flag for a secondary cause not yet looked for.</summary>
internal sealed class EtioUndetermined : EtiologyRule
{
    internal override string Id => "ETIO-UNDETERMINED";

    internal override bool Decides(in Assessment assessment, out EtiologyLabel label)
    {
        label = new EtiologyLabel(Etiology.Undetermined, null);
        return assessment.RedFlags != RedFlags.None;
    }
}
