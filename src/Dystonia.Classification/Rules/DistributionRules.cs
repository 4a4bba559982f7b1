using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>Why the generalized rule did or did not apply.</summary>
internal enum GeneralizedCheck : byte
{
    Met,
    TrunkNotInvolved,
    TooFewOtherRegions,
}

/// <summary>Why the hemidystonia rule did or did not apply.</summary>
internal enum HemidystoniaCheck : byte
{
    NotConsidered,
    Met,
    RegionsOnBothSides,
    NoSidedRegion,
    UpperLimbMissing,
    LowerLimbMissing,
    MidlineRegion,
    FaceRequired,
}

/// <summary>The outcome of the distribution rules, with what the reasoning needs to explain it.</summary>
internal readonly struct DistributionDecision
{
    internal DistributionDecision(
        Distribution distribution,
        string ruleId,
        GeneralizedCheck generalized,
        HemidystoniaCheck hemidystonia,
        BodySide side,
        int groupCount,
        Distribution? pre2013Alternative)
    {
        Distribution = distribution;
        RuleId = ruleId;
        Generalized = generalized;
        Hemidystonia = hemidystonia;
        Side = side;
        GroupCount = groupCount;
        Pre2013Alternative = pre2013Alternative;
    }

    internal Distribution Distribution { get; }

    internal string RuleId { get; }

    internal GeneralizedCheck Generalized { get; }

    internal HemidystoniaCheck Hemidystonia { get; }

    /// <summary>Gets the side all sided regions lie on, when they lie on one side.</summary>
    internal BodySide Side { get; }

    /// <summary>Gets how many connected groups the regions form under the contiguity table.</summary>
    internal int GroupCount { get; }

    /// <summary>Gets the pre-2013 label when it differs from generalized (generalized without leg involvement).</summary>
    internal Distribution? Pre2013Alternative { get; }

    internal bool? LegInvolvement(in RegionSet regions) =>
        Distribution == Distribution.Generalized ? (regions.Slots & RegionSet.LowerLimbsMask) != 0 : null;
}

/// <summary>
/// Body distribution, 2013 consensus (rules DIST-*). The steps run in a fixed order and the first that matches
/// decides: one region is focal; trunk plus two others is generalized; one side including that side's arm and leg
/// is hemidystonia; one contiguous group is segmental; anything else is multifocal.
/// </summary>
internal static class DistributionRules
{
    internal static DistributionDecision Decide(in RegionSet regions, in RuleSettings settings)
    {
        var contiguity = ClinicalData.Contiguity;
        int count = regions.Count;

        // DIST-FOCAL: exactly one region.
        if (count == 1)
        {
            return new DistributionDecision(Distribution.Focal, RuleIds.DistFocal, GeneralizedCheck.TrunkNotInvolved, HemidystoniaCheck.NotConsidered, BodySide.Unspecified, 1, null);
        }

        int groups = contiguity.CountGroups(regions.Slots, settings.Cranial);
        var generalized = CheckGeneralized(regions, count);

        // DIST-GENERALIZED: trunk plus at least two other regions, with or without the legs.
        if (generalized == GeneralizedCheck.Met)
        {
            Distribution? pre2013 = (regions.Slots & RegionSet.LowerLimbsMask) == 0
                ? (groups == 1 ? Distribution.Segmental : Distribution.Multifocal)
                : null;
            return new DistributionDecision(Distribution.Generalized, RuleIds.DistGeneralized, generalized, HemidystoniaCheck.NotConsidered, BodySide.Unspecified, groups, pre2013);
        }

        // DIST-HEMIDYSTONIA: all regions on one side, including that side's upper and lower limb.
        var hemidystonia = CheckHemidystonia(regions, settings.HemidystoniaRequiresFace, out var side);
        if (hemidystonia == HemidystoniaCheck.Met)
        {
            return new DistributionDecision(Distribution.Hemidystonia, RuleIds.DistHemidystonia, generalized, hemidystonia, side, groups, null);
        }

        // DIST-SEGMENTAL / DIST-MULTIFOCAL: one contiguous group or several.
        if (groups == 1)
        {
            return count >= 3 && settings.ThreeOrMore == ThreeOrMoreContiguousRegions.Multifocal
                ? new DistributionDecision(Distribution.Multifocal, RuleIds.DistMultifocalThreeOrMore, generalized, hemidystonia, side, groups, null)
                : new DistributionDecision(Distribution.Segmental, RuleIds.DistSegmental, generalized, hemidystonia, side, groups, null);
        }

        return new DistributionDecision(Distribution.Multifocal, RuleIds.DistMultifocal, generalized, hemidystonia, side, groups, null);
    }

    private static GeneralizedCheck CheckGeneralized(in RegionSet regions, int count)
    {
        if ((regions.Slots & RegionSet.TrunkBit) == 0)
        {
            return GeneralizedCheck.TrunkNotInvolved;
        }

        return count - 1 >= 2 ? GeneralizedCheck.Met : GeneralizedCheck.TooFewOtherRegions;
    }

    private static HemidystoniaCheck CheckHemidystonia(in RegionSet regions, bool requireFace, out BodySide side)
    {
        ushort slots = regions.Slots;
        ushort left = (ushort)((slots & RegionSet.LeftLimbsMask) | regions.CranialLeft);
        ushort right = (ushort)((slots & RegionSet.RightLimbsMask) | regions.CranialRight);
        side = BodySide.Unspecified;
        if (left != 0 && right != 0)
        {
            return HemidystoniaCheck.RegionsOnBothSides;
        }

        if (left == 0 && right == 0)
        {
            return HemidystoniaCheck.NoSidedRegion;
        }

        side = left != 0 ? BodySide.Left : BodySide.Right;
        ushort upperLimb = side == BodySide.Left ? RegionSet.LeftUpperLimbBit : RegionSet.RightUpperLimbBit;
        ushort lowerLimb = side == BodySide.Left ? RegionSet.LeftLowerLimbBit : RegionSet.RightLowerLimbBit;
        if ((slots & upperLimb) == 0)
        {
            return HemidystoniaCheck.UpperLimbMissing;
        }

        if ((slots & lowerLimb) == 0)
        {
            return HemidystoniaCheck.LowerLimbMissing;
        }

        ushort sidedCranial = (ushort)(regions.CranialLeft | regions.CranialRight);
        ushort midline = (ushort)(slots & (RegionSet.NeckBit | RegionSet.TrunkBit | (RegionSet.CranialMask & ~sidedCranial)));
        if (midline != 0)
        {
            return HemidystoniaCheck.MidlineRegion;
        }

        if (requireFace && (slots & RegionSet.CranialMask) == 0)
        {
            return HemidystoniaCheck.FaceRequired;
        }

        return HemidystoniaCheck.Met;
    }
}
