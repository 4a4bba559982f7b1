using System;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>Red flags for a possible secondary cause that has not been looked for, as the etiology and workup rules read them.</summary>
[Flags]
internal enum RedFlags : byte
{
    None = 0,
    Hemidystonia = 1,
    Combined = 2,
    NeurologicalFeatures = 4,
    SystemicFeatures = 8,
    AdultOnsetLeg = 16,
}

/// <summary>Finds the red flags once distribution and associated features are decided.</summary>
internal static class RedFlagFinder
{
    private static readonly uint LegSlots = ClinicalData.Regions.SlotsOfRegion("lowerLimb");

    internal static RedFlags Of(in Assessment assessment)
    {
        var flags = RedFlags.None;
        if (assessment.Distribution == Distribution.Hemidystonia)
        {
            flags |= RedFlags.Hemidystonia;
        }

        if (assessment.IsolatedOrCombined == IsolatedOrCombined.Combined)
        {
            flags |= RedFlags.Combined;
        }

        if (assessment.Facts.HasNeurologicalSign)
        {
            flags |= RedFlags.NeurologicalFeatures;
        }

        if (assessment.Facts.Systemic != SystemicFeatures.None)
        {
            flags |= RedFlags.SystemicFeatures;
        }

        if (IsAdultOnsetLeg(assessment))
        {
            flags |= RedFlags.AdultOnsetLeg;
        }

        return flags;
    }

    /// <summary>
    /// Adult onset (the consensus's early or late adulthood) in a leg: the onset region is a lower limb, or, with no
    /// onset region recorded, only the legs are affected. Leg dystonia typically begins in childhood; in an adult it
    /// calls for a search for an underlying cause, parkinsonism among them.
    /// </summary>
    private static bool IsAdultOnsetLeg(in Assessment assessment)
    {
        if (assessment.AgeGroup is not (AgeAtOnsetGroup.EarlyAdulthood or AgeAtOnsetGroup.LateAdulthood))
        {
            return false;
        }

        uint legs = LegSlots;
        var facts = assessment.Facts;
        return facts.OnsetSlots != 0
            ? (facts.OnsetSlots & legs) != 0
            : facts.Regions.Slots != 0 && (facts.Regions.Slots & ~legs) == 0;
    }
}
