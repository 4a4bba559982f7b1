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
}
