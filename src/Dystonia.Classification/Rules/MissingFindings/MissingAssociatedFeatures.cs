namespace Dystonia.Classification.Rules;

/// <summary>MISSING-ASSOCIATED-FEATURES: associated features were not examined, so isolated or combined is open.</summary>
internal sealed class MissingAssociatedFeatures : MissingFindingRule
{
    internal override string Id => "MISSING-ASSOCIATED-FEATURES";

    internal override bool IsMissing(in Assessment assessment) => !assessment.Facts.HasAssociatedFeatures;
}
