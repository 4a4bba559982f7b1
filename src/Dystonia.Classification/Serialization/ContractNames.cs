using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Serialization;

/// <summary>
/// The contract's wire name of each label value (<c>segmental</c>, <c>earlyAdulthood</c>, ...), for writers of
/// other formats (CSV, FHIR, cards) that must use exactly the JSON contract's words.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ContractNames
{
    /// <summary>
    /// Returns the wire name of a body region, for example <c>jawAndTongue</c>, as <c>Data/body-regions.json</c> names
    /// it; <see cref="AffectedRegion.ToString"/> adds the side (<c>upperLimb:left</c>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(BodyRegion value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a distribution, for example <c>hemidystonia</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Distribution value) => WireNames.Of(value);

    /// <summary>Returns the wire name of an age-at-onset group, for example <c>earlyAdulthood</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(AgeAtOnsetGroup value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a course, for example <c>progressive</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Course value) => WireNames.Of(value);

    /// <summary>Returns the wire names of the set variability patterns, lowest flag first.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire names; empty for <see cref="Variability.None"/>.</returns>
    public static string[] Of(Variability value) => WireNames.OfFlags(WireNames.VariabilityBits, (int)value);

    /// <summary>Returns the wire names of the set diagnostic clues, lowest flag first.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire names; empty for <see cref="DiagnosticClues.None"/>.</returns>
    public static string[] Of(DiagnosticClues value) => WireNames.OfFlags(WireNames.DiagnosticClueBits, (int)value);

    /// <summary>Returns <c>isolated</c> or <c>combined</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(IsolatedOrCombined value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a pathology, for example <c>notAssessed</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(NervousSystemPathology value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a heritability, for example <c>idiopathicSporadic</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Heritability value) => WireNames.Of(value);

    /// <summary>Returns <c>primary</c>, <c>secondary</c> or <c>undetermined</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Etiology value) => WireNames.Of(value);

    /// <summary>Returns <c>established</c> or <c>provisional</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(EtiologyCertainty value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a legacy category, for example <c>dystoniaPlus</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(LegacyCategory value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a workup kind, for example <c>brainMri</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(WorkupKind value) => WireNames.Of(value);

    /// <summary>Returns the wire name of an axis, for example <c>ageAtOnset</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(ClassificationAxis value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a variant classification, for example <c>likelyPathogenic</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(VariantClassification value) => WireNames.Of(value);

    /// <summary>Gets the wire name of a zygosity, for example <c>compoundHeterozygous</c>.</summary>
    /// <param name="value">The zygosity.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Zygosity value) => WireNames.Of(value);

    /// <summary>Reads the wire name of a course (<c>static</c>, <c>progressive</c>, <c>unknown</c>); exact and case-sensitive.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The course read, or <see cref="Course.Unknown"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a course.</returns>
    public static bool TryParse(string? name, out Course value) => TryParseChoice(WireNames.Courses, name, out value);

    /// <summary>Reads the wire name of a family history (<c>positive</c>, <c>negative</c>, <c>unknown</c>).</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The family history read, or <see cref="FamilyHistory.Unknown"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a family history.</returns>
    public static bool TryParse(string? name, out FamilyHistory value) => TryParseChoice(WireNames.FamilyHistories, name, out value);

    /// <summary>Reads the wire name of a variant classification (ACMG/AMP 2015), for example <c>likelyPathogenic</c>.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The classification read, or 0 (no member) when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a classification.</returns>
    public static bool TryParse(string? name, out VariantClassification value) => TryParseChoice(WireNames.VariantClassifications, name, out value);

    /// <summary>Reads the wire name of a zygosity (<c>heterozygous</c>, <c>homozygous</c>, <c>compoundHeterozygous</c>, <c>hemizygous</c>).</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The zygosity read, or 0 (no member) when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a zygosity.</returns>
    public static bool TryParse(string? name, out Zygosity value) => TryParseChoice(WireNames.Zygosities, name, out value);

    /// <summary>Reads the wire name of a nervous-system pathology, for example <c>structuralLesion</c>.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="value">The pathology read, or <see cref="NervousSystemPathology.NotAssessed"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a pathology.</returns>
    public static bool TryParse(string? name, out NervousSystemPathology value) => TryParseChoice(WireNames.Pathologies, name, out value);

    /// <summary>Reads the wire name of one variability pattern, for example <c>paroxysmal</c>.</summary>
    /// <param name="name">The wire name of one pattern.</param>
    /// <param name="value">The pattern read, or <see cref="Variability.None"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a pattern.</returns>
    public static bool TryParse(string? name, out Variability value) => TryParseFlag(WireNames.VariabilityBits, name, out value);

    /// <summary>Reads the wire name of one diagnostic clue, for example <c>kinesigenicAttacks</c>.</summary>
    /// <param name="name">The wire name of one clue.</param>
    /// <param name="value">The clue read, or <see cref="DiagnosticClues.None"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a clue.</returns>
    public static bool TryParse(string? name, out DiagnosticClues value) => TryParseFlag(WireNames.DiagnosticClueBits, name, out value);

    /// <summary>Reads the wire name of one acquired cause, for example <c>perinatalBrainInjury</c>.</summary>
    /// <param name="name">The wire name of one cause.</param>
    /// <param name="value">The cause read, or <see cref="AcquiredCauses.None"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a cause.</returns>
    public static bool TryParse(string? name, out AcquiredCauses value) => TryParseFlag(WireNames.AcquiredCauseBits, name, out value);

    /// <summary>Reads the wire name of one other movement disorder, for example <c>parkinsonism</c>.</summary>
    /// <param name="name">The wire name of one movement disorder.</param>
    /// <param name="value">The movement disorder read, or <see cref="MovementDisorders.None"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a movement disorder.</returns>
    public static bool TryParse(string? name, out MovementDisorders value) => TryParseFlag(WireNames.MovementDisorderBits, name, out value);

    /// <summary>Reads the wire name of one neurological feature, for example <c>seizures</c>.</summary>
    /// <param name="name">The wire name of one feature.</param>
    /// <param name="value">The feature read, or <see cref="NeurologicalFeatures.None"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a feature.</returns>
    public static bool TryParse(string? name, out NeurologicalFeatures value) => TryParseFlag(WireNames.NeurologicalBits, name, out value);

    /// <summary>Reads the wire name of one systemic feature, for example <c>liverDisease</c>.</summary>
    /// <param name="name">The wire name of one feature.</param>
    /// <param name="value">The feature read, or <see cref="SystemicFeatures.None"/> when the name is not one.</param>
    /// <returns>Whether <paramref name="name"/> is the wire name of a feature.</returns>
    public static bool TryParse(string? name, out SystemicFeatures value) => TryParseFlag(WireNames.SystemicBits, name, out value);

    private static bool TryParseChoice<TEnum>(string[] names, string? name, out TEnum value)
        where TEnum : struct, System.Enum
    {
        int index = name is null ? -1 : System.Array.IndexOf(names, name);
        value = (TEnum)System.Enum.ToObject(typeof(TEnum), index < 0 ? 0 : index);
        return index >= 0;
    }

    private static bool TryParseFlag<TEnum>(string[] bitNames, string? name, out TEnum value)
        where TEnum : struct, System.Enum
    {
        int bit = name is null ? -1 : System.Array.IndexOf(bitNames, name);
        value = (TEnum)System.Enum.ToObject(typeof(TEnum), bit < 0 ? 0 : 1 << bit);
        return bit >= 0;
    }
}
