using System;
using System.Collections.Generic;

namespace Dystonia.Classification.Internal;

/// <summary>A sentence with <c>{name}</c> placeholders, parsed once when the data tables load.</summary>
internal sealed class TextTemplate
{
    private readonly string[] parts;

    private TextTemplate(string source, string[] parts, string[] placeholders)
    {
        Source = source;
        this.parts = parts;
        Placeholders = placeholders;
    }

    internal string Source { get; }

    /// <summary>Gets the placeholder names in order of appearance.</summary>
    internal IReadOnlyList<string> Placeholders { get; }

    internal static TextTemplate Parse(string source)
    {
        var parts = new List<string>();
        var names = new List<string>();
        int start = 0;
        while (start < source.Length)
        {
            int open = source.IndexOf('{', start);
            if (open < 0)
            {
                parts.Add(source.Substring(start));
                break;
            }

            int close = source.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException("Unclosed placeholder in template: " + source);
            }

            parts.Add(source.Substring(start, open - start));
            var name = source.Substring(open + 1, close - open - 1);
            parts.Add("{" + name);
            names.Add(name);
            start = close + 1;
        }

        return new TextTemplate(source, parts.ToArray(), names.ToArray());
    }

    /// <summary>Appends the sentence with each placeholder replaced by <paramref name="resolve"/>.</summary>
    internal void AppendTo(System.Text.StringBuilder builder, Action<System.Text.StringBuilder, string> resolve)
    {
        foreach (var part in parts)
        {
            if (part.Length > 0 && part[0] == '{')
            {
                resolve(builder, part.Substring(1));
            }
            else
            {
                builder.Append(part);
            }
        }
    }
}
