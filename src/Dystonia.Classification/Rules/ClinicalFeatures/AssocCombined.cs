namespace Dystonia.Classification.Rules;

/// <summary>ASSOC-COMBINED: any movement disorder other than tremor.</summary>
internal sealed class AssocCombined : AssociatedFeaturesRule
{
    internal override string Id => "ASSOC-COMBINED";

    internal override bool Decides(in Assessment assessment, out IsolatedOrCombined? label)
    {
        label = IsolatedOrCombined.Combined;
        return assessment.Facts.HasAssociatedFeatures && HasOtherMovementDisorder(assessment);
    }
}
