using System;

namespace Dystonia.Classification.Internal;

/// <summary>
/// The structural input checks, shared by <see cref="Validation.PresentationValidator"/> (which reports each
/// problem) and <see cref="PresentationFacts.TryCreate"/> (which only needs yes or no, without allocating).
/// </summary>
internal static class InputRules
{
    internal const double MaximumAgeAtOnset = 120;
    internal const int MaximumIdLength = 200;
    internal const int MaximumGeneSymbolLength = 20;

    internal static SideRule SideRuleOf(BodyRegion region) => ClinicalData.Regions.Regions[(int)region].Side;

    internal static bool IsDefined(BodyRegion region) => (uint)region < (uint)ClinicalData.Regions.Regions.Count;

    internal static bool IsDefined(BodySide side) => (uint)side <= (uint)BodySide.Both;

    /// <summary>Returns whether the side is allowed for the region: limbs need one, neck and trunk take none.</summary>
    internal static bool IsSideAllowed(BodyRegion region, BodySide side) => SideRuleOf(region) switch
    {
        SideRule.Required => side is BodySide.Left or BodySide.Right or BodySide.Both,
        SideRule.None => side == BodySide.Unspecified,
        _ => true,
    };

    /// <summary>Returns the slots an affected region fills; 0 when the region or side is undefined or not allowed.</summary>
    internal static uint SlotsOf(AffectedRegion region) => ClinicalData.Regions.SlotsOf((int)region.Region, region.Side);

    internal static bool IsValidAge(double age) => !double.IsNaN(age) && age >= 0 && age <= MaximumAgeAtOnset;

    /// <summary>
    /// Returns whether the text has the form of an HGNC gene symbol: a letter, then letters, digits or hyphens,
    /// at most 20 characters (TOR1A, THAP1, C19orf12). Whether the gene is known to cause dystonia is not checked.
    /// </summary>
    internal static bool IsWellFormedGeneSymbol(string? gene)
    {
        if (string.IsNullOrEmpty(gene) || gene.Length > MaximumGeneSymbolLength || !IsAsciiLetter(gene[0]))
        {
            return false;
        }

        foreach (char c in gene)
        {
            if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9') && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsValidId(string? id) => id is null || (id.Length is > 0 and <= MaximumIdLength);

    internal static bool IsDefined(Course course) => (uint)course <= (uint)Course.Progressive;

    internal static bool IsDefined(NervousSystemPathology pathology) => (uint)pathology <= (uint)NervousSystemPathology.StructuralLesion;

    internal static bool IsDefined(FamilyHistory history) => (uint)history <= (uint)FamilyHistory.Negative;

    internal static bool IsDefined(Inheritance? inheritance) =>
        inheritance is null || inheritance.Value is >= Inheritance.AutosomalDominant and <= Inheritance.Mitochondrial;

    internal static bool IsDefined(Variability value) => WireNames.AreDefinedFlags(WireNames.VariabilityBits, (int)value);

    internal static bool IsDefined(MovementDisorders value) => WireNames.AreDefinedFlags(WireNames.MovementDisorderBits, (int)value);

    internal static bool IsDefined(NeurologicalFeatures value) => WireNames.AreDefinedFlags(WireNames.NeurologicalBits, (int)value);

    internal static bool IsDefined(SystemicFeatures value) => WireNames.AreDefinedFlags(WireNames.SystemicBits, (int)value);

    internal static bool IsDefined(AcquiredCauses value) => WireNames.AreDefinedFlags(WireNames.AcquiredCauseBits, (int)value);

    /// <summary>
    /// Returns whether the onset region is among the affected regions: its slots must all be affected, and a
    /// sided cranial onset must not contradict the side of the affected cranial region.
    /// </summary>
    internal static bool IsOnsetAmongAffected(AffectedRegion onset, in RegionSet affected)
    {
        uint slots = SlotsOf(onset);
        if (slots == 0 || (slots & affected.Slots) != slots)
        {
            return false;
        }

        if ((slots & ClinicalData.Regions.OptionalSideSlots) != 0)
        {
            if (onset.Side == BodySide.Left && (affected.SidedRight & slots) != 0)
            {
                return false;
            }

            if (onset.Side == BodySide.Right && (affected.SidedLeft & slots) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
