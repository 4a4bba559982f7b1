namespace Dystonia.Classification.Rules;

/// <summary>VARIABILITY-RECORDED: at least one variability pattern is recorded.</summary>
internal sealed class VariabilityRecorded : VariabilityRule
{
    internal override string Id => "VARIABILITY-RECORDED";

    internal override bool Decides(in Assessment assessment, out Variability label)
    {
        label = assessment.Facts.Variability;
        return label != Variability.None;
    }
}
