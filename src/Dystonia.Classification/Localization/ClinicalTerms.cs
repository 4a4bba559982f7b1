using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Localization;

/// <summary>
/// Display names of labels, axes, body regions and workup kinds for clinician-facing output (reports, cards,
/// figures), taken from <c>Data/terms.json</c>. A language the tables do not provide gives English, so these
/// methods never throw for a defined enum value; an undefined value gives its number.
/// </summary>
public static class ClinicalTerms
{
    /// <summary>Returns the display name of a body distribution, for example <c>Segmental</c>.</summary>
    /// <param name="value">The distribution.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(Distribution value, string language = ClinicalLanguages.English) =>
        Label("distribution", WireNames.Of(value), language);

    /// <summary>Returns the display name of an age-at-onset group, for example <c>Early adulthood</c>.</summary>
    /// <param name="value">The age-at-onset group.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(AgeAtOnsetGroup value, string language = ClinicalLanguages.English) =>
        Label("ageAtOnset", WireNames.Of(value), language);

    /// <summary>Returns the display name of a course, for example <c>Progressive</c>.</summary>
    /// <param name="value">The course.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(Course value, string language = ClinicalLanguages.English) =>
        Label("course", WireNames.Of(value), language);

    /// <summary>
    /// Returns the display name of a short-term variability pattern, for example <c>Action-specific</c>; for several
    /// patterns, their names separated by commas in flag order; for <see cref="Variability.None"/>, an empty string.
    /// </summary>
    /// <param name="value">The pattern or patterns.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(Variability value, string language = ClinicalLanguages.English)
    {
        var names = WireNames.OfFlags(WireNames.VariabilityBits, (int)value);
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Label("variability", names[i], language);
        }

        return string.Join(", ", names);
    }

    /// <summary>Returns the display name of the associated-features label: <c>Isolated</c> or <c>Combined</c>.</summary>
    /// <param name="value">The associated-features label.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(IsolatedOrCombined value, string language = ClinicalLanguages.English) =>
        Label("isolatedOrCombined", WireNames.Of(value), language);

    /// <summary>Returns the display name of a nervous-system pathology finding.</summary>
    /// <param name="value">The pathology finding.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(NervousSystemPathology value, string language = ClinicalLanguages.English) =>
        Label("nervousSystemPathology", WireNames.Of(value), language);

    /// <summary>Returns the display name of a heritability label, for example <c>Idiopathic, sporadic</c>.</summary>
    /// <param name="value">The heritability label.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(Heritability value, string language = ClinicalLanguages.English) =>
        Label("heritability", WireNames.Of(value), language);

    /// <summary>Returns the display name of an etiology label: <c>Primary</c>, <c>Secondary</c> or <c>Undetermined</c>.</summary>
    /// <param name="value">The etiology label.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(Etiology value, string language = ClinicalLanguages.English) =>
        Label("etiology", WireNames.Of(value), language);

    /// <summary>Returns the display name of how firmly the etiology is established.</summary>
    /// <param name="value">The certainty.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(EtiologyCertainty value, string language = ClinicalLanguages.English) =>
        Label("etiologyCertainty", WireNames.Of(value), language);

    /// <summary>Returns the display name of a pre-2013 category, for example <c>Dystonia-plus</c>.</summary>
    /// <param name="value">The legacy category.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(LegacyCategory value, string language = ClinicalLanguages.English) =>
        Label("legacyCategory", WireNames.Of(value), language);

    /// <summary>Returns the heading of a classification axis, for example <c>Age at onset</c>.</summary>
    /// <param name="value">The axis.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(ClassificationAxis value, string language = ClinicalLanguages.English) =>
        Label("axis", WireNames.Of(value), language);

    /// <summary>Returns the display name of a kind of workup, for example <c>Brain MRI</c>.</summary>
    /// <param name="value">The workup kind.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(WorkupKind value, string language = ClinicalLanguages.English) =>
        Label("workup", WireNames.Of(value), language);

    /// <summary>
    /// Returns the name of an affected region with its side as used in the reasoning sentences, for example
    /// <c>left upper limb</c> (lower case, because it is written to sit inside a sentence).
    /// </summary>
    /// <param name="value">The affected region.</param>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>; defaults to English.</param>
    public static string DisplayName(AffectedRegion value, string language = ClinicalLanguages.English)
    {
        string key = "region." + WireNames.Of(value.Region);
        string sided = value.Side switch
        {
            BodySide.Left => key + ".left",
            BodySide.Right => key + ".right",
            BodySide.Both => key + ".both",
            _ => key,
        };

        return ClinicalData.Terms.TryGetValue(sided, out var term) || ClinicalData.Terms.TryGetValue(key, out term)
            ? term.In(ClinicalLanguages.Normalize(language)).Source
            : WireNames.Format(value);
    }

    private static string Label(string group, string wire, string language) =>
        ClinicalData.Terms.TryGetValue("label." + group + "." + wire, out var term)
            ? term.In(ClinicalLanguages.Normalize(language)).Source
            : wire;
}
