using System.Collections.Generic;
using System.Text.Json;

namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>What one run of the tool left behind: exit code, standard output and standard error.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>Gets the output lines (JSON Lines or CSV), without the final empty line.</summary>
    internal IReadOnlyList<string> StdoutLines => SplitLines(Stdout);

    /// <summary>Gets standard output parsed as JSON Lines: one element per line; fails the test if a line is not JSON.</summary>
    internal IReadOnlyList<JsonElement> Records => ParseJsonLines(Stdout);

    internal static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    internal static IReadOnlyList<JsonElement> ParseJsonLines(string text)
    {
        var records = new List<JsonElement>();
        foreach (var line in SplitLines(text))
        {
            using var document = JsonDocument.Parse(line);
            document.RootElement.ValueKind.Should().Be(JsonValueKind.Object, "every output line is one JSON object");
            records.Add(document.RootElement.Clone());
        }

        return records;
    }

    /// <summary>Describes the run for assertion messages (truncated).</summary>
    public override string ToString() =>
        $"exit {ExitCode}; stderr: {Truncate(Stderr)}; stdout: {Truncate(Stdout)}";

    private static string Truncate(string text) => text.Length <= 600 ? text : text[..600] + "...";
}
