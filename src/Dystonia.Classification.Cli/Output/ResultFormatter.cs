using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Cli.Output;

/// <summary>
/// Formats results as bytes in the chosen output layout. Stateless and shared by all workers; each worker passes
/// its own output buffer and JSON writer (<see cref="CreateJsonWriter"/>), reused for every record of its batch.
/// </summary>
internal sealed class ResultFormatter
{
    private static readonly string[] CsvHeader =
    [
        "line", "id", "status", "distribution", "legInvolvement", "ageAtOnsetGroup", "course", "variability",
        "associatedFeatures", "nervousSystemPathology", "heritability", "etiology", "etiologyCertainty", "legacyCategory",
        "suggestedWorkup", "missingFindings", "errors", "ruleSet",
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private static readonly JsonEncodedText ColumnsProperty = JsonEncodedText.Encode("columns");

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

    /// <summary>Gets the CSV header: the result columns, then the input columns passed through (<c>--keep-columns</c>).</summary>
    internal string[] Header => [.. includeReasoning ? [.. CsvHeader, "reasoning"] : CsvHeader, .. keptColumns];

    private int ResultColumns => CsvHeader.Length + (includeReasoning ? 1 : 0);

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

    internal void Write(ArrayBufferWriter<byte> output, Utf8JsonWriter json, ClassificationResult result, long line, string[]? kept = null)
    {
        if (format == OutputFormat.JsonLines)
        {
            if (keptNames.Length == 0)
            {
                json.Reset(output);
                DystoniaJson.WriteResult(json, result, new ResultWriteOptions { IncludeReasoning = includeReasoning, Line = line });
                json.Flush();
            }
            else
            {
                WriteWithColumns(output, result, line, kept);
            }

            output.Write("\n"u8);
            return;
        }

        Encoding.UTF8.GetBytes(CsvRow(result, line, kept), output);
    }

    /// <summary>Writes the result record with the input columns passed through as one last property, <c>columns</c> (name to cell text).</summary>
    private void WriteWithColumns(ArrayBufferWriter<byte> output, ClassificationResult result, long line, string[]? kept)
    {
        var scratch = new ArrayBufferWriter<byte>(1024);
        using (var record = new Utf8JsonWriter(scratch, WriterOptions))
        {
            DystoniaJson.WriteResult(record, result, new ResultWriteOptions { IncludeReasoning = includeReasoning, Line = line });
        }

        // The record ends with its closing brace: the columns go in before it.
        output.Write(scratch.WrittenSpan[..^1]);
        output.Write(",\""u8);
        output.Write(ColumnsProperty.EncodedUtf8Bytes);
        output.Write("\":"u8);
        using (var columns = new Utf8JsonWriter(output, WriterOptions))
        {
            columns.WriteStartObject();
            for (int i = 0; i < keptNames.Length; i++)
            {
                columns.WriteString(keptNames[i], kept is not null && i < kept.Length ? kept[i] : "");
            }

            columns.WriteEndObject();
        }

        output.Write("}"u8);
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
        if (includeReasoning)
        {
            fields[18] = string.Join(" | ", result.Reasoning.Select(s => s.RuleId + ": " + s.Text));
        }

        for (int i = 0; i < keptColumns.Length; i++)
        {
            fields[ResultColumns + i] = kept is not null && i < kept.Length ? kept[i] : "";
        }

        return ToCsv(fields);
    }
}
