namespace Dystonia.Classification.Rules;

/// <summary>ETIO-PRIMARY-PROVISIONAL: no secondary cause, pathology not assessed, and no red flag; the axis's last rule.</summary>
internal sealed class EtioPrimaryProvisional : EtiologyRule
{
    internal override string Id => "ETIO-PRIMARY-PROVISIONAL";

    internal override bool Decides(in Assessment assessment, out EtiologyLabel label)
    {
        label = new EtiologyLabel(Etiology.Primary, EtiologyCertainty.Provisional);
        return true;
    }
}
