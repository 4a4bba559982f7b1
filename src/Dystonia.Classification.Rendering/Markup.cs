using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Rendering;

/// <summary>
/// What the SVG and HTML writers share: culture-invariant numbers, escaping, their fixed texts
/// (<c>Data/rendering-terms.json</c>) and the core's words they use.
/// </summary>
internal static class Markup
{
    private const string TextsFile = "rendering-terms.json";

    // Loaded and checked at first use; a malformed table fails there, and the tests load it.
    private static readonly Lazy<ClinicalTextTable> Texts = new(() =>
        ClinicalTextTable.FromEmbeddedResource(typeof(Markup).Assembly, "Dystonia.Classification.Rendering.Data." + TextsFile));

    /// <summary>Formats a coordinate or size with at most two decimals and a '.' separator, whatever the current culture.</summary>
    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Formats a count, without group separators, whatever the current culture.</summary>
    internal static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the table of the fixed texts, for the tests.</summary>
    internal static ClinicalTextTable Table => Texts.Value;

    /// <summary>Returns a fixed text of <c>Data/rendering-terms.json</c> in a supported <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">The table lacks the key: a defect, never an output with the key in it.</exception>
    internal static string Term(string key, string language) => Found(Texts.Value.For(language)[key], TextsFile);

    /// <summary>Returns one of the core's words (<c>list.and</c>, <c>legInvolvement.true</c>) in a supported <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">The core lacks the key.</exception>
    internal static string Word(string key, string language) => Found(ClinicalStringLocalizer.For(language)[key], "the core's terms");

    /// <summary>
    /// Escapes text for HTML element content and quoted attribute values. Control characters that HTML forbids are
    /// replaced by U+FFFD, since a field path can carry any character of a JSON property name.
    /// </summary>
    internal static string Html(string text)
    {
        StringBuilder? escaped = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when c < ' ' && c is not ('\t' or '\n' or '\r') => "\uFFFD",
                '\u007F' => "\uFFFD",
                _ => null,
            };

            if (replacement is null)
            {
                escaped?.Append(c);
                continue;
            }

            escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
            escaped.Append(replacement);
        }

        return escaped?.ToString() ?? text;
    }

    private static string Found(Microsoft.Extensions.Localization.LocalizedString text, string table) =>
        text.ResourceNotFound ? throw new KeyNotFoundException("Term not in " + table + ": " + text.Name) : text.Value;
}
