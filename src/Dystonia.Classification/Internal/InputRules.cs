using System;
using System.Globalization;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Internal;

/// <summary>
/// The input rules, written once in <see cref="Table"/>: <see cref="PresentationFacts.TryCreate"/> asks only yes or
/// no (without allocating), <see cref="PresentationValidator"/> reports every broken rule with its field path.
/// </summary>
internal static class InputRules
{
    internal const double MaximumAgeAtOnset = 120;
    internal const int MaximumIdLength = 200;
    internal const int MaximumGeneSymbolLength = 20;

    /// <summary>The listing index of the onset region.</summary>
    internal const int OnsetListing = -1;

    /// <summary>The listing index of a rule that concerns no listed region.</summary>
    internal const int NoListing = -2;

    /// <summary>
    /// Gets every input rule, in the order the validator reports them. Vocabulary words in the messages come from
    /// <see cref="WireNames"/>, limits from the constants above.
    /// </summary>
    internal static readonly InputRule[] Table =
    [
        InputRule.OfPresentation("id", ErrorCodes.InvalidId, "The id must be 1 to " + Number(MaximumIdLength) + " characters when given.", p => IsValidId(p.Id)),
        InputRule.OfPresentation("regions", ErrorCodes.RegionsRequired, "At least one affected body region is required.", p => p.Regions.Count > 0),

        // Each listing is checked by the first four in order, each assuming the ones before it hold.
        InputRule.OfListing(".region", ErrorCodes.UnknownRegion, "The region must be one of " + WireNames.Enumerate(WireNames.Regions, " and ") + ".", r => IsDefined(r.Region)),
        InputRule.OfListing(".side", ErrorCodes.UnknownSide, "The side must be " + WireNames.Enumerate(WireNames.SidesListed, " or ") + ".", r => IsDefined(r.Side)),
        InputRule.OfListing(".side", ErrorCodes.LimbSideRequired, "A limb needs a side: " + WireNames.Enumerate(WireNames.SidesListed, " or ") + ".", r => SideRuleOf(r.Region) != SideRule.Required || IsSideAllowed(r.Region, r.Side)),
        InputRule.OfListing(".side", ErrorCodes.SideNotApplicable, "The " + WireNames.Enumerate(MidlineRegionNames(), " and ") + " are midline regions and take no side.", r => IsSideAllowed(r.Region, r.Side)),
        InputRule.OfListingAmong(InputRuleScope.ListedBefore, "", ErrorCodes.DuplicateRegion, "This region is already listed; a limb given as both also covers its left and right side.", IsNotListedBefore),
        InputRule.OfListingAmong(InputRuleScope.Onset, "onsetRegion", ErrorCodes.OnsetRegionNotAffected, "The onset region must be one of the affected regions, on the same side.", IsOnsetAmongAffected),

        InputRule.OfPresentation("ageAtOnset", ErrorCodes.AgeOutOfRange, "Age at onset must be a number of years from 0 to " + Number(MaximumAgeAtOnset) + ".", p => p.AgeAtOnset is not { } age || IsValidAge(age)),
        InputRule.OfPresentation("course", ErrorCodes.UnknownCourse, "Course must be " + WireNames.Enumerate(WireNames.CoursesListed, " or ") + ".", p => IsDefined(p.Course)),
        InputRule.OfPresentation("variability", ErrorCodes.UnknownVariability, "Variability must be any of " + WireNames.Enumerate(WireNames.VariabilityBits, " and ") + ".", p => IsDefined(p.Variability)),
        InputRule.OfPresentation("associatedFeatures.movementDisorders", ErrorCodes.UnknownMovementDisorder, "Movement disorders must be among " + WireNames.Enumerate(WireNames.MovementDisorderBits, " and ") + ".", p => p.AssociatedFeatures is not { } a || IsDefined(a.MovementDisorders)),
        InputRule.OfPresentation("associatedFeatures.neurological", ErrorCodes.UnknownNeurologicalFeature, "Neurological features must be among the values listed in the JSON contract.", p => p.AssociatedFeatures is not { } a || IsDefined(a.Neurological)),
        InputRule.OfPresentation("associatedFeatures.systemic", ErrorCodes.UnknownSystemicFeature, "Systemic features must be among " + WireNames.Enumerate(WireNames.SystemicListed, " and ") + ".", p => p.AssociatedFeatures is not { } a || IsDefined(a.Systemic)),
        InputRule.OfPresentation("diagnosticClues", ErrorCodes.UnknownDiagnosticClue, "Diagnostic clues must be any of " + WireNames.Enumerate(WireNames.DiagnosticClueBits, " and ") + ".", p => IsDefined(p.DiagnosticClues)),
        InputRule.OfPresentation("etiology.nervousSystemPathology", ErrorCodes.UnknownPathology, "Nervous-system pathology must be " + WireNames.Enumerate(WireNames.PathologiesListed, " or ") + ".", p => IsDefined(p.Etiology.Pathology)),
        InputRule.OfPresentation("etiology.acquiredCauses", ErrorCodes.UnknownAcquiredCause, "Acquired causes must be among " + WireNames.Enumerate(WireNames.AcquiredCauseBits, " and ") + ".", p => IsDefined(p.Etiology.AcquiredCauses)),
        InputRule.OfPresentation("etiology.familyHistory", ErrorCodes.UnknownFamilyHistory, "Family history must be " + WireNames.Enumerate(WireNames.FamilyHistoriesListed, " or ") + ".", p => IsDefined(p.Etiology.FamilyHistory)),
        InputRule.OfPresentation("etiology.geneticFinding.gene", ErrorCodes.InvalidGeneSymbol, "The gene must be an HGNC symbol such as TOR1A: a letter, then letters, digits or hyphens, at most " + Number(MaximumGeneSymbolLength) + " characters.", p => p.Etiology.GeneticFinding is not { } g || IsWellFormedGeneSymbol(g.Gene)),
        InputRule.OfPresentation("etiology.geneticFinding.inheritance", ErrorCodes.UnknownInheritance, "Inheritance must be " + WireNames.Enumerate(WireNames.InheritancesListed, " or ") + ".", p => p.Etiology.GeneticFinding is not { } g || IsDefined(g.Inheritance)),
        InputRule.OfPresentation("etiology.geneticFinding.classification", ErrorCodes.UnknownVariantClassification, "The variant classification must be " + WireNames.Enumerate(WireNames.VariantClassificationsListed, " or ") + ".", p => p.Etiology.GeneticFinding is not { } g || IsDefined(g.Classification)),
        InputRule.OfPresentation("etiology.geneticFinding.zygosity", ErrorCodes.UnknownZygosity, "The zygosity must be " + WireNames.Enumerate(WireNames.ZygositiesListed, " or ") + ".", p => p.Etiology.GeneticFinding is not { } g || IsDefined(g.Zygosity)),
    ];

    private static readonly InputRule[] ListingRules = Array.FindAll(Table, rule => rule.Scope == InputRuleScope.Listing);
    private static readonly InputRule ListedTwice = Array.Find(Table, rule => rule.Scope == InputRuleScope.ListedBefore)!;
    private static readonly InputRule OnsetAmongAffected = Array.Find(Table, rule => rule.Scope == InputRuleScope.Onset)!;

    /// <summary>
    /// Checks a presentation against every rule of <see cref="Table"/> in order, telling <paramref name="report"/>
    /// each broken one, and reduces its regions to slots on the way.
    /// </summary>
    /// <returns>Whether every rule holds; <see langword="false"/> also when the report stopped the check.</returns>
    internal static bool Check<TReport>(Presentation presentation, ref TReport report, out RegionSet affected, out uint onsetSlots)
        where TReport : struct, IInputReport
    {
        affected = default;
        onsetSlots = 0;
        bool valid = true;
        bool listingsChecked = false;
        var table = Table;
        for (int i = 0; i < table.Length; i++)
        {
            var rule = table[i];
            if (rule.Scope == InputRuleScope.Presentation)
            {
                if (!rule.Holds(presentation))
                {
                    valid = false;
                    if (!report.Broken(rule, NoListing))
                    {
                        return false;
                    }
                }
            }
            else if (!listingsChecked)
            {
                // The listing rules stand together in the table; they are checked region by region, in one pass.
                listingsChecked = true;
                if (!CheckListings(presentation, ref report, ref valid, out affected, out onsetSlots))
                {
                    return false;
                }
            }
        }

        return valid;
    }

    /// <summary>Returns the field path of a broken rule: <c>regions[2].side</c>, <c>onsetRegion.region</c>, <c>course</c>.</summary>
    internal static string FieldOf(InputRule rule, int listing) => listing switch
    {
        NoListing => rule.Field,
        OnsetListing => "onsetRegion" + rule.Field,
        _ => "regions[" + listing.ToString(CultureInfo.InvariantCulture) + "]" + rule.Field,
    };

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

    internal static bool IsDefined(VariantClassification? classification) =>
        classification is null || classification.Value is >= VariantClassification.Pathogenic and <= VariantClassification.Benign;

    internal static bool IsDefined(Zygosity? zygosity) =>
        zygosity is null || zygosity.Value is >= Zygosity.Heterozygous and <= Zygosity.Hemizygous;

    internal static bool IsDefined(Variability value) => WireNames.AreDefinedFlags(WireNames.VariabilityBits, (int)value);

    internal static bool IsDefined(DiagnosticClues value) => WireNames.AreDefinedFlags(WireNames.DiagnosticClueBits, (int)value);

    internal static bool IsDefined(MovementDisorders value) => WireNames.AreDefinedFlags(WireNames.MovementDisorderBits, (int)value);

    internal static bool IsDefined(NeurologicalFeatures value) => WireNames.AreDefinedFlags(WireNames.NeurologicalBits, (int)value);

    internal static bool IsDefined(SystemicFeatures value) => WireNames.AreDefinedFlags(WireNames.SystemicBits, (int)value);

    internal static bool IsDefined(AcquiredCauses value) => WireNames.AreDefinedFlags(WireNames.AcquiredCauseBits, (int)value);

    /// <summary>
    /// Returns whether a listed region is new among the regions validly listed before it. A cranial region may be
    /// listed once on the left and once on the right (an asymmetric or hemifacial presentation): the two are that
    /// one region, affected on both sides. Listed without a side or as both, it already covers both sides.
    /// </summary>
    internal static bool IsNotListedBefore(AffectedRegion listing, RegionSet before)
    {
        uint overlap = SlotsOf(listing) & before.Slots;
        if (overlap == 0)
        {
            return true;
        }

        if ((overlap & ~ClinicalData.Regions.OptionalSideSlots) != 0)
        {
            return false;
        }

        return listing.Side switch
        {
            BodySide.Left => (before.SidedRight & ~before.SidedLeft & overlap) == overlap,
            BodySide.Right => (before.SidedLeft & ~before.SidedRight & overlap) == overlap,
            _ => false,
        };
    }

    /// <summary>
    /// Returns whether the onset region is among the affected regions: its slots must all be affected (a limb's
    /// left side is among a limb affected on both sides), and a sided cranial onset must not contradict the side of
    /// the affected cranial region: the left upper face is among an upper face affected on the left or on both sides,
    /// not among one affected on the right only.
    /// </summary>
    internal static bool IsOnsetAmongAffected(AffectedRegion onset, RegionSet affected)
    {
        uint slots = SlotsOf(onset);
        if (slots == 0 || (slots & affected.Slots) != slots)
        {
            return false;
        }

        return onset.Side switch
        {
            BodySide.Left => (affected.SidedRight & slots) == 0,
            BodySide.Right => (affected.SidedLeft & slots) == 0,
            _ => true,
        };
    }

    /// <summary>
    /// Checks each listed region, then the onset region, with the listing rules of the table. Only listings that
    /// hold count as affected, so that a rejected listing does not make a later one a duplicate.
    /// </summary>
    private static bool CheckListings<TReport>(Presentation presentation, ref TReport report, ref bool valid, out RegionSet affected, out uint onsetSlots)
        where TReport : struct, IInputReport
    {
        affected = default;
        onsetSlots = 0;
        uint seen = 0;
        uint sidedLeft = 0;
        uint sidedRight = 0;
        uint optionalSide = ClinicalData.Regions.OptionalSideSlots;
        var list = presentation.Regions;
        bool onsetReported = false;
        for (int index = 0; index < list.Count; index++)
        {
            var listing = list[index];
            var broken = FirstBrokenListingRule(listing);
            if (broken is null && !ListedTwice.Holds(listing, new RegionSet(seen, sidedLeft, sidedRight)))
            {
                broken = ListedTwice;
            }

            if (broken is not null)
            {
                valid = false;

                // The JSON contract marks the onset on a listing: a broken one is reported once, at its index.
                onsetReported |= broken != ListedTwice && presentation.OnsetRegion == listing;
                if (!report.Broken(broken, index))
                {
                    return false;
                }

                continue;
            }

            uint slots = SlotsOf(listing);
            seen |= slots;
            if ((slots & optionalSide) != 0)
            {
                if (listing.Side == BodySide.Left)
                {
                    sidedLeft |= slots;
                }
                else if (listing.Side == BodySide.Right)
                {
                    sidedRight |= slots;
                }
            }
        }

        // A cranial region listed on the left and on the right is affected on both sides: the same as listed as both.
        uint bothSides = sidedLeft & sidedRight;
        affected = new RegionSet(seen, sidedLeft & ~bothSides, sidedRight & ~bothSides);
        if (presentation.OnsetRegion is { } onset && !onsetReported)
        {
            if (FirstBrokenListingRule(onset) is { } broken)
            {
                valid = false;
                return report.Broken(broken, OnsetListing);
            }

            if (!OnsetAmongAffected.Holds(onset, affected))
            {
                valid = false;
                return report.Broken(OnsetAmongAffected, NoListing);
            }

            onsetSlots = SlotsOf(onset);
        }

        return true;
    }

    private static InputRule? FirstBrokenListingRule(AffectedRegion listing)
    {
        var rules = ListingRules;
        for (int i = 0; i < rules.Length; i++)
        {
            if (!rules[i].Holds(listing))
            {
                return rules[i];
            }
        }

        return null;
    }

    private static string[] MidlineRegionNames()
    {
        var regions = ClinicalData.Regions.Regions;
        var names = new System.Collections.Generic.List<string>();
        for (int i = 0; i < regions.Count; i++)
        {
            if (regions[i].Side == SideRule.None)
            {
                names.Add(regions[i].Name);
            }
        }

        return names.ToArray();
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsAsciiLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
