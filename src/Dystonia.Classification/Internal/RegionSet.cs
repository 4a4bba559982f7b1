using System.Numerics;

namespace Dystonia.Classification.Internal;

/// <summary>
/// The affected regions of a presentation as bit masks over <see cref="RegionSlot"/>: one bit per slot, plus the
/// cranial slots that were given a left or right side.
/// </summary>
internal readonly struct RegionSet
{
    internal const ushort CranialMask = 0b00_0000_1111;
    internal const ushort NeckBit = 1 << (int)RegionSlot.Neck;
    internal const ushort TrunkBit = 1 << (int)RegionSlot.Trunk;
    internal const ushort LeftUpperLimbBit = 1 << (int)RegionSlot.LeftUpperLimb;
    internal const ushort RightUpperLimbBit = 1 << (int)RegionSlot.RightUpperLimb;
    internal const ushort LeftLowerLimbBit = 1 << (int)RegionSlot.LeftLowerLimb;
    internal const ushort RightLowerLimbBit = 1 << (int)RegionSlot.RightLowerLimb;
    internal const ushort LowerLimbsMask = LeftLowerLimbBit | RightLowerLimbBit;
    internal const ushort LeftLimbsMask = LeftUpperLimbBit | LeftLowerLimbBit;
    internal const ushort RightLimbsMask = RightUpperLimbBit | RightLowerLimbBit;

    internal RegionSet(ushort slots, ushort cranialLeft, ushort cranialRight)
    {
        Slots = slots;
        CranialLeft = cranialLeft;
        CranialRight = cranialRight;
    }

    /// <summary>Gets one bit per affected slot.</summary>
    internal ushort Slots { get; }

    /// <summary>Gets the cranial slots given as left-sided.</summary>
    internal ushort CranialLeft { get; }

    /// <summary>Gets the cranial slots given as right-sided.</summary>
    internal ushort CranialRight { get; }

    internal int Count => BitOperations.PopCount(Slots);

    internal bool Contains(RegionSlot slot) => (Slots & (1 << (int)slot)) != 0;

    internal RegionSet Only(ushort mask) => new((ushort)(Slots & mask), (ushort)(CranialLeft & mask), (ushort)(CranialRight & mask));
}
