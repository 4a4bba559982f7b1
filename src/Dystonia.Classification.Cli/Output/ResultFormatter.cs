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

    private readonly OutputFormat format;
    private readonly bool includeReasoning;

    internal ResultFormatter(OutputFormat format, bool includeReasoning)
    {
        this.format = format;
        this.includeReasoning = includeReasoning;
    }

    internal string[] Header => includeReasoning ? [.. CsvHeader, "reasoning"] : CsvHeader;

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

    internal void Write(ArrayBufferWriter<byte> output, Utf8JsonWriter json, ClassificationResult result, long line)
    {
        if (format == OutputFormat.JsonLines)
        {
            json.Reset(output);
            DystoniaJson.WriteResult(json, result, new ResultWriteOptions { IncludeReasoning = includeReasoning, Line = line });
            json.Flush();
            output.Write("\n"u8);
            return;
        }

        Encoding.UTF8.GetBytes(CsvRow(result, line), output);
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

    private string CsvRow(ClassificationResult result, long line)
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
