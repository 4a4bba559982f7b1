using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Dystonia.Classification.Rules;

namespace Dystonia.Classification.Internal;

/// <summary>
/// Fills the placeholders of every rule text of one result from that result's facts and decisions. One instance is
/// shared by all steps of a result, and nothing is rendered until a step's text is read.
/// </summary>
internal sealed class ResultText
{
    private readonly PresentationFacts facts;
    private readonly DistributionDecision distribution;
    private readonly AgeAtOnsetGroup? ageGroup;
    private readonly RedFlags redFlags;
    private readonly bool earlyOnset;
    private readonly int earlyOnsetAge;
    private readonly int wilsonAge;
    private readonly Action<StringBuilder, string, string?> resolve;

    internal ResultText(in PresentationFacts facts, in DistributionDecision distribution, AgeAtOnsetGroup? ageGroup, RedFlags redFlags, in RuleSettings settings, string language)
    {
        this.facts = facts;
        this.distribution = distribution;
        this.ageGroup = ageGroup;
        this.redFlags = redFlags;
        earlyOnset = AgeAtOnsetRules.IsEarlyOnset(facts, settings);
        earlyOnsetAge = settings.EarlyOnsetMaximumAge;
        wilsonAge = settings.WilsonBeforeAge;
        Language = language;
        resolve = Resolve;
    }

    internal string Language { get; }

    internal string Render(TextTemplate template)
    {
        if (template.Placeholders.Count == 0)
        {
            return template.Sentence;
        }

        var builder = RentBuilder();
        template.AppendTo(builder, resolve);
        if (builder.Length > 0 && char.IsLower(builder[0]))
        {
            builder[0] = char.ToUpperInvariant(builder[0]);
        }

        return builder.ToString();
    }

    // One builder per thread: the batch tool renders tens of sentences per record, and a fresh builder for each
    // was most of the garbage of a full result.
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    /// <summary>
    /// Formats an age as it was entered: the shortest invariant text that reads back as the same number ("34",
    /// "2.5", "2.999"). Rounding to two decimals showed 2.999 as "3", an age in another band than the one assigned,
    /// and negative zero, which validation accepts, as "-0". The text is the same on every runtime.
    /// </summary>
    internal static string Age(double age)
    {
        if (age == 0)
        {
            return "0";
        }

#if NET
        return age.ToString("R", CultureInfo.InvariantCulture);
#else
        // .NET Framework's "R" is not the shortest round trip (2.999 comes out as 2.9990000000000001 through some
        // paths, and some values do not round-trip at all). The shortest text has at most 17 digits, and the first
        // of G15, G16, G17 that reads back as the same number is that text, as modern .NET writes it.
        foreach (var format in ShortestFormats)
        {
            var text = age.ToString(format, CultureInfo.InvariantCulture);
            if (format == "G17" || double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == age)
            {
                return text;
            }
        }

        throw new InvalidOperationException("Unreachable: G17 always round-trips.");
#endif
    }

#if !NET
    private static readonly string[] ShortestFormats = ["G15", "G16", "G17"];
#endif

    private static StringBuilder RentBuilder()
    {
        var builder = cachedBuilder ??= new StringBuilder(256);
        builder.Clear();
        return builder;
    }

    /// <summary>Writes a number as the language writes it: invariant digits, the language's decimal separator (Latvian uses a comma).</summary>
    private string Number(double value)
    {
        var text = Age(value);
        var separator = ClinicalData.Term("number.decimalSeparator").In(Language).Source;
        return separator == "." ? text : text.Replace(".", separator, StringComparison.Ordinal);
    }

    /// <summary>Returns a value that is not a word (a number, a gene symbol), which has no grammatical forms.</summary>
    private static string? Plain(string? value, string name, string? form) =>
        form is null
            ? value
            : throw new InvalidOperationException("The placeholder {" + name + "} is not a word and has no grammatical form '" + form + "'.");

    private static string Plain(int value, string name, string? form) =>
        Plain(value.ToString(CultureInfo.InvariantCulture), name, form)!;

    private void Resolve(StringBuilder builder, string name, string? form)
    {
        switch (name)
        {
            case "regions": AppendSlots(builder, facts.Regions.Slots, form); break;
            case "midlineRegions": AppendSlots(builder, MidlineSlots(), form); break;
            case "onsetRegion": AppendSlots(builder, facts.OnsetSlots, form); break;
            case "otherCount": builder.Append(Plain(facts.Regions.Count - 1, name, form)); break;
            case "legInvolvement": AppendTerm(builder, (facts.Regions.Slots & RegionSet.LowerLimbsMask) != 0 ? "legInvolvement.true" : "legInvolvement.false", form); break;
            case "alternative": AppendTerm(builder, "distribution." + WireNames.Of(distribution.Pre2013Alternative ?? distribution.Distribution), form); break;
            case "side": AppendTerm(builder, distribution.Side == BodySide.Right ? "side.right" : "side.left", form); break;
            case "oppositeSide": AppendTerm(builder, distribution.Side == BodySide.Right ? "side.left" : "side.right", form); break;
            case "groupCount": builder.Append(Plain(distribution.GroupCount, name, form)); break;
            case "segments": AppendSegments(builder, form); break;
            case "age": builder.Append(Plain(Number(facts.Age), name, form)); break;
            case "completedYears": builder.Append(Plain(facts.CompletedYears, name, form)); break;
            case "group": AppendTerm(builder, "ageGroup." + WireNames.Of(ageGroup.GetValueOrDefault()), form); break;
            case "course": AppendTerm(builder, "course." + WireNames.Of(facts.Course), form); break;
            case "variability": AppendFlags(builder, "variability.", WireNames.VariabilityBits, (int)facts.Variability, form); break;
            case "finding": AppendTerm(builder, facts.MovementDisorders == MovementDisorders.Tremor ? "isolated.tremorOnly" : "isolated.noneFound", form); break;
            case "disorders": AppendFlags(builder, "movementDisorder.", WireNames.MovementDisorderBits, (int)facts.MovementDisorders, form); break;
            case "features": AppendFeatures(builder, form); break;
            case "gene": builder.Append(Plain(facts.Presentation.Etiology.GeneticFinding?.Gene, name, form)); break;
            case "inheritance": AppendInheritance(builder, form); break;
            case "causes": AppendFlags(builder, "acquiredCause.", WireNames.AcquiredCauseBits, (int)facts.AcquiredCauses, form); break;
            case "pathology": AppendTerm(builder, "pathology." + WireNames.Of(facts.Pathology), form); break;
            case "secondaryReasons": AppendSecondaryReasons(builder, form); break;
            case "primaryBasis": AppendPrimaryBasis(builder, form); break;
            case "redFlags": AppendRedFlags(builder, form); break;
            case "legacyReasons": AppendLegacyReasons(builder, form); break;
            case "thap1Basis": AppendTerm(builder, earlyOnset ? "thap1Basis.earlyOnset" : "thap1Basis.familial", form); break;
            case "earlyOnsetAge": builder.Append(Plain(earlyOnsetAge, name, form)); break;
            case "wilsonAge": builder.Append(Plain(wilsonAge, name, form)); break;
            default: throw new InvalidOperationException("Unknown placeholder {" + name + "} in a rule text.");
        }
    }

    private ushort MidlineSlots()
    {
        var regions = facts.Regions;
        ushort sidedCranial = (ushort)(regions.CranialLeft | regions.CranialRight);
        return (ushort)(regions.Slots & (RegionSet.NeckBit | RegionSet.TrunkBit | (RegionSet.CranialMask & ~sidedCranial)));
    }

    /// <summary>Appends a term in the form the template asks for: <c>side.left</c>, or <c>side.left:locative</c> for <c>{side:locative}</c>.</summary>
    private void AppendTerm(StringBuilder builder, string key, string? form) =>
        ClinicalData.Term(form is null ? key : key + ":" + form).In(Language).AppendTo(builder, resolve);

    /// <summary>Appends the terms as a list: "a", "a and b", "a, b and c", each in the requested form.</summary>
    private void AppendList(StringBuilder builder, ReadOnlySpan<string> keys, string? form)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            if (i > 0)
            {
                AppendTerm(builder, i == keys.Length - 1 ? "list.and" : "list.comma", null);
            }

            AppendTerm(builder, keys[i], form);
        }
    }

    private void AppendSlots(StringBuilder builder, ushort slots, string? form)
    {
        Span<string> keys = new string[BitOperations.PopCount(slots)];
        int next = 0;
        var regions = facts.Regions;
        while (slots != 0)
        {
            int slot = BitOperations.TrailingZeroCount(slots);
            slots &= (ushort)(slots - 1);
            keys[next++] = SlotTerm(slot, regions);
        }

        AppendList(builder, keys, form);
    }

    private static string SlotTerm(int slot, in RegionSet regions)
    {
        var region = WireNames.Of(ContiguityTable.RegionOf((RegionSlot)slot));
        switch ((RegionSlot)slot)
        {
            case RegionSlot.LeftUpperLimb or RegionSlot.LeftLowerLimb:
                return "region." + region + ".left";
            case RegionSlot.RightUpperLimb or RegionSlot.RightLowerLimb:
                return "region." + region + ".right";
            default:
                int bit = 1 << slot;
                return (regions.CranialLeft & bit) != 0 ? "region." + region + ".left"
                    : (regions.CranialRight & bit) != 0 ? "region." + region + ".right"
                    : "region." + region;
        }
    }

    private void AppendSegments(StringBuilder builder, string? form)
    {
        var contiguity = ClinicalData.Contiguity;
        int segments = contiguity.SegmentsOf(facts.Regions.Slots);
        var keys = new string[BitOperations.PopCount((uint)segments)];
        int next = 0;
        for (int segment = 0; segment < contiguity.SegmentNames.Count; segment++)
        {
            if ((segments & (1 << segment)) != 0)
            {
                keys[next++] = "segment." + contiguity.SegmentNames[segment];
            }
        }

        AppendList(builder, keys, form);
    }

    private void AppendFlags(StringBuilder builder, string prefix, string[] bitNames, int flags, string? form)
    {
        var names = WireNames.OfFlags(bitNames, flags);
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = prefix + names[i];
        }

        AppendList(builder, names, form);
    }

    private void AppendFeatures(StringBuilder builder, string? form)
    {
        var neurological = WireNames.OfFlags(WireNames.NeurologicalBits, (int)facts.Neurological);
        var systemic = WireNames.OfFlags(WireNames.SystemicBits, (int)facts.Systemic);
        var keys = new string[neurological.Length + systemic.Length];
        for (int i = 0; i < neurological.Length; i++)
        {
            keys[i] = "neurological." + neurological[i];
        }

        for (int i = 0; i < systemic.Length; i++)
        {
            keys[neurological.Length + i] = "systemic." + systemic[i];
        }

        AppendList(builder, keys, form);
    }

    private void AppendInheritance(StringBuilder builder, string? form)
    {
        if (facts.Presentation.Etiology.GeneticFinding?.Inheritance is { } inheritance)
        {
            AppendTerm(builder, "inheritance." + WireNames.Of(WireNames.Inheritances, (int)inheritance), form);
        }
    }

    private void AppendSecondaryReasons(StringBuilder builder, string? form)
    {
        Span<string> keys = new string[3];
        int count = 0;
        if (facts.HasAcquiredCause)
        {
            keys[count++] = "secondaryReason.acquired";
        }

        if (facts.Pathology == NervousSystemPathology.StructuralLesion)
        {
            keys[count++] = "secondaryReason.structuralLesion";
        }

        if (facts.Pathology == NervousSystemPathology.Degeneration)
        {
            keys[count++] = "secondaryReason.degeneration";
        }

        AppendList(builder, keys[..count], form);
    }

    private void AppendPrimaryBasis(StringBuilder builder, string? form)
    {
        Span<string> keys = new string[2];
        int count = 0;
        if (facts.Pathology == NervousSystemPathology.None)
        {
            keys[count++] = "primaryBasis.noPathology";
        }

        if (facts.HasGeneticFinding)
        {
            keys[count++] = "primaryBasis.genetic";
        }

        AppendList(builder, keys[..count], form);
    }

    private void AppendRedFlags(StringBuilder builder, string? form)
    {
        Span<string> keys = new string[4];
        int count = 0;
        if ((redFlags & RedFlags.Hemidystonia) != 0)
        {
            keys[count++] = "redFlag.hemidystonia";
        }

        if ((redFlags & RedFlags.Combined) != 0)
        {
            keys[count++] = "redFlag.combined";
        }

        if ((redFlags & RedFlags.NeurologicalFeatures) != 0)
        {
            keys[count++] = "redFlag.neurological";
        }

        if ((redFlags & RedFlags.SystemicFeatures) != 0)
        {
            keys[count++] = "redFlag.systemic";
        }

        AppendList(builder, keys[..count], form);
    }

    private void AppendLegacyReasons(StringBuilder builder, string? form)
    {
        Span<string> keys = new string[3];
        int count = 0;
        bool workedUp = facts.Pathology == NervousSystemPathology.None || facts.HasGeneticFinding;
        if (!workedUp)
        {
            keys[count++] = "legacyReason.pathologyNotAssessed";
        }

        if (!facts.HasAssociatedFeatures)
        {
            keys[count++] = "legacyReason.associatedNotRecorded";
        }
        else if (ClinicalFeatureRules.HasOtherFeatures(facts))
        {
            keys[count++] = "legacyReason.otherFeatures";
        }

        AppendList(builder, keys[..count], form);
    }
}
