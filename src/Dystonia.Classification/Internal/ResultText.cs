using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Dystonia.Classification.Rules;

namespace Dystonia.Classification.Internal;

/// <summary>
/// Fills the placeholders of the rule texts of one result. A rule fills its own placeholders
/// (<see cref="ClinicalRule.TryAppendValue"/>); this class fills those every rule shares (the regions, the age, the
/// gene, ...) and offers the rules the ways to write terms, lists and numbers in the result's language. One instance
/// is shared by all steps of a result, and nothing is rendered until a step's text is read.
/// </summary>
internal sealed class ResultText
{
    private readonly Assessment assessment;
    private readonly PresentationFacts facts;
    private Action<StringBuilder, string, string?>? resolveShared;

    internal ResultText(in Assessment assessment, string language)
    {
        this.assessment = assessment;
        facts = assessment.Facts;
        Language = language;
    }

    internal string Language { get; }

    /// <summary>Gets the presentation as the rules assessed it.</summary>
    internal ref readonly Assessment Assessment => ref assessment;

    /// <summary>Renders a text of <paramref name="rule"/>, asking the rule first for each placeholder.</summary>
    internal string Render(TextTemplate template, ClinicalRule rule)
    {
        if (template.Placeholders.Count == 0)
        {
            return template.Sentence;
        }

        return Fill(template, rule).ToString();
    }

    /// <summary>
    /// Writes a text of <paramref name="rule"/> as the string property <paramref name="property"/>, the same as
    /// writing <see cref="Render"/>'s string but without making it: a sentence without placeholders is copied as
    /// bytes encoded once, one with placeholders is filled in a buffer of the thread's and written from there.
    /// </summary>
    internal void Write(Utf8JsonWriter writer, JsonEncodedText property, TextTemplate template, ClinicalRule rule)
    {
        if (template.Placeholders.Count == 0)
        {
            // Encoded bytes are what the writer makes of the string only with its default encoder.
            if (writer.Options.Encoder is null)
            {
                writer.WriteString(property, template.EncodedSentence);
            }
            else
            {
                writer.WriteString(property, template.Sentence);
            }

            return;
        }

        var builder = Fill(template, rule);
        int length = builder.Length;
        var chars = cachedChars;
        if (chars is null || chars.Length < length)
        {
            chars = cachedChars = new char[Math.Max(length, 1024)];
        }

        builder.CopyTo(0, chars, 0, length);
        writer.WriteString(property, chars.AsSpan(0, length));
    }

    private StringBuilder Fill(TextTemplate template, ClinicalRule rule)
    {
        var builder = RentBuilder();
        template.AppendTo(builder, this, rule);
        if (builder.Length > 0 && char.IsLower(builder[0]))
        {
            builder[0] = char.ToUpperInvariant(builder[0]);
        }

        return builder;
    }

    [ThreadStatic]
    private static char[]? cachedChars;

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
        // Whole years, as most ages are entered, come from a table: the same text without formatting a number per record.
        if (age >= 0 && age <= InputRules.MaximumAgeAtOnset && age == (int)age)
        {
            return WholeYears[(int)age];
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

    private static readonly string[] WholeYears = WholeYearTexts();

    private static string[] WholeYearTexts()
    {
        var texts = new string[(int)InputRules.MaximumAgeAtOnset + 1];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return texts;
    }

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

    internal void ResolveShared(StringBuilder builder, string name, string? form)
    {
        switch (name)
        {
            case "regions": AppendRegions(builder, facts.Regions.Slots, form); break;
            case "onsetRegion": AppendRegions(builder, facts.OnsetSlots, form); break;
            case "side": AppendTerm(builder, HemidystoniaSide == BodySide.Right ? "side.right" : "side.left", form); break;
            case "oppositeSide": AppendTerm(builder, HemidystoniaSide == BodySide.Right ? "side.left" : "side.right", form); break;
            case "age": builder.Append(Plain(Number(facts.Age), name, form)); break;
            case "course": AppendTerm(builder, "course." + WireNames.Of(facts.Course), form); break;
            case "variability": AppendFlags(builder, "variability.", WireNames.VariabilityBits, (int)facts.Variability, form); break;
            case "disorders": AppendFlags(builder, "movementDisorder.", WireNames.MovementDisorderBits, (int)(facts.MovementDisorders & ~FeatureKinds.NeurologicalSigns), form); break;
            case "features": AppendFeatures(builder, form); break;
            case "gene": builder.Append(Plain(facts.Presentation.Etiology.GeneticFinding?.Gene, name, form)); break;
            case "inheritance": AppendInheritance(builder, form); break;
            case "causes": AppendFlags(builder, "acquiredCause.", WireNames.AcquiredCauseBits, (int)facts.AcquiredCauses, form); break;
            case "pathology": AppendTerm(builder, "pathology." + WireNames.Of(facts.Pathology), form); break;
            case "redFlags": AppendRedFlags(builder, form); break;
            default: throw new InvalidOperationException("Unknown placeholder {" + name + "} in a rule text.");
        }
    }

    /// <summary>Gets the side of the hemidystonia, or of the regions that nearly make one.</summary>
    private BodySide HemidystoniaSide => DistHemidystonia.SideOf(assessment);

    /// <summary>Appends a number, which has no grammatical forms.</summary>
    internal static void AppendNumber(StringBuilder builder, int value, string name, string? form) => builder.Append(Plain(value, name, form));

    /// <summary>Appends a term in the form the template asks for: <c>side.left</c>, or <c>side.left:locative</c> for <c>{side:locative}</c>.</summary>
    internal void AppendTerm(StringBuilder builder, string key, string? form) =>
        ClinicalData.Term(form is null ? key : key + ":" + form).In(Language).AppendTo(builder, resolveShared ??= ResolveShared);

    /// <summary>Appends the terms as a list: "a", "a and b", "a, b and c", each in the requested form.</summary>
    internal void AppendList(StringBuilder builder, ReadOnlySpan<string> keys, string? form)
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

    internal void AppendRegions(StringBuilder builder, uint slots, string? form)
    {
        Span<string> keys = new string[BitOperations.PopCount(slots)];
        int next = 0;
        var regions = facts.Regions;
        while (slots != 0)
        {
            int slot = BitOperations.TrailingZeroCount(slots);
            slots &= slots - 1;
            keys[next++] = SlotTerm(slot, regions);
        }

        AppendList(builder, keys, form);
    }

    /// <summary>Returns the wire form of one affected slot, with its side: <c>upperLimb:left</c>, <c>neck</c>.</summary>
    internal static string SlotWireName(int slot, in RegionSet regions)
    {
        var (region, side) = SlotRegion(slot, regions);
        var names = SlotWireNames[slot];
        return ReferenceEquals(names.Region, region) && (uint)side < (uint)names.BySide.Length ? names.BySide[(int)side] : WireName(region, side);
    }

    private static string WireName(string region, BodySide side) =>
        side == BodySide.Unspecified ? region : region + (side == BodySide.Left ? ":left" : ":right");

    // Each slot's wire name unsided, left and right, made once: the evidence of every result lists its regions.
    private static readonly (string Region, string[] BySide)[] SlotWireNames = MakeSlotNames(WireName);

    private static (string Region, string[] BySide)[] MakeSlotNames(Func<string, BodySide, string> name)
    {
        var table = ClinicalData.Regions;
        var names = new (string Region, string[] BySide)[table.Slots.Count];
        for (int slot = 0; slot < names.Length; slot++)
        {
            var region = table.Regions[table.Slots[slot].Region].Name;
            names[slot] = (region, [name(region, BodySide.Unspecified), name(region, BodySide.Left), name(region, BodySide.Right)]);
        }

        return names;
    }

    private static string SlotTerm(int slot, in RegionSet regions)
    {
        var (region, side) = SlotRegion(slot, regions);
        var terms = SlotTerms[slot];
        return ReferenceEquals(terms.Region, region) && (uint)side < (uint)terms.BySide.Length ? terms.BySide[(int)side] : TermKey(region, side);
    }

    private static string TermKey(string region, BodySide side) =>
        side == BodySide.Unspecified ? "region." + region : "region." + region + (side == BodySide.Left ? ".left" : ".right");

    // Each slot's term key unsided, left and right, made once: most sentences name the regions.
    private static readonly (string Region, string[] BySide)[] SlotTerms = MakeSlotNames(TermKey);

    /// <summary>Returns the region of a slot and its side: a limb slot's own side, or the side given to a cranial region.</summary>
    private static (string Region, BodySide Side) SlotRegion(int slot, in RegionSet regions)
    {
        var table = ClinicalData.Regions;
        var entry = table.Slots[slot];
        var name = table.Regions[entry.Region].Name;
        uint bit = 1u << slot;
        var side = entry.Side != BodySide.Unspecified ? entry.Side
            : (regions.SidedLeft & bit) != 0 ? BodySide.Left
            : (regions.SidedRight & bit) != 0 ? BodySide.Right
            : BodySide.Unspecified;
        return (name, side);
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
        var signs = WireNames.OfFlags(WireNames.MovementDisorderBits, (int)(facts.MovementDisorders & FeatureKinds.NeurologicalSigns));
        var neurological = WireNames.OfFlags(WireNames.NeurologicalBits, (int)facts.Neurological);
        var systemic = WireNames.OfFlags(WireNames.SystemicBits, (int)facts.Systemic);
        var keys = new string[signs.Length + neurological.Length + systemic.Length];
        for (int i = 0; i < signs.Length; i++)
        {
            keys[i] = "movementDisorder." + signs[i];
        }

        for (int i = 0; i < neurological.Length; i++)
        {
            keys[signs.Length + i] = "neurological." + neurological[i];
        }

        for (int i = 0; i < systemic.Length; i++)
        {
            keys[signs.Length + neurological.Length + i] = "systemic." + systemic[i];
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

    private void AppendRedFlags(StringBuilder builder, string? form)
    {
        Span<string> keys = new string[5];
        int count = 0;
        if ((assessment.RedFlags & RedFlags.Hemidystonia) != 0)
        {
            keys[count++] = "redFlag.hemidystonia";
        }

        if ((assessment.RedFlags & RedFlags.Combined) != 0)
        {
            keys[count++] = "redFlag.combined";
        }

        if ((assessment.RedFlags & RedFlags.NeurologicalFeatures) != 0)
        {
            keys[count++] = "redFlag.neurological";
        }

        if ((assessment.RedFlags & RedFlags.SystemicFeatures) != 0)
        {
            keys[count++] = "redFlag.systemic";
        }

        if ((assessment.RedFlags & RedFlags.AdultOnsetLeg) != 0)
        {
            keys[count++] = "redFlag.adultOnsetLeg";
        }

        AppendList(builder, keys[..count], form);
    }

}
