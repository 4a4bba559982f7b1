using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text.Json;

namespace Dystonia.Classification.Internal;

/// <summary>
/// The body regions, their segments and which segments touch, compiled from <c>Data/body-regions.json</c> into
/// countable slots and one neighbour bit mask per slot, so that the rules test region sets with bit operations.
/// </summary>
/// <remarks>
/// A region whose side is required (a limb) fills one slot per side, so that both arms count as two regions; every
/// other region fills one slot. Slots follow the order of the table, and region <c>i</c> of the table is
/// <see cref="BodyRegion"/> value <c>i</c>. The rules name regions and segments by their table names (<c>trunk</c>,
/// <c>cranial</c>); a name the table lacks fails the load.
/// </remarks>
internal sealed class RegionTable
{
    /// <summary>The most slots a region set can hold: one bit each in a <see cref="uint"/>.</summary>
    internal const int MaximumSlots = 32;

    private readonly uint[] segmentNeighbours;
    private readonly uint[] chainNeighbours;
    private readonly uint[] segmentSlots;

    private RegionTable(RegionEntry[] regions, string[] segmentNames, SlotEntry[] slots, uint[] segmentNeighbours, uint[] chainNeighbours)
    {
        Regions = regions;
        SegmentNames = segmentNames;
        Slots = slots;
        this.segmentNeighbours = segmentNeighbours;
        this.chainNeighbours = chainNeighbours;
        segmentSlots = new uint[segmentNames.Length];
        for (int slot = 0; slot < slots.Length; slot++)
        {
            uint bit = 1u << slot;
            var region = regions[slots[slot].Region];
            segmentSlots[region.Segment] |= bit;
            switch (region.Side)
            {
                case SideRule.Required:
                    LateralSlots |= bit;
                    if (slots[slot].Side == BodySide.Left)
                    {
                        LeftSlots |= bit;
                    }
                    else
                    {
                        RightSlots |= bit;
                    }

                    break;
                case SideRule.Optional:
                    OptionalSideSlots |= bit;
                    break;
                default:
                    MidlineSlots |= bit;
                    break;
            }
        }
    }

    /// <summary>Gets the regions in table order.</summary>
    internal IReadOnlyList<RegionEntry> Regions { get; }

    /// <summary>Gets the segment names in table order.</summary>
    internal IReadOnlyList<string> SegmentNames { get; }

    /// <summary>Gets the slots in order: what each slot counts.</summary>
    internal IReadOnlyList<SlotEntry> Slots { get; }

    /// <summary>Gets the slots of regions that need a side (the limbs), each side its own slot.</summary>
    internal uint LateralSlots { get; }

    internal uint LeftSlots { get; }

    internal uint RightSlots { get; }

    /// <summary>Gets the slots of regions that may carry a side (the cranial regions).</summary>
    internal uint OptionalSideSlots { get; }

    /// <summary>Gets the slots of midline regions, which take no side (neck, trunk).</summary>
    internal uint MidlineSlots { get; }

    /// <summary>Returns the index of a region by its table name; an unknown name is a programming error.</summary>
    internal int RegionIndex(string name)
    {
        for (int i = 0; i < Regions.Count; i++)
        {
            if (string.Equals(Regions[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException("Region not in Data/body-regions.json: " + name);
    }

    /// <summary>Returns every slot of a region, by its table name.</summary>
    internal uint SlotsOfRegion(string name) => SlotsOf(RegionIndex(name), BodySide.Both) | SlotsOf(RegionIndex(name), BodySide.Unspecified);

    /// <summary>Returns the slots of a segment, by its table name.</summary>
    internal uint SlotsOfSegment(string name)
    {
        int index = Array.IndexOf((string[])SegmentNames, name);
        return index >= 0 ? segmentSlots[index] : throw new InvalidOperationException("Segment not in Data/body-regions.json: " + name);
    }

    /// <summary>
    /// Returns the slots a region fills with a side: both sides of a limb for <see cref="BodySide.Both"/>, its one slot
    /// for any other region; 0 when the region is unknown or the side is not allowed for it.
    /// </summary>
    internal uint SlotsOf(int region, BodySide side)
    {
        if ((uint)region >= (uint)Regions.Count || (uint)side > (uint)BodySide.Both)
        {
            return 0;
        }

        var entry = Regions[region];
        switch (entry.Side)
        {
            case SideRule.Required:
                return side switch
                {
                    BodySide.Left => 1u << entry.FirstSlot,
                    BodySide.Right => 1u << (entry.FirstSlot + 1),
                    BodySide.Both => (1u << entry.FirstSlot) | (1u << (entry.FirstSlot + 1)),
                    _ => 0,
                };
            case SideRule.None:
                return side == BodySide.Unspecified ? 1u << entry.FirstSlot : 0;
            default:
                return 1u << entry.FirstSlot;
        }
    }

    /// <summary>Returns the slots next to <paramref name="slot"/> (same or adjacent segment).</summary>
    internal uint NeighboursOf(int slot, CranialContiguity mode) =>
        mode == CranialContiguity.AnatomicalChain ? chainNeighbours[slot] : segmentNeighbours[slot];

    /// <summary>Returns whether two slots are contiguous.</summary>
    internal bool AreContiguous(int a, int b, CranialContiguity mode) => (NeighboursOf(a, mode) & (1u << b)) != 0;

    /// <summary>Counts the connected groups that the affected slots form.</summary>
    internal int CountGroups(uint slots, CranialContiguity mode)
    {
        int groups = 0;
        uint remaining = slots;
        while (remaining != 0)
        {
            groups++;
            uint group = remaining & (0u - remaining);
            uint frontier = group;
            while (frontier != 0)
            {
                int slot = BitOperations.TrailingZeroCount(frontier);
                frontier &= frontier - 1;
                uint added = NeighboursOf(slot, mode) & slots & ~group;
                group |= added;
                frontier |= added;
            }

            remaining &= ~group;
        }

        return groups;
    }

    /// <summary>Returns a bit per segment that has an affected slot.</summary>
    internal int SegmentsOf(uint slots)
    {
        int segments = 0;
        while (slots != 0)
        {
            int slot = BitOperations.TrailingZeroCount(slots);
            slots &= slots - 1;
            segments |= 1 << Regions[Slots[slot].Region].Segment;
        }

        return segments;
    }

    internal static RegionTable Load()
    {
        using var document = ClinicalData.OpenTable("body-regions.json");
        var root = document.RootElement;

        var segmentNames = new List<string>();
        foreach (var segment in root.GetProperty("segments").EnumerateArray())
        {
            segmentNames.Add(segment.GetProperty("segment").GetString()!);
        }

        var regions = new List<RegionEntry>();
        var slots = new List<SlotEntry>();
        foreach (var entry in root.GetProperty("regions").EnumerateArray())
        {
            var name = entry.GetProperty("region").GetString()!;
            var side = entry.GetProperty("side").GetString() switch
            {
                "none" => SideRule.None,
                "optional" => SideRule.Optional,
                "required" => SideRule.Required,
                var other => throw new InvalidOperationException("Unknown side rule for " + name + ": " + other),
            };
            if (regions.Exists(region => region.Name == name))
            {
                throw new InvalidOperationException("body-regions.json lists the region " + name + " twice.");
            }

            int index = regions.Count;
            regions.Add(new RegionEntry(name, IndexOf(segmentNames, entry.GetProperty("segment").GetString()!, "segment"), side, slots.Count));
            if (side == SideRule.Required)
            {
                slots.Add(new SlotEntry(index, BodySide.Left));
                slots.Add(new SlotEntry(index, BodySide.Right));
            }
            else
            {
                slots.Add(new SlotEntry(index, BodySide.Unspecified));
            }
        }

        if (slots.Count > MaximumSlots)
        {
            throw new InvalidOperationException("body-regions.json needs more than " + MaximumSlots.ToString(System.Globalization.CultureInfo.InvariantCulture) + " slots (a limb fills two).");
        }

        var adjacent = new bool[segmentNames.Count, segmentNames.Count];
        foreach (var pair in root.GetProperty("adjacentSegments").EnumerateArray())
        {
            var names = pair.GetProperty("segments");
            int a = IndexOf(segmentNames, names[0].GetString()!, "segment");
            int b = IndexOf(segmentNames, names[1].GetString()!, "segment");
            adjacent[a, b] = adjacent[b, a] = true;
        }

        var segmentNeighbours = new uint[slots.Count];
        for (int slot = 0; slot < slots.Count; slot++)
        {
            for (int other = 0; other < slots.Count; other++)
            {
                int a = regions[slots[slot].Region].Segment;
                int b = regions[slots[other].Region].Segment;
                if (other != slot && (a == b || adjacent[a, b]))
                {
                    segmentNeighbours[slot] |= 1u << other;
                }
            }
        }

        // The anatomical-chain option keeps every edge between segments and replaces the edges within the chained
        // segment (cranial) by the listed pairs.
        var chain = root.GetProperty("cranialChain");
        int chained = IndexOf(segmentNames, chain.GetProperty("segment").GetString()!, "segment");
        uint chainedSlots = 0;
        for (int slot = 0; slot < slots.Count; slot++)
        {
            if (regions[slots[slot].Region].Segment == chained)
            {
                chainedSlots |= 1u << slot;
            }
        }

        var chainNeighbours = (uint[])segmentNeighbours.Clone();
        for (int slot = 0; slot < slots.Count; slot++)
        {
            if ((chainedSlots & (1u << slot)) != 0)
            {
                chainNeighbours[slot] &= ~chainedSlots;
            }
        }

        foreach (var pair in chain.GetProperty("pairs").EnumerateArray())
        {
            var a = regions[IndexOf(regions.ConvertAll(r => r.Name), pair[0].GetString()!, "region")];
            var b = regions[IndexOf(regions.ConvertAll(r => r.Name), pair[1].GetString()!, "region")];
            if (a.Segment != chained || b.Segment != chained || a.Side == SideRule.Required || b.Side == SideRule.Required)
            {
                throw new InvalidOperationException("cranialChain pairs must name one-slot regions of the chained segment.");
            }

            chainNeighbours[a.FirstSlot] |= 1u << b.FirstSlot;
            chainNeighbours[b.FirstSlot] |= 1u << a.FirstSlot;
        }

        return new RegionTable(regions.ToArray(), segmentNames.ToArray(), slots.ToArray(), segmentNeighbours, chainNeighbours);
    }

    private static int IndexOf(List<string> names, string name, string what)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException("Unknown " + what + " in body-regions.json: " + name);
    }
}

/// <summary>One region of the table.</summary>
internal sealed class RegionEntry
{
    internal RegionEntry(string name, int segment, SideRule side, int firstSlot)
    {
        Name = name;
        Segment = segment;
        Side = side;
        FirstSlot = firstSlot;
    }

    /// <summary>Gets the contract name, for example <c>upperLimb</c>.</summary>
    internal string Name { get; }

    /// <summary>Gets the index of the region's segment.</summary>
    internal int Segment { get; }

    internal SideRule Side { get; }

    /// <summary>Gets the region's first slot; a limb's right side is the next one.</summary>
    internal int FirstSlot { get; }
}

/// <summary>What one slot counts: a region, and for a limb its side.</summary>
internal readonly struct SlotEntry
{
    internal SlotEntry(int region, BodySide side)
    {
        Region = region;
        Side = side;
    }

    internal int Region { get; }

    /// <summary>Gets the side of a limb slot; <see cref="BodySide.Unspecified"/> for other regions.</summary>
    internal BodySide Side { get; }
}
