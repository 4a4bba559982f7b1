using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Dystonia.Classification.Phenopackets;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Cli.Output;

/// <summary>
/// Formats results as bytes in the chosen output layout. Stateless and shared by all workers; each worker passes
/// its own output buffer and JSON writer (<see cref="CreateJsonWriter"/>), reused for every record of its batch.
/// </summary>
internal sealed class ResultFormatter
{
    // The label columns are the summary's axes, in the result record's order: one list, read by both.
    private static readonly string[] CsvHeader =
    [
        "line", "id", .. CohortSummary.Axes, "suggestedWorkup", "missingFindings", "errors", "ruleSet",
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private static readonly JsonEncodedText ColumnsProperty = JsonEncodedText.Encode("columns");

    private static readonly JsonEncodedText DecidedByProperty = JsonEncodedText.Encode("decidedBy");

    // The axes' names as decidedBy writes them, encoded once.
    private static readonly JsonEncodedText[] AxisNames = EncodedAxisNames();

    // One scratch buffer and writer per worker thread for the records that get properties after the contract's own.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? scratch;

    [ThreadStatic]
    private static Utf8JsonWriter? scratchWriter;

    private readonly OutputFormat format;
    private readonly bool includeReasoning;
    private readonly string[] keptColumns;
    private readonly JsonEncodedText[] keptNames;

    internal ResultFormatter(OutputFormat format, bool includeReasoning, string[]? keptColumns = null)
    {
        this.format = format;
        this.includeReasoning = includeReasoning;
        this.keptColumns = keptColumns ?? [];
        keptNames = [.. this.keptColumns.Select(name => JsonEncodedText.Encode(name))];
    }

    /// <summary>Gets or sets the <c>metaData.created</c> of every phenopacket (<c>--created</c>); set for <see cref="OutputFormat.Phenopacket"/>.</summary>
    internal DateTimeOffset? PhenopacketCreated { get; init; }

    /// <summary>Gets the CSV header: the result columns, then the input columns passed through (<c>--keep-columns</c>).</summary>
    /// <remarks>Lean output has <c>decidedBy</c> where full output has <c>reasoning</c>: the rule that decided each axis.</remarks>
    internal string[] Header => [.. CsvHeader, includeReasoning ? "reasoning" : "decidedBy", .. keptColumns];

    private static int ResultColumns => CsvHeader.Length + 1;

    /// <summary>Returns the rule that decided each label axis (the step applied on it), in the order of the reasoning.</summary>
    internal static IEnumerable<(string Axis, string RuleId)> DecidedBy(ClassificationResult result)
    {
        foreach (var step in result.Reasoning)
        {
            if (step.Outcome == RuleOutcome.Applied && step.Axis != ClassificationAxis.Workup)
            {
                yield return (ContractNames.Of(step.Axis), step.RuleId);
            }
        }
    }

    /// <summary>Writes the CSV header line; JSON Lines has none.</summary>
    internal byte[] Preamble()
    {
        if (format != OutputFormat.Csv)
        {
            return [];
        }

        return Encoding.UTF8.GetBytes(ToCsv(Header));
    }

    /// <summary>Creates the JSON writer one worker uses for all records of a batch.</summary>
    internal static Utf8JsonWriter CreateJsonWriter(ArrayBufferWriter<byte> output) => new(output, WriterOptions);

    internal void Write(ArrayBufferWriter<byte> output, Utf8JsonWriter json, ClassificationResult result, long line, string[]? kept = null, Presentation? presentation = null)
    {
        if (format == OutputFormat.Phenopacket)
        {
            WritePhenopacket(output, json, result, line, presentation);
            return;
        }

        if (format == OutputFormat.JsonLines)
        {
            if (keptNames.Length == 0 && (includeReasoning || !result.IsClassified))
            {
                json.Reset(output);
                DystoniaJson.WriteResult(json, result, new ResultWriteOptions { IncludeReasoning = includeReasoning, Line = line });
                json.Flush();
            }
            else
            {
                WriteWithExtras(output, json, result, line, kept);
            }

            output.Write("\n"u8);
            return;
        }

        Encoding.UTF8.GetBytes(CsvRow(result, line, kept), output);
    }

    /// <summary>
    /// Writes the result record with the tool's own last properties: for a lean classified record <c>decidedBy</c> (axis to
    /// rule id), and the input columns passed through, <c>columns</c> (name to cell text).
    /// </summary>
    private void WriteWithExtras(ArrayBufferWriter<byte> output, Utf8JsonWriter json, ClassificationResult result, long line, string[]? kept)
    {
        var record = scratch ??= new ArrayBufferWriter<byte>(4096);
        record.ResetWrittenCount();
        var recordJson = scratchWriter ??= new Utf8JsonWriter(record, WriterOptions);
        recordJson.Reset(record);
        DystoniaJson.WriteResult(recordJson, result, new ResultWriteOptions { IncludeReasoning = includeReasoning, Line = line });
        recordJson.Flush();

        // The record ends with its closing brace: the extra properties go in before it.
        output.Write(record.WrittenSpan[..^1]);
        if (!includeReasoning && result.IsClassified)
        {
            output.Write(",\""u8);
            output.Write(DecidedByProperty.EncodedUtf8Bytes);
            output.Write("\":"u8);
            // As DecidedBy, without its iterator: this is every lean record.
            json.Reset(output);
            json.WriteStartObject();
            var reasoning = result.Reasoning;
            for (int i = 0; i < reasoning.Count; i++)
            {
                var step = reasoning[i];
                if (step.Outcome == RuleOutcome.Applied && step.Axis != ClassificationAxis.Workup)
                {
                    json.WriteString(AxisNames[(int)step.Axis], step.RuleId);
                }
            }

            json.WriteEndObject();
            json.Flush();
        }

        if (keptNames.Length == 0)
        {
            output.Write("}"u8);
            return;
        }

        output.Write(",\""u8);
        output.Write(ColumnsProperty.EncodedUtf8Bytes);
        output.Write("\":"u8);
        json.Reset(output);
        json.WriteStartObject();
        for (int i = 0; i < keptNames.Length; i++)
        {
            json.WriteString(keptNames[i], kept is not null && i < kept.Length ? kept[i] : "");
        }

        json.WriteEndObject();
        json.Flush();

        output.Write("}"u8);
    }

    /// <summary>
    /// Writes one phenopacket line for a classified record; an invalid record has no classification to export and writes
    /// nothing (the closing summary counts it; <c>--format jsonl</c> names its errors). A record without an id gets
    /// <c>line-N</c>, its input line.
    /// </summary>
    private void WritePhenopacket(ArrayBufferWriter<byte> output, Utf8JsonWriter json, ClassificationResult result, long line, Presentation? presentation)
    {
        if (!result.IsClassified || presentation is null)
        {
            return;
        }

        json.Reset(output);
        DystoniaPhenopacket.Write(json, presentation, result, new PhenopacketOptions
        {
            Id = result.PresentationId ?? "line-" + line.ToString(CultureInfo.InvariantCulture),
            Created = PhenopacketCreated,
        });
        json.Flush();
        output.Write("\n"u8);
    }

    private static JsonEncodedText[] EncodedAxisNames()
    {
        var axes = Enum.GetValues<ClassificationAxis>();
        var names = new JsonEncodedText[axes.Length];
        foreach (var axis in axes)
        {
            names[(int)axis] = JsonEncodedText.Encode(ContractNames.Of(axis));
        }

        return names;
    }

    private static string ToCsv(string[] fields)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecord(fields);
        }

        return text.ToString();
    }

    private string CsvRow(ClassificationResult result, long line, string[]? kept)
    {
        var fields = new string[Header.Length];
        fields[0] = line.ToString(CultureInfo.InvariantCulture);
        fields[1] = result.PresentationId ?? "";
        fields[2] = result.IsClassified ? "classified" : "invalid";
        for (int i = 3; i < 14; i++)
        {
            fields[i] = "";
        }

        if (result.IsClassified)
        {
            var labels = result.Labels;
            fields[3] = ContractNames.Of(labels.Distribution);
            fields[4] = labels.LegInvolvement is { } legs ? (legs ? "true" : "false") : "";
            fields[5] = labels.AgeAtOnsetGroup is { } group ? ContractNames.Of(group) : "";
            fields[6] = ContractNames.Of(labels.Course);
            fields[7] = string.Join(';', ContractNames.Of(labels.Variability));
            fields[8] = labels.IsolatedOrCombined is { } association ? ContractNames.Of(association) : "";
            fields[9] = ContractNames.Of(labels.NervousSystemPathology);
            fields[10] = ContractNames.Of(labels.Heritability);
            fields[11] = ContractNames.Of(labels.Etiology);
            fields[12] = labels.EtiologyCertainty is { } certainty ? ContractNames.Of(certainty) : "";
            fields[13] = labels.LegacyCategory is { } legacy ? ContractNames.Of(legacy) : "";
        }

        fields[14] = string.Join(';', result.SuggestedWorkup.Select(w => w.RuleId));
        fields[15] = string.Join(';', result.MissingFindings.Select(m => m.Field));
        fields[16] = string.Join(" | ", result.Errors.Select(e => e.Field + " " + e.Code + ": " + e.Message));
        fields[17] = result.RuleSet.ToString();
        fields[18] = includeReasoning
            ? string.Join(" | ", result.Reasoning.Select(s => s.RuleId + ": " + s.Text))
            : string.Join(';', DecidedBy(result).Select(d => d.Axis + ":" + d.RuleId));

        for (int i = 0; i < keptColumns.Length; i++)
        {
            fields[ResultColumns + i] = kept is not null && i < kept.Length ? kept[i] : "";
        }

        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = Neutralised(fields[i]);
        }

        return ToCsv(fields);
    }

    /// <summary>
    /// Makes a cell that a spreadsheet would take for a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return) plain text by putting a single quote before it, as OWASP recommends
    /// against CSV injection: an id such as <c>=HYPERLINK(...)</c> must not run when the results are opened.
    /// </summary>
    internal static string Neutralised(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
