using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dystonia.Classification.Internal;
using Microsoft.Extensions.Localization;

namespace Dystonia.Classification.Localization;

/// <summary>
/// An <see cref="IStringLocalizer"/> over the library's clinician-facing texts in one language, keyed by the stable
/// keys of <c>Data/terms.json</c> (for example <c>label.distribution.focal</c>, <c>legInvolvement.true</c>) and of the
/// rule texts (<c>rule.DIST-FOCAL</c>, <c>rule.DIST-GENERALIZED.notApplied.trunkNotInvolved</c>); or, made by
/// <see cref="ClinicalTextTable.For"/>, over a host's own table.
/// </summary>
/// <remarks>
/// <para>
/// The language is fixed when the localizer is created; it never reads the current culture. Every key exists in
/// every supported language, so a found key is never an English fallback.
/// </para>
/// <para>
/// Values are the stored templates. Numbered placeholders (<c>{0}</c>) are filled from the arguments of
/// <see cref="this[string, object[]]"/>, formatted with the invariant culture; named placeholders (<c>{regions}</c>)
/// are filled by the classifier from a presentation and are returned as written. An unknown key gives the key itself
/// with <see cref="LocalizedString.ResourceNotFound"/> set, as <see cref="IStringLocalizer"/> expects.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ClinicalStringLocalizer : IStringLocalizer<ClinicalStringLocalizer>
{
    private const string LibraryLocation = "Dystonia.Classification/Data (terms.json, rules.json)";

    private static readonly Lazy<Dictionary<string, LocalizedText>> LibraryTexts = new(LoadTexts);

    private static readonly Lazy<ClinicalStringLocalizer>[] Instances = CreateInstances();

    // A host's table (ClinicalTextTable); null for the library's own texts, which load at first use, not here.
    private readonly IReadOnlyDictionary<string, LocalizedText>? table;

    private readonly string searchedLocation;

    /// <summary>Creates a localizer for a language.</summary>
    /// <param name="language">A tag from <see cref="ClinicalLanguages.Supported"/>; <c>lv-LV</c> is read as <c>lv</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a supported language.</exception>
    public ClinicalStringLocalizer(string language)
    {
        Language = ClinicalLanguages.Supported[ClinicalLanguages.IndexOf(language)];
        searchedLocation = LibraryLocation;
    }

    /// <summary>Creates a localizer over a host's table (<see cref="ClinicalTextTable"/>), in a supported language.</summary>
    internal ClinicalStringLocalizer(IReadOnlyDictionary<string, LocalizedText> table, string searchedLocation, string language)
    {
        this.table = table;
        this.searchedLocation = searchedLocation;
        Language = language;
    }

    /// <summary>Gets the language tag of the texts: <c>en</c> or <c>lv</c>.</summary>
    public string Language { get; }

    private IReadOnlyDictionary<string, LocalizedText> Texts => table ?? LibraryTexts.Value;

    /// <summary>Returns the text of a key.</summary>
    /// <param name="name">The key, for example <c>label.axis.etiology</c>.</param>
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return Texts.TryGetValue(name, out var text)
                ? new LocalizedString(name, text.In(Language).Source, resourceNotFound: false, searchedLocation)
                : new LocalizedString(name, name, resourceNotFound: true, searchedLocation);
        }
    }

    /// <summary>Returns the text of a key with its numbered placeholders (<c>{0}</c>, <c>{1}</c>) filled in.</summary>
    /// <param name="name">The key of a text with numbered placeholders, for example <c>card.summary</c> of a host's table.</param>
    /// <param name="arguments">The values of <c>{0}</c>, <c>{1}</c>, ...; formatted with the invariant culture.</param>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(arguments);
            if (!Texts.TryGetValue(name, out var text))
            {
                return new LocalizedString(name, name, resourceNotFound: true, searchedLocation);
            }

            var builder = new StringBuilder();
            text.In(Language).AppendTo(builder, (target, placeholder, form) =>
            {
                if (int.TryParse(placeholder, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < arguments.Length)
                {
                    target.Append(Convert.ToString(arguments[index], CultureInfo.InvariantCulture));
                }
                else
                {
                    target.Append('{').Append(placeholder);
                    if (form is not null)
                    {
                        target.Append(':').Append(form);
                    }

                    target.Append('}');
                }
            });
            return new LocalizedString(name, builder.ToString(), resourceNotFound: false, searchedLocation);
        }
    }

    /// <summary>Returns the shared localizer for a language.</summary>
    /// <param name="language">A tag from <see cref="ClinicalLanguages.Supported"/>; <c>lv-LV</c> is read as <c>lv</c>.</param>
    /// <returns>The localizer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a supported language.</exception>
    public static ClinicalStringLocalizer For(string language) => Instances[ClinicalLanguages.IndexOf(language)].Value;

    /// <summary>Returns the key of a rule's reasoning text, for example <c>rule.DIST-FOCAL</c>.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The key.</returns>
    public static string RuleKey(string ruleId) => "rule." + ruleId;

    /// <summary>Returns the key of the text that says why a rule did not apply, for example <c>rule.DIST-GENERALIZED.notApplied.trunkNotInvolved</c>.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="reason">The reason code, as in <see cref="Reasoning.ReasoningStep.Conclusion"/>.</param>
    /// <returns>The key.</returns>
    public static string NotAppliedKey(string ruleId, string reason) => "rule." + ruleId + ".notApplied." + reason;

    /// <summary>Returns every text in this localizer's language.</summary>
    /// <param name="includeParentCultures">Ignored: every key exists in every language, so there is nothing to fall back to.</param>
    /// <returns>Every key with its text: the terms, then the rule texts; for a host's table, its keys in the order of the file.</returns>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        foreach (var (key, text) in Texts)
        {
            yield return new LocalizedString(key, text.In(Language).Source, resourceNotFound: false, searchedLocation);
        }
    }

    private static Lazy<ClinicalStringLocalizer>[] CreateInstances()
    {
        var instances = new Lazy<ClinicalStringLocalizer>[ClinicalLanguages.Supported.Count];
        for (int i = 0; i < instances.Length; i++)
        {
            string language = ClinicalLanguages.Supported[i];
            instances[i] = new Lazy<ClinicalStringLocalizer>(() => new ClinicalStringLocalizer(language));
        }

        return instances;
    }

    private static Dictionary<string, LocalizedText> LoadTexts()
    {
        var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (key, text) in ClinicalData.Terms)
        {
            texts.Add(key, text);
        }

        foreach (var rule in ClinicalData.RulesInOrder)
        {
            texts.Add(RuleKey(rule.Id), rule.Text);
            foreach (var (reason, text) in rule.NotApplied)
            {
                texts.Add(NotAppliedKey(rule.Id, reason), text);
            }
        }

        return texts;
    }
}
