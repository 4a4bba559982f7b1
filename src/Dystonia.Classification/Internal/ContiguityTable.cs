using System;
using System.Collections.Generic;
using System.Numerics;

namespace Dystonia.Classification.Internal;

/// <summary>
/// Which regions touch which, compiled from <c>Data/body-regions.json</c> into one neighbour mask per region slot,
/// so that the distribution rules test contiguity with bit operations.
/// </summary>
internal sealed class ContiguityTable
{
    private readonly ushort[] segmentNeighbours;
    private readonly ushort[] chainNeighbours;

    private ContiguityTable(SideRule[] sideRules, int[] slotSegments, string[] segmentNames, ushort[] segmentNeighbours, ushort[] chainNeighbours)
    {
        SideRules = sideRules;
        SlotSegments = slotSegments;
        SegmentNames = segmentNames;
        this.segmentNeighbours = segmentNeighbours;
        this.chainNeighbours = chainNeighbours;
    }

    /// <summary>Gets the side rule of each <see cref="BodyRegion"/>, indexed by its value.</summary>
    internal IReadOnlyList<SideRule> SideRules { get; }

    /// <summary>Gets the segment index of each <see cref="RegionSlot"/>.</summary>
    internal IReadOnlyList<int> SlotSegments { get; }

    /// <summary>Gets the segment names in table order.</summary>
    internal IReadOnlyList<string> SegmentNames { get; }

    internal static ContiguityTable Load()
    {
        using var document = ClinicalData.OpenTable("body-regions.json");
        var root = document.RootElement;

        var segmentNames = new List<string>();
        foreach (var segment in root.GetProperty("segments").EnumerateArray())
        {
            segmentNames.Add(segment.GetProperty("segment").GetString()!);
        }

        var sideRules = new SideRule[WireNames.Regions.Length];
        var regionSegments = new int[WireNames.Regions.Length];
        var seen = new bool[WireNames.Regions.Length];
        foreach (var entry in root.GetProperty("regions").EnumerateArray())
        {
            int region = IndexOf(WireNames.Regions, entry.GetProperty("region").GetString()!, "region");
            seen[region] = true;
            regionSegments[region] = IndexOf(segmentNames, entry.GetProperty("segment").GetString()!, "segment");
            sideRules[region] = entry.GetProperty("side").GetString() switch
            {
                "none" => SideRule.None,
                "optional" => SideRule.Optional,
                "required" => SideRule.Required,
                var other => throw new InvalidOperationException("Unknown side rule: " + other),
            };
        }

        if (Array.IndexOf(seen, false) >= 0)
        {
            throw new InvalidOperationException("body-regions.json does not list every body region.");
        }

        var adjacent = new bool[segmentNames.Count, segmentNames.Count];
        foreach (var pair in root.GetProperty("adjacentSegments").EnumerateArray())
        {
            var names = pair.GetProperty("segments");
            int a = IndexOf(segmentNames, names[0].GetString()!, "segment");
            int b = IndexOf(segmentNames, names[1].GetString()!, "segment");
            adjacent[a, b] = adjacent[b, a] = true;
        }

        var slotSegments = new int[10];
        for (int slot = 0; slot < slotSegments.Length; slot++)
        {
            slotSegments[slot] = regionSegments[(int)RegionOf((RegionSlot)slot)];
        }

        var segmentNeighbours = new ushort[slotSegments.Length];
        for (int slot = 0; slot < slotSegments.Length; slot++)
        {
            for (int other = 0; other < slotSegments.Length; other++)
            {
                int a = slotSegments[slot];
                int b = slotSegments[other];
                if (other != slot && (a == b || adjacent[a, b]))
                {
                    segmentNeighbours[slot] |= (ushort)(1 << other);
                }
            }
        }

        // The anatomical-chain option keeps every cross-segment edge and replaces the cranial-to-cranial edges by the listed pairs.
        var chainNeighbours = (ushort[])segmentNeighbours.Clone();
        for (int slot = 0; slot < 4; slot++)
        {
            chainNeighbours[slot] &= unchecked((ushort)~RegionSet.CranialMask);
        }

        foreach (var pair in root.GetProperty("cranialChain").GetProperty("pairs").EnumerateArray())
        {
            int a = IndexOf(WireNames.Regions, pair[0].GetString()!, "region");
            int b = IndexOf(WireNames.Regions, pair[1].GetString()!, "region");
            chainNeighbours[a] |= (ushort)(1 << b);
            chainNeighbours[b] |= (ushort)(1 << a);
        }

        return new ContiguityTable(sideRules, slotSegments, segmentNames.ToArray(), segmentNeighbours, chainNeighbours);
    }

    internal static BodyRegion RegionOf(RegionSlot slot) => slot switch
    {
        RegionSlot.LeftUpperLimb or RegionSlot.RightUpperLimb => BodyRegion.UpperLimb,
        RegionSlot.LeftLowerLimb or RegionSlot.RightLowerLimb => BodyRegion.LowerLimb,
        _ => (BodyRegion)(int)slot,
    };

    /// <summary>Returns the slots next to <paramref name="slot"/> (same or adjacent segment).</summary>
    internal ushort NeighboursOf(int slot, CranialContiguity mode) =>
        mode == CranialContiguity.AnatomicalChain ? chainNeighbours[slot] : segmentNeighbours[slot];

    /// <summary>Returns whether two slots are contiguous.</summary>
    internal bool AreContiguous(RegionSlot a, RegionSlot b, CranialContiguity mode) =>
        (NeighboursOf((int)a, mode) & (1 << (int)b)) != 0;

    /// <summary>Counts the connected groups that the affected slots form.</summary>
    internal int CountGroups(ushort slots, CranialContiguity mode)
    {
        int groups = 0;
        ushort remaining = slots;
        while (remaining != 0)
        {
            groups++;
            ushort group = (ushort)(remaining & -remaining);
            ushort frontier = group;
            while (frontier != 0)
            {
                int slot = BitOperations.TrailingZeroCount(frontier);
                frontier &= (ushort)(frontier - 1);
                ushort added = (ushort)(NeighboursOf(slot, mode) & slots & ~group);
                group |= added;
                frontier |= added;
            }

            remaining &= (ushort)~group;
        }

        return groups;
    }

    /// <summary>Returns a bit per segment that has an affected slot.</summary>
    internal int SegmentsOf(ushort slots)
    {
        int segments = 0;
        while (slots != 0)
        {
            int slot = BitOperations.TrailingZeroCount(slots);
            slots &= (ushort)(slots - 1);
            segments |= 1 << SlotSegments[slot];
        }

        return segments;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name, string what)
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
