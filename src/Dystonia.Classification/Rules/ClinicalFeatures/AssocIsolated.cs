using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>ASSOC-ISOLATED: associated features recorded, and no movement disorder other than tremor.</summary>
internal sealed class AssocIsolated : AssociatedFeaturesRule
{
    internal override string Id => "ASSOC-ISOLATED";

    internal override bool Decides(in Assessment assessment, out IsolatedOrCombined? label)
    {
        label = IsolatedOrCombined.Isolated;
        return assessment.Facts.HasAssociatedFeatures && !HasOtherMovementDisorder(assessment);
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "finding")
        {
            return false;
        }

        text.AppendTerm(builder, text.Assessment.Facts.MovementDisorders == MovementDisorders.Tremor ? "isolated.tremorOnly" : "isolated.noneFound", form);
        return true;
    }
}
