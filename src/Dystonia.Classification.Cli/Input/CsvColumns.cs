using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsvHelper;
using Dystonia.Classification.Cli.Commands;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// What each column of a CSV header fills: a layout column as it is, a layout column through the mapping file's codes,
/// one item of a list column when its checkbox is ticked (the wide layout <c>regions:neck</c>, or a REDCap checkbox
/// through the mapping file), a column passed through to the output (<c>--keep-columns</c>), or nothing (a trailing
/// empty header cell, a column the mapping file ignores). Errors name the column by name and position, never a value.
/// </summary>
internal sealed class CsvColumns
{
    /// <summary>The error code of a cell whose code the mapping file does not list for its column.</summary>
    internal const string UnmappedCode = "UnmappedCode";

    private readonly List<Source>[] sources;
    private readonly int[] kept;
    private readonly int[] unnamed;

    private CsvColumns(List<Source>[] sources, string[] keptNames, int[] kept, int[] unnamed)
    {
        this.sources = sources;
        KeptNames = keptNames;
        this.kept = kept;
        this.unnamed = unnamed;
    }

    /// <summary>Gets the names of the columns passed through to the output, in header order.</summary>
    internal string[] KeptNames { get; }

    /// <summary>Reads a boolean cell as spreadsheets and REDCap write it: true/false in any case, 1/0, yes/no; empty is unknown.</summary>
    internal static bool? ParseBoolean(string cell, out bool valid)
    {
        valid = true;
        switch (cell.Trim().ToUpperInvariant())
        {
            case "":
                return null;
            case "TRUE" or "1" or "YES":
                return true;
            case "FALSE" or "0" or "NO":
                return false;
            default:
                valid = false;
                return null;
        }
    }

    internal static CsvColumns Build(string[] header, CsvSettings settings, char delimiter, string language)
    {
        // Spreadsheets write a delimiter for every formatted column, so a header may end in empty cells.
        int named = header.Length;
        while (named > 0 && header[named - 1].Trim().Length == 0)
        {
            named--;
        }

        var sources = new List<Source>[CsvRecordReader.Columns.Length];
        for (int i = 0; i < sources.Length; i++)
        {
            sources[i] = [];
        }

        var keptNames = new List<string>();
        var kept = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < named; i++)
        {
            var name = header[i];
            if (!seen.Add(name))
            {
                throw new InputFormatException(ToolTexts.Say(language, "input.columnTwice", name));
            }

            if (name.Trim().Length == 0)
            {
                throw new InputFormatException(ToolTexts.Say(language, "input.columnUnnamed", i + 1));
            }

            if (settings.Map is { } map && map.Columns.TryGetValue(name, out var mapped))
            {
                if (mapped is not null)
                {
                    Add(sources, new Source(i, name, mapped.Codes, mapped.WhenChecked), mapped.To, language);
                }

                continue;
            }

            int direct = Array.IndexOf(CsvRecordReader.Columns, name);
            if (direct >= 0)
            {
                Add(sources, new Source(i, name, null, null), name, language);
                continue;
            }

            // The wide layout: one 0/1 column per item of a list column, named <column>:<item> (regions:upperLimb:left).
            int colon = name.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Array.IndexOf(ColumnMap.ListColumns, name[..colon]) >= 0 && colon < name.Length - 1)
            {
                Add(sources, new Source(i, name, null, name[(colon + 1)..]), name[..colon], language);
                continue;
            }

            if (settings.KeepColumns)
            {
                keptNames.Add(name);
                kept.Add(i);
                continue;
            }

            throw new InputFormatException(UnknownColumn(header, i, delimiter, language));
        }

        int regions = Array.IndexOf(CsvRecordReader.Columns, "regions");
        if (sources[regions].Count == 0)
        {
            throw new InputFormatException(ToolTexts.Say(language, "input.noRegions"));
        }

        return new CsvColumns(sources, [.. keptNames], [.. kept], [.. Enumerable.Range(named, header.Length - named)]);
    }

    /// <summary>
    /// Fills <paramref name="cells"/> (one per layout column) from the current row and the cells passed through; returns
    /// the row's first error, which names the column by name and position.
    /// </summary>
    internal ClassificationError? Fill(CsvReader csv, string[] cells, out string[]? keptCells)
    {
        string Raw(int i) => i < csv.FieldCount ? csv.GetString(i) ?? "" : "";

        keptCells = kept.Length == 0 ? null : new string[kept.Length];
        for (int k = 0; k < kept.Length; k++)
        {
            keptCells![k] = Raw(kept[k]);
        }

        foreach (int i in unnamed)
        {
            if (Raw(i).Trim().Length > 0)
            {
                return new ClassificationError("", ErrorCodes.MalformedInput, Message($"Column {i + 1} has no name in the header but holds a value in this row."));
            }
        }

        StringBuilder? list = null;
        for (int c = 0; c < sources.Length; c++)
        {
            var from = sources[c];
            if (from.Count == 0)
            {
                cells[c] = "";
                continue;
            }

            if (from.Count == 1 && from[0].Checked is null)
            {
                var source = from[0];
                var cell = Raw(source.Index);
                if (source.Codes is { } codes && cell.Trim().Length > 0)
                {
                    if (!codes.TryGetValue(cell.Trim(), out var word))
                    {
                        return new ClassificationError(FieldOf(c), UnmappedCode, Message($"Column '{source.Name}' (column {source.Index + 1}) holds a code that the mapping file does not list for it."));
                    }

                    cell = word;
                }

                cells[c] = cell;
                continue;
            }

            // A list column filled from several columns: its own cell (if any) and one item per ticked checkbox.
            list ??= new StringBuilder();
            list.Clear();
            foreach (var source in from)
            {
                var cell = Raw(source.Index);
                string? item;
                if (source.Checked is { } whenChecked)
                {
                    var ticked = ParseBoolean(cell, out bool valid);
                    if (!valid)
                    {
                        return new ClassificationError(FieldOf(c), ErrorCodes.WrongType, Message($"Column '{source.Name}' (column {source.Index + 1}) is a checkbox: 1, 0, true, false, yes, no or empty."));
                    }

                    item = ticked == true ? whenChecked : null;
                }
                else
                {
                    item = cell.Trim().Length == 0 ? null : cell;
                }

                if (item is not null)
                {
                    list.Append(list.Length == 0 ? "" : ";").Append(item);
                }
            }

            cells[c] = list.ToString();
        }

        return null;
    }

    /// <summary>The field path of a layout column in the contract, as the reader's own errors name it.</summary>
    internal static string FieldOf(int column) => CsvRecordReader.Columns[column] switch
    {
        "movementDisorders" or "neurological" or "systemic" => "associatedFeatures." + CsvRecordReader.Columns[column],
        "nervousSystemPathology" or "acquiredCauses" or "familyHistory" => "etiology." + CsvRecordReader.Columns[column],
        "gene" or "inheritance" or "zygosity" => "etiology.geneticFinding." + CsvRecordReader.Columns[column],
        "variantClassification" => "etiology.geneticFinding.classification",
        var name => name,
    };

    private static string Message(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Add(List<Source>[] sources, Source source, string to, string language)
    {
        int column = Array.IndexOf(CsvRecordReader.Columns, to);
        var already = sources[column];

        // Two columns may fill one list column (checkboxes, or a list cell and checkboxes); a single value, one only.
        if (already.Count > 0 && (Array.IndexOf(ColumnMap.ListColumns, to) < 0 || (source.Checked is null && already.Exists(s => s.Checked is null))))
        {
            throw new InputFormatException(ToolTexts.Say(language, "input.columnTwice", to));
        }

        already.Add(source);
    }

    private static string UnknownColumn(string[] header, int i, char delimiter, string language)
    {
        // The cell is not repeated: in a file without a header row it is the first record's data. A known name in another
        // letter case is suggested, since that text is the column's, not the record's.
        var name = header[i];
        var known = Array.Find(CsvRecordReader.Columns, column => string.Equals(column, name.Trim(), StringComparison.OrdinalIgnoreCase));
        var suggestion = known is null ? "" : " " + ToolTexts.Say(language, "input.didYouMean", known);
        var message = new StringBuilder(ToolTexts.Say(language, "input.unknownColumn", i + 1, suggestion, string.Join(", ", CsvRecordReader.Columns)));
        var other = Array.Find(CsvDialect.Candidates, c => c != delimiter && name.Contains(c, StringComparison.Ordinal));
        if (other != default)
        {
            message.Append(' ').Append(ToolTexts.Say(language, "input.otherDelimiter", CsvDialect.Name(delimiter), CsvDialect.Name(other), other == '\t' ? "tab" : CsvDialect.Name(other)));
        }

        // REDCap writes a checkbox field as one column per choice, field___code, and the record id as record_id.
        if (Array.Exists(header, column => column.Contains("___", StringComparison.Ordinal) || column == "record_id"))
        {
            message.Append(' ').Append(ToolTexts.Say(language, "input.redcap"));
        }

        message.Append(' ').Append(ToolTexts.Say(language, "input.keepOrMap"));
        return message.ToString();
    }

    private readonly record struct Source(int Index, string Name, IReadOnlyDictionary<string, string>? Codes, string? Checked);
}
