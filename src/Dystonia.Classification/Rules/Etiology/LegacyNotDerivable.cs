using System;
using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>LEGACY-NOT-DERIVABLE: none of the legacy categories can be decided from the findings; the axis's last rule.</summary>
internal sealed class LegacyNotDerivable : LegacyRule
{
    internal override string Id => "LEGACY-NOT-DERIVABLE";

    internal override bool Decides(in Assessment assessment, out LegacyCategory? label)
    {
        label = null;
        return true;
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "legacyReasons")
        {
            return false;
        }

        var facts = text.Assessment.Facts;
        Span<string> keys = new string[4];
        int count = 0;
        bool paroxysmal = IsParoxysmal(facts);
        if (paroxysmal)
        {
            keys[count++] = "legacyReason.paroxysmal";
        }
        else if (!WorkedUp(facts))
        {
            keys[count++] = "legacyReason.pathologyNotAssessed";
        }

        if (!facts.HasAssociatedFeatures)
        {
            keys[count++] = "legacyReason.associatedNotRecorded";
        }
        else if (AssociatedFeaturesRule.HasOtherFeatures(facts))
        {
            keys[count++] = "legacyReason.otherFeatures";
        }
        else if (facts.HasEstablishedGene && !paroxysmal)
        {
            // An isolated-dystonia gene with combined dystonia: the gene's class and the examination disagree.
            keys[count++] = "legacyReason.geneClassDiffers";
        }

        text.AppendList(builder, keys[..count], form);
        return true;
    }
}
