using System.Numerics;

namespace Dystonia.Classification.Internal;

/// <summary>
/// The affected regions of a presentation as bit masks over the slots of <see cref="RegionTable"/>: one bit per
/// slot, plus the slots of regions that may carry a side (the cranial regions) that were given a left or right side.
/// A cranial region given on the left and on the right is in neither: it is affected on both sides, as when given
/// without a side or as both.
/// </summary>
internal readonly struct RegionSet
{
    internal RegionSet(uint slots, uint sidedLeft, uint sidedRight)
    {
        Slots = slots;
        SidedLeft = sidedLeft;
        SidedRight = sidedRight;
    }

    /// <summary>Gets one bit per affected slot.</summary>
    internal uint Slots { get; }

    /// <summary>Gets the slots of optionally sided regions affected on the left only.</summary>
    internal uint SidedLeft { get; }

    /// <summary>Gets the slots of optionally sided regions affected on the right only.</summary>
    internal uint SidedRight { get; }

    internal int Count => BitOperations.PopCount(Slots);
}
