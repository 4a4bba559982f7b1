using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>DIST-GENERALIZED: the trunk plus at least two other regions, with or without the legs; reports leg involvement.</summary>
internal sealed class DistGeneralized : DistributionRule
{
    private uint trunk;
    private uint legs;

    internal override string Id => "DIST-GENERALIZED";

    internal override bool Decides(in Assessment assessment, out Distribution label)
    {
        label = Distribution.Generalized;
        return HasTrunk(assessment) && OtherRegions(assessment) >= 2;
    }

    internal override bool? LegInvolvement(in Assessment assessment) => HasLegs(assessment);

    /// <summary>Why not generalized: worth saying when the trunk is involved or many regions are.</summary>
    internal override string? NotAppliedReason(in Assessment assessment)
    {
        if (assessment.Distribution is Distribution.Focal or Distribution.Generalized)
        {
            return null;
        }

        return HasTrunk(assessment) ? "tooFewOtherRegions"
            : assessment.Facts.Regions.Count >= 3 ? "trunkNotInvolved"
            : null;
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        switch (name)
        {
            case "otherCount":
                ResultText.AppendNumber(builder, text.Assessment.Facts.Regions.Count - 1, name, form);
                return true;
            case "legInvolvement":
                text.AppendTerm(builder, HasLegs(text.Assessment) ? "legInvolvement.true" : "legInvolvement.false", form);
                return true;
            default:
                return false;
        }
    }

    internal bool HasLegs(in Assessment assessment) => (assessment.Facts.Regions.Slots & legs) != 0;

    protected override void ReadParameters(RuleDefinition rule)
    {
        trunk = ClinicalData.Regions.SlotsOfRegion("trunk");
        legs = ClinicalData.Regions.SlotsOfRegion("lowerLimb");
    }

    private bool HasTrunk(in Assessment assessment) => (assessment.Facts.Regions.Slots & trunk) != 0;

    private static int OtherRegions(in Assessment assessment) => assessment.Facts.Regions.Count - 1;
}
