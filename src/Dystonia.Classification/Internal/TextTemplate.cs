using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Dystonia.Classification.Internal;

/// <summary>
/// A sentence with <c>{name}</c> placeholders, parsed once when the data tables load. A placeholder may ask for a
/// grammatical form, <c>{side:locative}</c>, because Latvian inflects the words it fills in; the name is the same in
/// every language and only the form differs.
/// </summary>
internal sealed class TextTemplate
{
    private readonly Part[] parts;

    // Encoded on first use, as a reference so that a thread never sees half of it.
    private EncodedBox? encodedSentence;

    private TextTemplate(string source, Part[] parts, string[] placeholders)
    {
        Source = source;
        this.parts = parts;
        Placeholders = placeholders;
        Sentence = source.Length > 0 && char.IsLower(source[0]) ? char.ToUpperInvariant(source[0]) + source.Substring(1) : source;
    }

    internal string Source { get; }

    /// <summary>Gets the text with its first letter capitalized, as shown when it has no placeholders.</summary>
    internal string Sentence { get; }

    /// <summary>
    /// Gets <see cref="Sentence"/> as a JSON writer with the default encoder writes it, encoded once: the batch tool
    /// copies these bytes instead of transcoding and escaping the same sentence for every record.
    /// </summary>
    internal JsonEncodedText EncodedSentence => (encodedSentence ??= new EncodedBox(JsonEncodedText.Encode(Sentence))).Value;

    /// <summary>Gets the placeholder names in order of appearance, without their forms.</summary>
    internal IReadOnlyList<string> Placeholders { get; }

    /// <summary>Gets the forms the placeholders ask for, in order of appearance; <see langword="null"/> for the base form.</summary>
    internal IEnumerable<(string Name, string? Form)> PlaceholderForms
    {
        get
        {
            foreach (var part in parts)
            {
                if (part.IsPlaceholder)
                {
                    yield return (part.Text, part.Form);
                }
            }
        }
    }

    internal static TextTemplate Parse(string source)
    {
        var parts = new List<Part>();
        var names = new List<string>();
        int start = 0;
        while (start < source.Length)
        {
            int open = source.IndexOf('{', start);
            if (open < 0)
            {
                parts.Add(new Part(source.Substring(start), null, false));
                break;
            }

            int close = source.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException("Unclosed placeholder in template: " + source);
            }

            parts.Add(new Part(source.Substring(start, open - start), null, false));
            var placeholder = source.Substring(open + 1, close - open - 1);
            int colon = placeholder.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? placeholder : placeholder.Substring(0, colon);
            var form = colon < 0 ? null : placeholder.Substring(colon + 1);
            if (name.Length == 0 || form is { Length: 0 })
            {
                throw new FormatException("Empty placeholder name or form in template: " + source);
            }

            parts.Add(new Part(name, form, true));
            names.Add(name);
            start = close + 1;
        }

        return new TextTemplate(source, parts.ToArray(), names.ToArray());
    }

    /// <summary>Appends the sentence with each placeholder replaced by <paramref name="resolve"/> (name, then form or <see langword="null"/>).</summary>
    internal void AppendTo(StringBuilder builder, Action<StringBuilder, string, string?> resolve)
    {
        foreach (var part in parts)
        {
            if (part.IsPlaceholder)
            {
                resolve(builder, part.Text, part.Form);
            }
            else
            {
                builder.Append(part.Text);
            }
        }
    }

    /// <summary>Appends the sentence of a rule's text, each placeholder filled by the rule or else by the result's shared values.</summary>
    internal void AppendTo(StringBuilder builder, ResultText text, Rules.ClinicalRule rule)
    {
        foreach (var part in parts)
        {
            if (!part.IsPlaceholder)
            {
                builder.Append(part.Text);
            }
            else if (!rule.TryAppendValue(text, builder, part.Text, part.Form))
            {
                text.ResolveShared(builder, part.Text, part.Form);
            }
        }
    }

    private sealed class EncodedBox(JsonEncodedText value)
    {
        internal JsonEncodedText Value { get; } = value;
    }

    private readonly record struct Part(string Text, string? Form, bool IsPlaceholder);
}
