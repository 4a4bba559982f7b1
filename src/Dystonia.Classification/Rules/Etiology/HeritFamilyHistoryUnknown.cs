namespace Dystonia.Classification.Rules;

/// <summary>HERIT-FAMILY-HISTORY-UNKNOWN: no genetic or acquired cause, and the family history unknown; the axis's last rule.</summary>
internal sealed class HeritFamilyHistoryUnknown : HeritabilityRule
{
    internal override string Id => "HERIT-FAMILY-HISTORY-UNKNOWN";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.Unknown;
        return true;
    }
}
