using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Reflection;
using System.Text.Json;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Cli.Output;

/// <summary>
/// How an output was made, written beside it as <c>&lt;output&gt;.meta.json</c>: the tool's version and commit, the rule
/// set, every option value, the input's name, SHA-256 and size, and the record counts. It holds no record content and no
/// time, so the same run gives the same file.
/// </summary>
internal sealed class RunProvenance
{
    /// <summary>The suffix of the provenance file beside an output.</summary>
    internal const string Suffix = ".meta.json";

    private readonly List<(string Name, object? Value)> options = [];

    internal required string Command { get; init; }

    internal required string InputPath { get; init; }

    internal string? InputFormat { get; set; }

    internal string? Delimiter { get; set; }

    internal string? InputSha256 { get; set; }

    internal long InputBytes { get; set; }

    internal string? MapSha256 { get; set; }

    internal string? OutputPath { get; init; }

    /// <summary>Gets or sets how many records a resumed run kept from the partial output; <see langword="null"/> for a run from the start.</summary>
    internal long? ResumedRecords { get; set; }

    internal RunSummary? Records { get; set; }

    /// <summary>Gets or sets the counts of a command that does not keep a <see cref="RunSummary"/> (report): total and invalid; duplicates not counted.</summary>
    internal (long Total, long Invalid)? Counts { get; set; }

    /// <summary>Gets the version of the tool and, when the build recorded it, the commit it was built from.</summary>
    internal static (string Version, string? Commit) ToolVersion()
    {
        var informational = typeof(RunProvenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? (informational, null) : (informational[..plus], informational[(plus + 1)..]);
    }

    /// <summary>Records every option of the command as the run saw it, defaults included.</summary>
    internal void AddOptions(ParseResult parse)
    {
        foreach (var option in parse.CommandResult.Command.Options)
        {
            if (option.Name is "--help" or "-h" or "-?" || option.Hidden)
            {
                continue;
            }

            object? value = parse.GetResult(option) is { } result ? result.GetValueOrDefault<object?>() : null;
            if (value is null && option.ValueType == typeof(bool))
            {
                value = false;
            }

            options.Add((option.Name, value));
        }
    }

    internal void Write(Stream stream, IDystoniaClassifier classifier)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var (version, commit) = ToolVersion();
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteString("name", "dystonia");
        json.WriteString("version", version);
        json.WriteString("commit", commit);
        json.WriteString("command", Command);
        json.WriteEndObject();
        json.WriteStartObject("ruleSet");
        json.WriteString("name", classifier.RuleSet.Name);
        json.WriteString("version", classifier.RuleSet.Version);
        json.WriteEndObject();
        json.WriteString("contractVersion", DystoniaJson.ContractVersion);
        json.WriteStartObject("options");
        foreach (var (name, value) in options)
        {
            switch (value)
            {
                case null:
                    json.WriteNull(name);
                    break;
                case bool flag:
                    json.WriteBoolean(name, flag);
                    break;
                case int number:
                    json.WriteNumber(name, number);
                    break;
                case Enum word:
                    json.WriteString(name, word.ToString().ToLowerInvariant());
                    break;
                default:
                    json.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteStartObject("input");
        json.WriteString("path", InputPath);
        json.WriteString("format", InputFormat);
        if (Delimiter is not null)
        {
            json.WriteString("delimiter", Delimiter);
        }

        json.WriteString("sha256", InputSha256);
        json.WriteNumber("bytes", InputBytes);
        if (MapSha256 is not null)
        {
            json.WriteString("mapSha256", MapSha256);
        }

        json.WriteEndObject();
        json.WriteString("output", OutputPath is null ? null : Path.GetFileName(OutputPath));
        if (ResumedRecords is { } resumed)
        {
            // The counts below are those of this run; the records before them came from the partial output.
            json.WriteNumber("resumedAfterRecords", resumed);
        }
        if (Records is null && Counts is { } counts)
        {
            json.WriteStartObject("records");
            json.WriteNumber("total", counts.Total);
            json.WriteNumber("classified", counts.Total - counts.Invalid);
            json.WriteNumber("invalid", counts.Invalid);
            json.WriteEndObject();
        }

        if (Records is { } records)
        {
            json.WriteStartObject("records");
            json.WriteNumber("total", records.Total);
            json.WriteNumber("classified", records.Total - records.Invalid);
            json.WriteNumber("invalid", records.Invalid);
            json.WriteNumber("duplicateIds", records.DuplicateIds);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }
}
