using System.Numerics;
using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// DIST-HEMIDYSTONIA: all regions on one side, including that side's upper and lower limb; no midline region unless
/// given on the same side; the face only with the option <see cref="ClassificationOptions.HemidystoniaRequiresFace"/>.
/// </summary>
internal sealed class DistHemidystonia : DistributionRule
{
    private uint upperLimbs;
    private uint lowerLimbs;
    private uint face;

    internal override string Id => "DIST-HEMIDYSTONIA";

    internal override bool Decides(in Assessment assessment, out Distribution label)
    {
        label = Distribution.Hemidystonia;
        return Check(assessment, out _) == HemidystoniaCheck.Met;
    }

    /// <summary>Why not hemidystonia: worth saying when the regions nearly fit one side.</summary>
    internal override string? NotAppliedReason(in Assessment assessment)
    {
        if (assessment.Distribution is Distribution.Focal or Distribution.Generalized or Distribution.Hemidystonia)
        {
            return null;
        }

        var check = Check(assessment, out var side);
        var regions = assessment.Facts.Regions;
        var table = ClinicalData.Regions;
        uint sided = side == BodySide.Left
            ? (regions.Slots & table.LeftSlots) | regions.SidedLeft
            : (regions.Slots & table.RightSlots) | regions.SidedRight;
        return check switch
        {
            HemidystoniaCheck.MidlineRegion => "midlineRegion",
            HemidystoniaCheck.FaceRequired => "faceRequired",
            HemidystoniaCheck.UpperLimbMissing when BitOperations.PopCount(sided) >= 2 => "upperLimbMissing",
            HemidystoniaCheck.LowerLimbMissing when BitOperations.PopCount(sided) >= 2 => "lowerLimbMissing",
            _ => null,
        };
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "midlineRegions")
        {
            return false;
        }

        text.AppendRegions(builder, MidlineSlots(text.Assessment.Facts.Regions), form);
        return true;
    }

    /// <summary>Gets the side all sided regions lie on, when they lie on one side; the side of the hemidystonia.</summary>
    internal static BodySide SideOf(in Assessment assessment)
    {
        ClinicalData.Catalogue.Get<DistHemidystonia>().Check(assessment, out var side);
        return side;
    }

    protected override void ReadParameters(RuleDefinition rule)
    {
        upperLimbs = ClinicalData.Regions.SlotsOfRegion("upperLimb");
        lowerLimbs = ClinicalData.Regions.SlotsOfRegion("lowerLimb");
        face = ClinicalData.Regions.SlotsOfSegment("cranial");
    }

    /// <summary>Gets the affected midline regions and the optionally sided regions given without a side.</summary>
    private static uint MidlineSlots(in RegionSet regions)
    {
        var table = ClinicalData.Regions;
        return regions.Slots & (table.MidlineSlots | (table.OptionalSideSlots & ~(regions.SidedLeft | regions.SidedRight)));
    }

    private HemidystoniaCheck Check(in Assessment assessment, out BodySide side)
    {
        var regions = assessment.Facts.Regions;
        var table = ClinicalData.Regions;
        uint slots = regions.Slots;
        uint left = (slots & table.LeftSlots) | regions.SidedLeft;
        uint right = (slots & table.RightSlots) | regions.SidedRight;
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
        uint sideSlots = side == BodySide.Left ? table.LeftSlots : table.RightSlots;
        uint upperLimb = upperLimbs & sideSlots;
        uint lowerLimb = lowerLimbs & sideSlots;
        if ((slots & upperLimb) == 0)
        {
            return HemidystoniaCheck.UpperLimbMissing;
        }

        if ((slots & lowerLimb) == 0)
        {
            return HemidystoniaCheck.LowerLimbMissing;
        }

        if (MidlineSlots(regions) != 0)
        {
            return HemidystoniaCheck.MidlineRegion;
        }

        if (assessment.Settings.HemidystoniaRequiresFace && (slots & face) == 0)
        {
            return HemidystoniaCheck.FaceRequired;
        }

        return HemidystoniaCheck.Met;
    }

    private enum HemidystoniaCheck : byte
    {
        Met,
        RegionsOnBothSides,
        NoSidedRegion,
        UpperLimbMissing,
        LowerLimbMissing,
        MidlineRegion,
        FaceRequired,
    }
}
