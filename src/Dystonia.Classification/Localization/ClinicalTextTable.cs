using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Localization;

/// <summary>
/// A host's own table of clinician-facing texts (the fixed phrases of its figures, reports, cards or text output), in
/// the format of the library's <c>Data/terms.json</c>, with a <see cref="ClinicalStringLocalizer"/> over it for each
/// supported language. The library keeps only the clinical words it uses itself; each host's words live with the host.
/// </summary>
/// <remarks>
/// <para>
/// The table is a JSON object whose <c>terms</c> object holds each key's text in every supported language, for example
/// <c>{ "terms": { "card.disclaimer": { "en": "Decision support only.", "lv": "Tikai lēmumu atbalstam." } } }</c>;
/// other properties (a <c>description</c>) are ignored. The host embeds it in its assembly.
/// </para>
/// <para>
/// It is checked when loaded, as the library checks its own tables: every key has a non-empty text in every language of
/// <see cref="ClinicalLanguages.Supported"/> and in no other, a key appears once, and its texts have the same
/// placeholders in every language. Placeholders are numbered (<c>{0}</c>), filled from the arguments of the
/// localizer's indexer; a named one, which only the classifier fills, fails the load. So a gap in a table fails when it
/// is loaded instead of showing English, or a raw placeholder, in a Latvian output.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ClinicalTextTable
{
    private readonly ClinicalStringLocalizer[] localizers;

    private ClinicalTextTable(IReadOnlyDictionary<string, LocalizedText> texts, string location)
    {
        localizers = new ClinicalStringLocalizer[ClinicalLanguages.Supported.Count];
        for (int i = 0; i < localizers.Length; i++)
        {
            localizers[i] = new ClinicalStringLocalizer(texts, location, ClinicalLanguages.Supported[i]);
        }
    }

    /// <summary>Loads and checks a table embedded in an assembly.</summary>
    /// <param name="assembly">The host's assembly that embeds the table.</param>
    /// <param name="resourceName">The manifest resource name, for example <c>MyHost.Data.my-terms.json</c>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> or <paramref name="resourceName"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The resource is missing, or the table fails a check; the message names the text.</exception>
    /// <exception cref="JsonException">The resource is not JSON.</exception>
    public static ClinicalTextTable FromEmbeddedResource(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        using var document = ClinicalData.OpenTable(assembly, resourceName);
        return Read(document, assembly.GetName().Name + " (" + resourceName + ")");
    }

    /// <summary>Returns the localizer over this table in a language.</summary>
    /// <param name="language">A tag from <see cref="ClinicalLanguages.Supported"/>; <c>lv-LV</c> is read as <c>lv</c>.</param>
    /// <returns>The localizer, the same instance for the same language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a supported language.</exception>
    public ClinicalStringLocalizer For(string language) => localizers[ClinicalLanguages.IndexOf(language)];

    /// <summary>Reads and checks a table; <paramref name="location"/> names it in the localizer's results.</summary>
    internal static ClinicalTextTable Read(JsonDocument document, string location)
    {
        var texts = ClinicalData.ReadTerms(document);
        foreach (var (key, text) in texts)
        {
            foreach (var (language, template) in text.ByLanguage)
            {
                if (template.Source.Trim().Length == 0)
                {
                    throw new InvalidOperationException("Empty text in '" + language + "': " + key);
                }

                foreach (var placeholder in template.Placeholders)
                {
                    if (!int.TryParse(placeholder, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
                    {
                        throw new InvalidOperationException("A host's text may hold only numbered placeholders ({0}); " + key + " has {" + placeholder + "}.");
                    }
                }
            }
        }

        return new ClinicalTextTable(texts, location);
    }
}
