using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// End to end: 20,000 generated records (ids r00000.., valid and invalid mixed, spanning many batches) classified
/// with two worker threads and with one. Results come in input order and are byte-identical between thread counts;
/// with standard error redirected there is no progress display, and with --quiet nothing at all.
/// </summary>
public sealed class ClassifyOrderTests : IClassFixture<ClassifyOrderTests.LargeRuns>
{
    private readonly LargeRuns fixture;

    public ClassifyOrderTests(LargeRuns fixture) => this.fixture = fixture;

    [Fact]
    public void Both_runs_give_one_result_per_record_and_exit_1_for_the_invalid_ones()
    {
        fixture.TwoThreads.ExitCode.Should().Be(1, fixture.TwoThreads.ToString());
        fixture.OneThread.ExitCode.Should().Be(1, fixture.OneThread.ToString());
        fixture.TwoThreadRecords.Should().HaveCount(LargeRuns.Count);
        fixture.OneThreadRecords.Should().HaveCount(LargeRuns.Count);
    }

    [Fact]
    public void Results_come_in_input_order_with_their_ids_and_line_numbers()
    {
        var records = fixture.TwoThreadRecords;
        var misplaced = new List<string>();
        for (int i = 0; i < LargeRuns.Count && misplaced.Count < 5; i++)
        {
            var record = records[i];
            var kind = LargeRuns.KindOf(i);
            long line = record.GetProperty("line").GetInt64();
            string? id = record.GetProperty("id").GetString();
            string status = record.GetProperty("status").GetString()!;
            bool idExpected = kind is RecordKind.Valid or RecordKind.AgeOutOfRange;
            if (line != i + 1 || status != (kind == RecordKind.Valid ? "classified" : "invalid") || (idExpected && id != LargeRuns.IdOf(i)) || (id is not null && id != LargeRuns.IdOf(i)))
            {
                misplaced.Add($"result {i}: line {line}, id {id ?? "null"}, {status}; expected line {i + 1}, id {LargeRuns.IdOf(i)}, {kind}");
            }
        }

        misplaced.Should().BeEmpty();
        records.Select(r => r.GetProperty("id").GetString()).OfType<string>().Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void The_output_is_identical_whatever_the_number_of_threads()
    {
        var two = fixture.TwoThreads.StdoutLines;
        var one = fixture.OneThread.StdoutLines;

        two.Should().HaveSameCount(one);
        int firstDifference = Enumerable.Range(0, Math.Min(two.Count, one.Count)).FirstOrDefault(i => two[i] != one[i], -1);
        firstDifference.Should().Be(-1, "line {0} differs: {1} vs {2}", firstDifference, firstDifference < 0 ? "" : two[firstDifference], firstDifference < 0 ? "" : one[firstDifference]);
    }

    [Fact]
    public void The_summary_counts_every_record()
    {
        int invalid = Enumerable.Range(0, LargeRuns.Count).Count(i => LargeRuns.KindOf(i) != RecordKind.Valid);

        fixture.TwoThreads.Stderr.Should().StartWith(string.Create(CultureInfo.InvariantCulture, $"dystonia: {LargeRuns.Count} records, {LargeRuns.Count - invalid} classified, {invalid} invalid"));
    }

    [Fact]
    public void With_standard_error_redirected_there_is_no_progress_display_only_the_summary()
    {
        var stderr = fixture.TwoThreads.Stderr;

        stderr.Should().NotContain("\r", "progress uses carriage returns, and only on a terminal");
        stderr.Should().NotContain("records/s");
        ToolRun.SplitLines(stderr).Should().ContainSingle().Which.Should().StartWith("dystonia: ");
    }

    [Fact]
    public void With_quiet_standard_error_is_empty()
    {
        fixture.OneThread.Stderr.Should().BeEmpty();
    }

    internal enum RecordKind
    {
        Valid,
        AgeOutOfRange,
        Truncated,
        UnknownProperty,
    }

    /// <summary>Generates the input and runs the tool twice: --threads 2, and --threads 1 --quiet.</summary>
    public sealed class LargeRuns : IAsyncLifetime
    {
        internal const int Count = 20_000;

        private static readonly string[] RegionSets =
        [
            "[{\"region\":\"neck\",\"onset\":true}]",
            "[{\"region\":\"neck\",\"onset\":true},{\"region\":\"upperLimb\",\"side\":\"left\"}]",
            "[{\"region\":\"upperFace\"},{\"region\":\"lowerLimb\",\"side\":\"right\"}]",
            "[{\"region\":\"upperLimb\",\"side\":\"right\"},{\"region\":\"lowerLimb\",\"side\":\"right\"}]",
            "[{\"region\":\"trunk\"},{\"region\":\"neck\"},{\"region\":\"lowerLimb\",\"side\":\"both\"}]",
        ];

        internal ToolRun TwoThreads { get; private set; } = null!;

        internal ToolRun OneThread { get; private set; } = null!;

        internal IReadOnlyList<JsonElement> TwoThreadRecords { get; private set; } = null!;

        internal IReadOnlyList<JsonElement> OneThreadRecords { get; private set; } = null!;

        internal static string IdOf(int i) => "r" + i.ToString("D5", CultureInfo.InvariantCulture);

        internal static RecordKind KindOf(int i) => (i % 10, i % 13, i % 17) switch
        {
            (3, _, _) => RecordKind.AgeOutOfRange,
            (_, 7, _) => RecordKind.Truncated,
            (_, _, 11) => RecordKind.UnknownProperty,
            _ => RecordKind.Valid,
        };

        private static string LineOf(int i)
        {
            var age = (i % 80).ToString(CultureInfo.InvariantCulture);
            var regions = RegionSets[i % RegionSets.Length];
            return KindOf(i) switch
            {
                RecordKind.AgeOutOfRange => $"{{\"id\":\"{IdOf(i)}\",\"ageAtOnset\":500,\"regions\":{regions}}}",
                RecordKind.Truncated => $"{{\"id\":\"{IdOf(i)}\",\"ageAtOnset\":{age},\"regions\":[{{\"region\":\"ne",
                RecordKind.UnknownProperty => $"{{\"id\":\"{IdOf(i)}\",\"severity\":{age},\"regions\":{regions}}}",
                _ => $"{{\"id\":\"{IdOf(i)}\",\"ageAtOnset\":{age},\"regions\":{regions},\"course\":\"{(i % 2 == 0 ? "static" : "progressive")}\"}}",
            };
        }

        public async Task InitializeAsync()
        {
            using var temp = new TempDirectory();
            var input = new StringBuilder(Count * 120);
            for (int i = 0; i < Count; i++)
            {
                input.Append(LineOf(i)).Append('\n');
            }

            var path = temp.Write("large.jsonl", input.ToString());
            TwoThreads = await DystoniaTool.RunAsync("classify", path, "--threads", "2", "--no-reasoning");
            OneThread = await DystoniaTool.RunAsync("classify", path, "--threads", "1", "--no-reasoning", "--quiet");
            TwoThreadRecords = TwoThreads.Records;
            OneThreadRecords = OneThread.Records;
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
