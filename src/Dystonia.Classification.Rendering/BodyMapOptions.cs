using System;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Rendering;

/// <summary>
/// Options for <see cref="BodyMap"/>: the language of the caption and labels, and the prefix of the element ids (so that
/// several maps can share one HTML page). <see cref="Default"/> suits a single English figure.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class BodyMapOptions
{
    private readonly string idPrefix = "bodymap";

    /// <summary>Gets the options used when none are given: English, ids prefixed with <c>bodymap</c>.</summary>
    public static BodyMapOptions Default { get; } = new();

    /// <summary>
    /// Gets the language of the texts on the figure, a tag from <see cref="ClinicalLanguages"/> (for example
    /// <c>lv</c> or <c>lv-LV</c>). Drawing with a language the data tables do not provide throws
    /// <see cref="System.ArgumentException"/>, as classifying in one does. The default is English.
    /// </summary>
    public string Language { get; init; } = ClinicalLanguages.English;

    /// <summary>
    /// Gets the prefix of every element id in the SVG, so that several figures can sit in one HTML page: the left
    /// upper limb is <c>{prefix}-upperLimb-left</c>. Letters, digits, <c>-</c> and <c>_</c>, starting with a letter.
    /// The default is <c>bodymap</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value set is empty or holds other characters.</exception>
    public string IdPrefix
    {
        get => idPrefix;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (!IsIdPrefix(value))
            {
                throw new ArgumentException("The id prefix must start with an ASCII letter and hold only ASCII letters, digits, '-' and '_'.", nameof(value));
            }

            idPrefix = value;
        }
    }

    private static bool IsIdPrefix(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
