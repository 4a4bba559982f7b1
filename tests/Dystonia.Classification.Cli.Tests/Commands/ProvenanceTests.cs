using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>Every output says how it was made (issue 17): the provenance file beside it, and duplicate ids counted, never named.</summary>
public sealed class ProvenanceTests
{
    private const string Secret = "SECRET-PATIENT-11";

    [Fact]
    public async Task An_output_file_gets_a_meta_file_with_the_tool_rule_set_every_option_the_inputs_sha256_and_the_counts()
    {
        using var temp = new TempDirectory();
        var output = temp.File("results.csv");

        var run = await DystoniaTool.RunAsync("classify", Samples.CohortCsv, "--format", "csv", "--three-or-more-contiguous", "multifocal", "-o", output, "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadLines(output).First().Should().StartWith("line,id,status", "the CSV stays a plain table that pandas and R read as it is");
        using var meta = JsonDocument.Parse(File.ReadAllText(output + ".meta.json"));
        var root = meta.RootElement;
        root.GetProperty("tool").GetProperty("name").GetString().Should().Be("dystonia");
        root.GetProperty("tool").GetProperty("version").GetString().Should().NotBeNullOrEmpty();
        root.GetProperty("ruleSet").GetProperty("name").GetString().Should().Be("Albanese2013");
        var options = root.GetProperty("options");
        options.GetProperty("--three-or-more-contiguous").GetString().Should().Be("multifocal");
        options.GetProperty("--cranial-contiguity").GetString().Should().Be("wholesegment", "defaults are recorded too");
        options.GetProperty("--age-forty-late").GetBoolean().Should().BeFalse();
        options.GetProperty("--format").GetString().Should().Be("csv");
        var input = root.GetProperty("input");
        input.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Samples.CohortCsv))));
        input.GetProperty("format").GetString().Should().Be("csv");
        input.GetProperty("delimiter").GetString().Should().Be(",");
        var records = root.GetProperty("records");
        records.GetProperty("total").GetInt64().Should().Be(Samples.CohortIds.Count);
        records.GetProperty("invalid").GetInt64().Should().Be(0);
        records.GetProperty("duplicateIds").GetInt64().Should().Be(0);
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("report")]
    public async Task A_device_as_output_is_written_and_gets_no_meta_file_beside_it(string command)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // "-o /dev/null" is how a benchmark or a dry run discards the output; /dev/null.meta.json cannot be created.
        var run = await DystoniaTool.RunAsync(command, Samples.CohortJsonLines, "-o", "/dev/null", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().BeEmpty();
        File.Exists("/dev/null.meta.json").Should().BeFalse();
    }

    [Fact]
    public async Task Standard_output_gets_its_meta_file_where_meta_says_and_none_without_it()
    {
        using var temp = new TempDirectory();
        var metaPath = temp.File("run.meta.json");

        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--meta", metaPath, "-q");

        run.ExitCode.Should().Be(0);
        run.Records.Should().HaveCount(Samples.CohortIds.Count);
        using var meta = JsonDocument.Parse(File.ReadAllText(metaPath));
        meta.RootElement.GetProperty("output").ValueKind.Should().Be(JsonValueKind.Null);
        meta.RootElement.GetProperty("input").GetProperty("format").GetString().Should().Be("jsonl");
    }

    [Fact]
    public async Task Duplicate_ids_are_counted_on_standard_error_and_in_the_meta_file_without_naming_them()
    {
        using var temp = new TempDirectory();
        var output = temp.File("out.jsonl");
        var lines = string.Join("\n", Enumerable.Range(0, 5000).Select(i => "{\"id\":\"" + Secret + "-" + (i % 4000) + "\",\"regions\":[{\"region\":\"neck\"}]}")) + "\n";
        var input = temp.Write("in.jsonl", lines);

        var run = await DystoniaTool.RunAsync("classify", input, "-o", output, "--no-reasoning");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().Contain("1000 records repeat the id of an earlier record").And.NotContain(Secret);
        using var meta = JsonDocument.Parse(File.ReadAllText(output + ".meta.json"));
        meta.RootElement.GetProperty("records").GetProperty("duplicateIds").GetInt64().Should().Be(1000);
        File.ReadAllText(output + ".meta.json").Should().NotContain(Secret);
    }

    [Fact]
    public async Task Lean_output_keeps_the_rule_that_decided_each_axis_in_both_formats()
    {
        var full = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-q");
        var lean = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");
        var table = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "--format", "csv", "-q");

        var rows = Csv.ParseTable(table.Stdout).Rows;
        for (int i = 0; i < full.Records.Count; i++)
        {
            var applied = full.Records[i].GetProperty("reasoning").EnumerateArray()
                .Where(s => s.GetProperty("outcome").GetString() == "applied")
                .Select(s => s.GetProperty("axis").GetString() + ":" + s.GetProperty("ruleId").GetString()).ToList();
            applied.Should().HaveCount(9, "one rule decides each of the nine label axes");
            lean.Records[i].GetProperty("decidedBy").EnumerateObject().Select(p => p.Name + ":" + p.Value.GetString()).Should().Equal(applied);
            rows[i]["decidedBy"].Should().Be(string.Join(';', applied));
        }
    }

    [Fact]
    public async Task A_batch_job_log_gets_plain_progress_lines_with_the_share_read_and_the_time_left_and_a_short_run_none()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("in.jsonl", string.Concat(Enumerable.Range(0, 600).SelectMany(copy =>
            Samples.CohortLines.Select(line => line.Replace("\"id\":\"", "\"id\":\"r" + copy.ToString(CultureInfo.InvariantCulture) + "-", StringComparison.Ordinal) + "\n"))));

        var logged = await DystoniaTool.RunAsync("classify", input, "-o", temp.File("out.jsonl"), "--progress-every", "0.001", "-q");
        var quiet = await DystoniaTool.RunAsync("classify", input, "-o", temp.File("out2.jsonl"), "-q");

        logged.ExitCode.Should().Be(0, logged.ToString());
        var lines = ToolRun.SplitLines(logged.Stderr);
        lines.Should().NotBeEmpty().And.OnlyContain(line => line.StartsWith("dystonia: progress: ", StringComparison.Ordinal) && line.Contains("% of the input read, about ") && line.EndsWith(" left.", StringComparison.Ordinal));
        logged.Stderr.Should().NotContain("c-0");
        quiet.Stderr.Should().BeEmpty("a run shorter than the default 30 s writes no progress line");
    }

    [Fact]
    public async Task Shards_keep_their_input_lines_and_together_are_the_whole_run()
    {
        var whole = await DystoniaTool.RunAsync("classify", Samples.CohortCsv, "--no-reasoning", "-q");
        var shards = new List<string>();
        for (int i = 1; i <= 3; i++)
        {
            var shard = await DystoniaTool.RunAsync("classify", Samples.CohortCsv, "--no-reasoning", "-q", "--shard", i.ToString(CultureInfo.InvariantCulture) + "/3");
            shard.ExitCode.Should().Be(0, shard.ToString());
            shard.StdoutLines.Should().HaveCount(12);
            shards.AddRange(shard.StdoutLines);
        }

        var combined = shards.OrderBy(line => JsonDocument.Parse(line).RootElement.GetProperty("line").GetInt64()).ToList();
        combined.Should().Equal(whole.StdoutLines);
        (await DystoniaTool.RunAsync("classify", Samples.CohortCsv, "--shard", "4/3")).ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task A_report_gets_its_meta_file_beside_it_and_the_page_stays_the_same()
    {
        using var temp = new TempDirectory();
        var output = temp.File("report.html");

        var run = await DystoniaTool.RunAsync("report", Samples.CohortJsonLines, "-o", output, "--hemidystonia-requires-face", "-q");
        var page = await DystoniaTool.RunAsync("report", Samples.CohortJsonLines, "--hemidystonia-requires-face", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(output).Should().Be(page.Stdout);
        using var meta = JsonDocument.Parse(File.ReadAllText(output + ".meta.json"));
        meta.RootElement.GetProperty("tool").GetProperty("command").GetString().Should().Be("report");
        meta.RootElement.GetProperty("options").GetProperty("--hemidystonia-requires-face").GetBoolean().Should().BeTrue();
        meta.RootElement.GetProperty("input").GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Samples.CohortJsonLines))));
        meta.RootElement.GetProperty("records").GetProperty("total").GetInt64().Should().Be(Samples.CohortIds.Count);
    }

    [Fact]
    public async Task A_meta_file_named_as_the_input_is_refused_and_the_input_left_as_it_was()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("in.jsonl", string.Join("\n", Samples.CohortLines) + "\n");
        var before = File.ReadAllBytes(input);

        var run = await DystoniaTool.RunAsync("classify", input, "--meta", input, "-q");

        run.ExitCode.Should().Be(2, run.ToString());
        File.ReadAllBytes(input).Should().Equal(before);
    }
}
