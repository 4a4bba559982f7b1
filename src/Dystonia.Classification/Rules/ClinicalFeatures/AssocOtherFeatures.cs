using System.Collections.Generic;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>ASSOC-OTHER-FEATURES: other neurological or systemic features are recorded; they do not make the dystonia combined.</summary>
internal sealed class AssocOtherFeatures : NoteRule
{
    internal override string Id => "ASSOC-OTHER-FEATURES";

    internal override bool Applies(in Assessment assessment, out string conclusion)
    {
        conclusion = "otherFeatures";
        return AssociatedFeaturesRule.HasOtherFeatures(assessment.Facts);
    }

    internal override IReadOnlyList<Finding> Evidence(EvidenceSource findings) => findings.OtherFeatures();
}
