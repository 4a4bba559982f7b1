using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// Reads the flat CSV layout (docs/batch-tool.md) and turns each row into contract JSON, so that CSV and JSON
/// input share one set of names, checks and error codes. Numbers are read with the invariant culture.
/// </summary>
internal sealed class CsvRecordReader
{
    /// <summary>The columns, in the order the documentation lists them. Only <c>regions</c> is required.</summary>
    internal static readonly string[] Columns =
    [
        "id", "ageAtOnset", "regions", "onsetRegion", "course", "variability", "movementDisorders", "neurological",
        "systemic", "nervousSystemPathology", "acquiredCauses", "gene", "inheritance", "variantClassification", "familyHistory",
        "diagnosticClues", "zygosity",
    ];

    private readonly InputLimits limits;
    private readonly CsvSettings settings;
    private Stream stream;

    internal CsvRecordReader(Stream stream, InputLimits? limits = null, CsvSettings? settings = null)
    {
        this.stream = stream;
        this.limits = limits ?? InputLimits.Default;
        this.settings = settings ?? CsvSettings.Default;
    }

    /// <summary>Gets the names of the columns passed through to the output (<c>--keep-columns</c>), known once the header is read.</summary>
    internal string[] KeptColumns => columns?.KeptNames ?? [];

    /// <summary>Gets the delimiter given or detected, once the header is read.</summary>
    internal char? Delimiter { get; private set; }

    private CsvReader? reader;
    private CsvColumns? columns;
    private bool empty;

    /// <summary>Reads the header: detects the delimiter and decides what each column fills. <see cref="Read"/> calls it if it has not been called.</summary>
    internal void ReadHeader()
    {
        if (reader is not null || empty)
        {
            return;
        }

        var delimiter = settings.Delimiter ?? CsvDialect.Detect(ref stream);
        Delimiter = delimiter;
        var malformed = this.malformed;
        var options = CsvReaderOptions.Default with
        {
            Separator = delimiter,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            DetectSeparatorHint = false,
            OnMalformedRecord = record => malformed.Add(record.RecordNumber),
            MaxRecordSize = limits.MaximumRecordSize,
        };
        var csv = CsvReader.Create(stream, options, leaveOpen: true);
        var header = Bounded(csv, () => csv.Headers.ToArray());
        if (header.Length == 0)
        {
            csv.Dispose();
            empty = true;
            return;
        }

        try
        {
            columns = CsvColumns.Build(header, settings, delimiter, limits.Language);
        }
        catch
        {
            csv.Dispose();
            throw;
        }

        headerLength = header.Length;
        reader = csv;
    }

    private readonly HashSet<long> malformed = [];
    private int headerLength;

    internal IEnumerable<InputRecord> Read()
    {
        ReadHeader();
        if (reader is null)
        {
            yield break;
        }

        using var csv = reader;
        var cells = new string[Columns.Length];
        while (Bounded(csv, csv.Read))
        {
            long line = csv.LineNumber;
            if (malformed.Remove(csv.RowNumber + 1))
            {
                yield return InputRecord.FromError(line, new ClassificationError("", ErrorCodes.MalformedInput, "The CSV row is malformed (a stray or unclosed quote, or a different number of cells than the header)."));
                continue;
            }

            if (csv.FieldCount > headerLength)
            {
                yield return InputRecord.FromError(line, new ClassificationError("", ErrorCodes.MalformedInput, "The CSV row has more cells than the header has columns."));
                continue;
            }

            var error = columns!.Fill(csv, cells, out var kept);
            var id = cells[0];
            yield return error is not null
                ? InputRecord.FromError(line, error, id.Length > 0 ? id : null, kept)
                : ToRecord(cells, line, settings.DecimalComma, kept);
        }
    }

    /// <summary>
    /// Reads on, turning the reader's refusal of a record longer than the maximum record size into the tool's message:
    /// a CSV record cannot be skipped without reading it (a quote may hide its line breaks), so the run stops there.
    /// </summary>
    private T Bounded<T>(CsvReader csv, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvFormatException exception)
        {
            throw new InputFormatException(Commands.ToolTexts.Say(limits.Language, "input.csvRecordTooLarge", csv.LineNumber + 1, limits.MaximumRecordSize), exception);
        }
    }

    private static InputRecord ToRecord(string[] cells, long line, bool decimalComma, string[]? kept)
    {
        string Cell(string column) => cells[Array.IndexOf(Columns, column)];

        var id = Cell("id");
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (id.Length > 0)
            {
                json.WriteString("id", id);
            }

            var age = Cell("ageAtOnset");
            if (age.Length > 0)
            {
                if (decimalComma)
                {
                    age = age.Replace(',', '.');
                }

                if (!double.TryParse(age, NumberStyles.Float, CultureInfo.InvariantCulture, out double years) || !double.IsFinite(years))
                {
                    return Invalid(line, "ageAtOnset", ErrorCodes.WrongType, decimalComma
                        ? "Age at onset must be a number with ',' as the decimal separator (--decimal-comma)."
                        : "Age at onset must be a number with '.' as the decimal separator (give --decimal-comma for '34,5').", id, kept);
                }

                json.WriteNumber("ageAtOnset", years);
            }

            var onset = Cell("onsetRegion");
            bool onsetMatched = onset.Length == 0;
            json.WriteStartArray("regions");
            foreach (var item in Split(Cell("regions")))
            {
                int colon = item.IndexOf(':', StringComparison.Ordinal);
                var region = colon < 0 ? item.AsSpan() : item.AsSpan(0, colon);
                var side = colon < 0 ? default : item.AsSpan(colon + 1);
                if (!onsetMatched && side.SequenceEqual("both") && OnsetSide(onset, region) is { } onsetSide)
                {
                    // Onset on one side of a region affected on both: the JSON contract marks the onset on a listing,
                    // so the region is written as its two sides, which is what both means.
                    WriteRegion(json, region, true, "left", onsetSide == "left");
                    WriteRegion(json, region, true, "right", onsetSide == "right");
                    onsetMatched = true;
                    continue;
                }

                bool isOnset = !onsetMatched && string.Equals(item, onset, StringComparison.Ordinal);
                WriteRegion(json, region, colon >= 0, side, isOnset);
                onsetMatched |= isOnset;
            }

            json.WriteEndArray();
            if (!onsetMatched)
            {
                return Invalid(line, "onsetRegion", ErrorCodes.OnsetRegionNotAffected, "The onset region must be written exactly as one of the entries of 'regions', or as one side of an entry given as both.", id, kept);
            }

            WriteString(json, "course", Cell("course"));
            WriteList(json, "variability", Cell("variability"));

            var movement = Cell("movementDisorders");
            var neurological = Cell("neurological");
            var systemic = Cell("systemic");
            if (movement.Length + neurological.Length + systemic.Length > 0)
            {
                json.WriteStartObject("associatedFeatures");
                WriteList(json, "movementDisorders", movement);
                WriteList(json, "neurological", neurological);
                WriteList(json, "systemic", systemic);
                json.WriteEndObject();
            }

            WriteList(json, "diagnosticClues", Cell("diagnosticClues"));
            json.WriteStartObject("etiology");
            WriteString(json, "nervousSystemPathology", Cell("nervousSystemPathology"));
            WriteList(json, "acquiredCauses", Cell("acquiredCauses"));
            var gene = Cell("gene");
            var inheritance = Cell("inheritance");
            var classification = Cell("variantClassification");
            var zygosity = Cell("zygosity");
            if (gene.Length > 0 || inheritance.Length > 0 || classification.Length > 0 || zygosity.Length > 0)
            {
                json.WriteStartObject("geneticFinding");
                if (gene.Length > 0)
                {
                    json.WriteString("gene", gene);
                }

                WriteString(json, "inheritance", inheritance);
                WriteString(json, "classification", classification);
                WriteString(json, "zygosity", zygosity);
                json.WriteEndObject();
            }

            // Spreadsheets write TRUE/FALSE, REDCap 1/0, forms yes/no: all of them are read, in any letter case.
            var familyHistory = CsvColumns.ParseBoolean(Cell("familyHistory"), out bool validFamilyHistory);
            if (!validFamilyHistory)
            {
                return Invalid(line, "etiology.familyHistory", ErrorCodes.WrongType, "Family history must be true, false, 1, 0, yes, no (in any letter case) or empty (unknown).", id, kept);
            }

            if (familyHistory is { } hasFamilyHistory)
            {
                json.WriteBoolean("familyHistory", hasFamilyHistory);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        var bytes = buffer.WrittenSpan.ToArray();
        return InputRecord.FromJson(line, bytes, bytes.Length, id.Length > 0 ? id : null, kept);
    }

    private static InputRecord Invalid(long line, string field, string code, string message, string id, string[]? kept) =>
        InputRecord.FromError(line, new ClassificationError(field, code, message), id.Length > 0 ? id : null, kept);

    /// <summary>Writes one region listing; <paramref name="hasSide"/> keeps an empty side after a colon, which is an unknown side.</summary>
    private static void WriteRegion(Utf8JsonWriter json, ReadOnlySpan<char> region, bool hasSide, ReadOnlySpan<char> side, bool onset)
    {
        json.WriteStartObject();
        json.WriteString("region", region);
        if (hasSide)
        {
            json.WriteString("side", side);
        }

        if (onset)
        {
            json.WriteBoolean("onset", true);
        }

        json.WriteEndObject();
    }

    /// <summary>Returns <c>left</c> or <c>right</c> when the onset cell names that side of <paramref name="region"/>.</summary>
    private static string? OnsetSide(string onset, ReadOnlySpan<char> region)
    {
        int colon = onset.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !onset.AsSpan(0, colon).SequenceEqual(region))
        {
            return null;
        }

        var side = onset.AsSpan(colon + 1);
        return side.SequenceEqual("left") ? "left" : side.SequenceEqual("right") ? "right" : null;
    }

    private static void WriteString(Utf8JsonWriter json, string name, string value)
    {
        if (value.Length > 0)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes a <c>;</c>-separated cell as an array; <c>none</c> means an empty list (examined, nothing found).</summary>
    private static void WriteList(Utf8JsonWriter json, string name, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        if (!string.Equals(value, "none", StringComparison.Ordinal))
        {
            foreach (var item in Split(value))
            {
                json.WriteStringValue(item);
            }
        }

        json.WriteEndArray();
    }

    private static IEnumerable<string> Split(string value)
    {
        foreach (var part in value.Split(';'))
        {
            var item = part.Trim();
            if (item.Length > 0)
            {
                yield return item;
            }
        }
    }
}
