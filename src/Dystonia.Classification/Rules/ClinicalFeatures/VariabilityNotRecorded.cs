namespace Dystonia.Classification.Rules;

/// <summary>VARIABILITY-NOT-RECORDED: no variability pattern is recorded; the axis's last rule.</summary>
internal sealed class VariabilityNotRecorded : VariabilityRule
{
    internal override string Id => "VARIABILITY-NOT-RECORDED";

    internal override bool Decides(in Assessment assessment, out Variability label)
    {
        label = Variability.None;
        return true;
    }

    internal override string Conclusion(in Assessment assessment, Variability label) => "notRecorded";
}
