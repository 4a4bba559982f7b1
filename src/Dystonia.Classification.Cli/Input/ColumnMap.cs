using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Dystonia.Classification.Cli.Commands;

namespace Dystonia.Classification.Cli.Input;

/// <summary>One column of an export as the mapping file describes it: the layout column it fills, and how.</summary>
/// <param name="To">The layout column (<see cref="CsvRecordReader.Columns"/>).</param>
/// <param name="Codes">The export's codes and the layout words they stand for; <see langword="null"/> when the cells are the layout's words already.</param>
/// <param name="WhenChecked">For a checkbox column (0/1): the item a checked box adds to a list column, such as <c>neck</c> to <c>regions</c>.</param>
internal sealed record MappedColumn(string To, IReadOnlyDictionary<string, string>? Codes, string? WhenChecked);

/// <summary>
/// A mapping file (<c>--map map.json</c>): from an export's own column names and codes (a REDCap raw export, say) to
/// the CSV layout. A column mapped to <see langword="null"/> is read and ignored (REDCap's <c>..._complete</c>).
/// </summary>
internal sealed class ColumnMap
{
    /// <summary>The layout columns that hold <c>;</c>-separated lists, which checkbox columns may add to.</summary>
    internal static readonly string[] ListColumns = ["regions", "variability", "movementDisorders", "neurological", "systemic", "acquiredCauses", "diagnosticClues"];

    private ColumnMap(Dictionary<string, MappedColumn?> columns) => Columns = columns;

    /// <summary>Gets the export's column names (case-sensitive) and what each becomes; <see langword="null"/> for an ignored column.</summary>
    internal IReadOnlyDictionary<string, MappedColumn?> Columns { get; }

    /// <summary>Reads and checks a mapping file; throws <see cref="InputFormatException"/> naming the entry that is wrong.</summary>
    internal static ColumnMap Load(Stream stream, string language)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new InputFormatException(ToolTexts.Say(language, "input.map.notJson", (exception.LineNumber ?? 0) + 1));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("columns", out var columns)
                || columns.ValueKind != JsonValueKind.Object)
            {
                throw new InputFormatException(ToolTexts.Say(language, "input.map.noColumns"));
            }

            var map = new Dictionary<string, MappedColumn?>(StringComparer.Ordinal);
            foreach (var column in columns.EnumerateObject())
            {
                var entry = column.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => new MappedColumn(column.Value.GetString()!, null, null),
                    JsonValueKind.Object => ReadEntry(column.Name, column.Value, language),
                    _ => throw Wrong(language, column.Name),
                };
                if (entry is not null && Array.IndexOf(CsvRecordReader.Columns, entry.To) < 0)
                {
                    throw new InputFormatException(ToolTexts.Say(language, "input.map.unknownTarget", column.Name, string.Join(", ", CsvRecordReader.Columns)));
                }

                if (entry?.WhenChecked is not null && Array.IndexOf(ListColumns, entry.To) < 0)
                {
                    throw new InputFormatException(ToolTexts.Say(language, "input.map.checkboxNotList", column.Name, string.Join(", ", ListColumns)));
                }

                if (!map.TryAdd(column.Name, entry))
                {
                    throw new InputFormatException(ToolTexts.Say(language, "input.map.twice", column.Name));
                }
            }

            return new ColumnMap(map);
        }
    }

    private static MappedColumn ReadEntry(string name, JsonElement entry, string language)
    {
        string? to = null;
        string? whenChecked = null;
        Dictionary<string, string>? codes = null;
        foreach (var property in entry.EnumerateObject())
        {
            switch (property.Name)
            {
                case "to" when property.Value.ValueKind == JsonValueKind.String:
                    to = property.Value.GetString();
                    break;
                case "whenChecked" when property.Value.ValueKind == JsonValueKind.String:
                    whenChecked = property.Value.GetString();
                    break;
                case "codes" when property.Value.ValueKind == JsonValueKind.Object:
                    codes = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var code in property.Value.EnumerateObject())
                    {
                        if (code.Value.ValueKind != JsonValueKind.String)
                        {
                            throw Wrong(language, name);
                        }

                        codes[code.Name] = code.Value.GetString()!;
                    }

                    break;
                case "description":
                    break;
                default:
                    throw Wrong(language, name);
            }
        }

        if (to is null || (codes is not null && whenChecked is not null))
        {
            throw Wrong(language, name);
        }

        return new MappedColumn(to, codes, whenChecked);
    }

    private static InputFormatException Wrong(string language, string name) => new(ToolTexts.Say(language, "input.map.wrongEntry", name));
}
