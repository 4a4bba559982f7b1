using System;
using System.Collections.Generic;

namespace Dystonia.Classification.Internal;

/// <summary>A sentence with <c>{name}</c> placeholders, parsed once when the data tables load.</summary>
internal sealed class TextTemplate
{
    // Literal text and placeholder names in order; a placeholder is marked so rendering needs no string surgery.
    private readonly string[] parts;
    private readonly bool[] isPlaceholder;

    private TextTemplate(string source, string[] parts, bool[] isPlaceholder, string[] placeholders)
    {
        Source = source;
        this.parts = parts;
        this.isPlaceholder = isPlaceholder;
        Placeholders = placeholders;
        Sentence = source.Length > 0 && char.IsLower(source[0]) ? char.ToUpperInvariant(source[0]) + source.Substring(1) : source;
    }

    internal string Source { get; }

    /// <summary>Gets the text with its first letter capitalized, as shown when it has no placeholders.</summary>
    internal string Sentence { get; }

    /// <summary>Gets the placeholder names in order of appearance.</summary>
    internal IReadOnlyList<string> Placeholders { get; }

    internal static TextTemplate Parse(string source)
    {
        var parts = new List<string>();
        var isPlaceholder = new List<bool>();
        var names = new List<string>();
        int start = 0;
        while (start < source.Length)
        {
            int open = source.IndexOf('{', start);
            if (open < 0)
            {
                parts.Add(source.Substring(start));
                isPlaceholder.Add(false);
                break;
            }

            int close = source.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException("Unclosed placeholder in template: " + source);
            }

            parts.Add(source.Substring(start, open - start));
            isPlaceholder.Add(false);
            var name = source.Substring(open + 1, close - open - 1);
            parts.Add(name);
            isPlaceholder.Add(true);
            names.Add(name);
            start = close + 1;
        }

        return new TextTemplate(source, parts.ToArray(), isPlaceholder.ToArray(), names.ToArray());
    }

    /// <summary>Appends the sentence with each placeholder replaced by <paramref name="resolve"/>.</summary>
    internal void AppendTo(System.Text.StringBuilder builder, Action<System.Text.StringBuilder, string> resolve)
    {
        for (int i = 0; i < parts.Length; i++)
        {
            if (isPlaceholder[i])
            {
                resolve(builder, parts[i]);
            }
            else
            {
                builder.Append(parts[i]);
            }
        }
    }
}
