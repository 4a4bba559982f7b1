using System;

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
}

/// <summary>Finds the red flags once distribution and associated features are decided.</summary>
internal static class RedFlagFinder
{
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

        if (assessment.Facts.Neurological != NeurologicalFeatures.None)
        {
            flags |= RedFlags.NeurologicalFeatures;
        }

        if (assessment.Facts.Systemic != SystemicFeatures.None)
        {
            flags |= RedFlags.SystemicFeatures;
        }

        return flags;
    }
}
