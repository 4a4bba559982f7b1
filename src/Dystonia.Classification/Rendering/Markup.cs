using System.Globalization;
using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rendering;

/// <summary>What the SVG and HTML writers share: culture-invariant numbers, escaping and the fixed texts of terms.json.</summary>
internal static class Markup
{
    /// <summary>Formats a coordinate or size with at most two decimals and a '.' separator, whatever the current culture.</summary>
    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Formats a count, without group separators, whatever the current culture.</summary>
    internal static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns a fixed text of <c>Data/terms.json</c> in <paramref name="language"/>, falling back to English.</summary>
    internal static string Term(string key, string language) => ClinicalData.Term(key).In(language).Source;

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
}
