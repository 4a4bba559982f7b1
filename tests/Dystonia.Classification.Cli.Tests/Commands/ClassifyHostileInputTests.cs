using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;
using Dystonia.Classification.Tests.Corpus;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// <c>dystonia classify</c> on every file of the hostile corpus (tests/corpus/hostile): one result per record with
/// the status, code and field path the manifest lists, the run goes on past bad records, the summary counts match,
/// and standard error holds the summary only, never a stack trace. The tool runs once per file for the whole class.
/// </summary>
public sealed class ClassifyHostileInputTests : IClassFixture<ClassifyHostileInputTests.CorpusRuns>
{
    private readonly CorpusRuns runs;

    public ClassifyHostileInputTests(CorpusRuns runs) => this.runs = runs;

    public static TheoryData<string> CorpusFiles() => [.. HostileCorpus.Files.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Each_record_gets_the_listed_result_in_input_order(string name)
    {
        var file = HostileCorpus.File(name);
        var run = runs[name];

        run.ExitCode.Should().Be(file.ExitCode, run.ToString());
        var records = run.Records;
        records.Should().HaveCount(file.Records.Count, file.About);
        foreach (var (record, expected) in records.Zip(file.Records))
        {
            Describe(record).Should().Be(Expected(expected, record), name);
            if (record.GetProperty("status").GetString() == "invalid")
            {
                record.TryGetProperty("distribution", out _).Should().BeFalse("an invalid record has no labels");
                record.GetProperty("errors").EnumerateArray().Should().OnlyContain(e => e.GetProperty("message").GetString()!.Length > 0);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void The_summary_counts_every_record_and_standard_error_holds_nothing_else(string name)
    {
        var file = HostileCorpus.File(name);
        var run = runs[name];

        run.Stderr.Should().NotContain("   at ").And.NotContain("Exception", "a bad record is reported as a result, never as a crash");
        if (file.ExitCode == 3)
        {
            run.Stderr.Should().StartWith("dystonia: " + file.Stderr);
            return;
        }

        int invalid = file.Records.Count(r => r.Status == "invalid");
        run.Stderr.Should().StartWith(string.Create(CultureInfo.InvariantCulture, $"dystonia: {file.Records.Count} records, {file.Records.Count - invalid} classified, {invalid} invalid in "));
        run.Stderr.TrimEnd('\n').Should().NotContain("\n", "the summary is one line");
    }

    private static string Describe(JsonElement record)
    {
        string id = record.GetProperty("id") is { ValueKind: JsonValueKind.String } value ? value.GetString()! : "null";
        string line = record.GetProperty("line").GetInt64().ToString(CultureInfo.InvariantCulture);
        if (record.GetProperty("status").GetString() == "classified")
        {
            return line + " classified " + record.GetProperty("distribution").GetString() + " id " + Short(id);
        }

        var error = record.GetProperty("errors")[0];
        return line + " invalid " + error.GetProperty("code").GetString() + " at '" + error.GetProperty("field").GetString() + "' id " + Short(id);
    }

    private static string Expected(CorpusRecord expected, JsonElement actual)
    {
        string id = expected.ChecksId ? expected.Id ?? "null" : Short(actual.GetProperty("id").GetString() ?? "null");
        string line = expected.Line.ToString(CultureInfo.InvariantCulture);
        return expected.Status == "classified"
            ? line + " classified " + expected.Distribution + " id " + id
            : line + " invalid " + expected.Code + " at '" + expected.Field + "' id " + id;
    }

    private static string Short(string id) => id.Length > 100 ? "(long)" : id;

    /// <summary>Writes each corpus file under its own name (the extension picks the input format) and runs the tool on it.</summary>
    public sealed class CorpusRuns : IAsyncLifetime
    {
        private readonly ConcurrentDictionary<string, ToolRun> runs = new(StringComparer.Ordinal);

        internal ToolRun this[string name] => runs[name];

        public async Task InitializeAsync()
        {
            using var temp = new TempDirectory();
            using var slots = new SemaphoreSlim(2);
            await Task.WhenAll(HostileCorpus.Files.Select(async file =>
            {
                await slots.WaitAsync();
                try
                {
                    var path = temp.Write(file.Name, HostileCorpus.Content(file));
                    runs[file.Name] = await DystoniaTool.RunAsync("classify", path, "--no-reasoning", "--threads", "2");
                    File.Delete(path);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
