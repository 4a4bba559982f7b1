namespace Dystonia.Classification.Rules;

/// <summary>MISSING-VARIABILITY: no variability pattern is recorded.</summary>
internal sealed class MissingVariability : MissingFindingRule
{
    internal override string Id => "MISSING-VARIABILITY";

    internal override bool IsMissing(in Assessment assessment) => assessment.Facts.Variability == Variability.None;
}
