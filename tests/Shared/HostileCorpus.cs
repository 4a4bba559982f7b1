using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Dystonia.Classification.Tests.Corpus;

/// <summary>The result expected for one record of a corpus file (tests/corpus/hostile/manifest.json).</summary>
internal sealed record CorpusRecord(long Line, string Status, string? Code, string? Field, bool ChecksId, string? Id, string? Distribution)
{
    public override string ToString() =>
        "line " + Line + ": " + Status + (Code is null ? "" : " " + Code + " at '" + Field + "'") + (ChecksId ? " id " + (Id ?? "null") : "");
}

/// <summary>One file of the hostile corpus and what reading it must give.</summary>
internal sealed record CorpusFile(string Name, string Format, bool Generated, int ExitCode, string? Stderr, string About, IReadOnlyList<CorpusRecord> Records)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile-input corpus under tests/corpus/hostile: committed files, files generated at test time (too big to
/// commit), and the manifest of expected results. Linked into the core and CLI test projects, which check the
/// JSON reader and the tool against the same expectations.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>The size of each long value in the generated long-lines file.</summary>
    internal const int LongValueBytes = 10 * 1024 * 1024;

    /// <summary>The nesting depth of the generated deep-nesting file.</summary>
    internal const int NestingDepth = 10_000;

    private const string Neck = "\"regions\":[{\"region\":\"neck\"}]";

    internal static string Folder { get; } = RepositoryFiles.Path("tests", "corpus", "hostile");

    internal static IReadOnlyList<CorpusFile> Files { get; } = Load();

    internal static CorpusFile File(string name) => Files.Single(f => f.Name == name);

    /// <summary>Returns the bytes of a corpus file, generating the big ones.</summary>
    internal static byte[] Content(CorpusFile file) => file.Generated
        ? Generate(file.Name)
        : System.IO.File.ReadAllBytes(Path.Combine(Folder, file.Name));

    /// <summary>
    /// Splits JSON Lines content the way the batch tool documents it: a byte-order mark at the start of the input is
    /// skipped, a CR before the LF is dropped, blank lines (spaces, tabs, CR) are no records.
    /// </summary>
    internal static IEnumerable<(long Line, byte[] Json)> JsonLines(byte[] content)
    {
        int start = content.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        long line = 0;
        while (start < content.Length)
        {
            int newline = Array.IndexOf(content, (byte)'\n', start);
            int end = newline < 0 ? content.Length : newline;
            line++;
            int to = end > start && content[end - 1] == (byte)'\r' ? end - 1 : end;
            if (content.AsSpan(start, to - start).Trim(" \t\r"u8).Length > 0)
            {
                yield return (line, content.AsSpan(start, to - start).ToArray());
            }

            start = end + 1;
        }
    }

    private static byte[] Generate(string name) => name switch
    {
        "long-lines.jsonl" => Lines(
            "{\"id\":\"l-01\"," + new string(' ', LongValueBytes) + Neck + "}",
            "{\"id\":\"" + new string('P', LongValueBytes) + "\"," + Neck + "}",
            "{\"id\":\"l-03\"," + Neck + ",\"etiology\":{\"geneticFinding\":{\"gene\":\"" + new string('A', LongValueBytes) + "\"}}}",
            "{\"id\":\"l-04\"," + Neck + ",\"notes\":\"" + Repeat("onset after a fall ", LongValueBytes) + "\"}",
            "{\"id\":\"l-05\"," + Neck + "}"),
        "deep-nesting.jsonl" => Lines(
            "{\"id\":\"k-01\",\"regions\":" + Nested("[", "]", "") + "}",
            Nested("[", "]", ""),
            "{\"id\":\"k-03\",\"etiology\":" + Nested("{\"a\":", "}", "1") + "}",
            "{\"id\":\"k-04\"," + Neck + ",\"associatedFeatures\":{\"movementDisorders\":" + Nested("[", "]", "") + "}}",
            "{\"id\":\"k-05\"," + Neck + "}"),
        _ => throw new ArgumentException("No generator for " + name, nameof(name)),
    };

    private static byte[] Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }

    private static string Nested(string open, string close, string inner)
    {
        var builder = new StringBuilder((open.Length + close.Length) * NestingDepth + inner.Length);
        builder.Insert(0, open, NestingDepth).Append(inner);
        for (int i = 0; i < NestingDepth; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    private static List<CorpusFile> Load()
    {
        using var manifest = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(Folder, "manifest.json")));
        var files = new List<CorpusFile>();
        foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            var records = new List<CorpusRecord>();
            foreach (var record in file.GetProperty("records").EnumerateArray())
            {
                bool checksId = record.TryGetProperty("id", out var id);
                records.Add(new CorpusRecord(
                    record.GetProperty("line").GetInt64(),
                    record.GetProperty("status").GetString()!,
                    Text(record, "code"),
                    Text(record, "field"),
                    checksId,
                    checksId ? id.GetString() : null,
                    Text(record, "distribution")));
            }

            files.Add(new CorpusFile(
                file.GetProperty("file").GetString()!,
                file.GetProperty("format").GetString()!,
                file.TryGetProperty("generated", out var generated) && generated.GetBoolean(),
                file.GetProperty("exitCode").GetInt32(),
                Text(file, "stderr"),
                file.GetProperty("about").GetString()!,
                records));
        }

        return files;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;
}
