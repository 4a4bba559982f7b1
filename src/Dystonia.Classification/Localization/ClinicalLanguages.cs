using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dystonia.Classification.Localization;

/// <summary>
/// The languages the clinician-facing texts (reasoning, display names, workup, missing findings) are written in.
/// Machine-readable fields (rule ids, JSON enum strings, codes) are the same in every language.
/// </summary>
public static class ClinicalLanguages
{
    /// <summary>English, the language every text is written in first. Tag: <c>en</c>.</summary>
    public const string English = "en";

    /// <summary>Latvian. Tag: <c>lv</c>.</summary>
    public const string Latvian = "lv";

    /// <summary>Gets the language tags the data tables provide, English first.</summary>
    public static IReadOnlyList<string> Supported { get; } = Array.AsReadOnly(new[] { English, Latvian });

    /// <summary>
    /// Returns the supported language for a culture: the culture's own language when it is supported (so
    /// <c>lv-LV</c> gives <c>lv</c>), otherwise English. Never reads the current culture.
    /// </summary>
    /// <param name="culture">The culture the caller wants the texts in.</param>
    public static string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Normalize(culture.TwoLetterISOLanguageName);
    }

    /// <summary>
    /// Returns whether a tag names a supported language: <c>lv</c>, <c>LV</c> and <c>lv-LV</c> do, <c>de</c> and an
    /// empty tag do not.
    /// </summary>
    /// <param name="tag">A BCP 47 language tag.</param>
    public static bool IsSupported(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return false;
        }

        var language = LanguagePart(tag);
        foreach (var supported in Supported)
        {
            if (language.Equals(supported, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the supported language for a tag such as <c>lv</c>, <c>LV</c> or <c>lv-LV</c>, or English when the
    /// tag names no supported language.
    /// </summary>
    /// <param name="tag">A BCP 47 language tag; <see langword="null"/> or empty gives English.</param>
    public static string Normalize(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return English;
        }

        var language = LanguagePart(tag);
        foreach (var supported in Supported)
        {
            if (language.Equals(supported, StringComparison.OrdinalIgnoreCase))
            {
                return supported;
            }
        }

        return English;
    }

    /// <summary>
    /// Returns the position in <see cref="Supported"/> of the language a tag names, for the localizers kept one per
    /// language.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> names no supported language.</exception>
    internal static int IndexOf(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (IsSupported(language))
        {
            string supported = Normalize(language);
            for (int i = 0; i < Supported.Count; i++)
            {
                if (string.Equals(Supported[i], supported, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        throw new ArgumentException("Unsupported language; supported: " + string.Join(", ", Supported) + ".", nameof(language));
    }

    private static ReadOnlySpan<char> LanguagePart(string tag)
    {
        int dash = tag.IndexOfAny(['-', '_']);
        return dash < 0 ? tag.AsSpan() : tag.AsSpan(0, dash);
    }
}
