using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// End to end: <c>dystonia classify</c> run through its entry point on the sample cohort in every input layout, with
/// JSON Lines and CSV output, to a file, and with and without reasoning.
/// </summary>
public sealed class ClassifyCommandTests
{
    private static readonly string[] Distributions = ["focal", "segmental", "multifocal", "hemidystonia", "generalized"];
    private static readonly string[] Etiologies = ["primary", "secondary", "undetermined"];

    private static string Label(JsonElement record, string field) => record.GetProperty(field).GetString()!;

    private static bool Has(JsonElement element, string property) => element.TryGetProperty(property, out _);

    [Fact]
    public async Task Json_lines_file_gives_one_result_per_record_in_input_order_with_line_numbers_and_exit_0()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines);

        run.ExitCode.Should().Be(0, run.ToString());
        var records = run.Records;
        records.Select(r => r.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
        records.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(Enumerable.Range(1, Samples.CohortIds.Count).Select(i => (long)i));
        records.Should().OnlyContain(r => Label(r, "status") == "classified");
        run.Stdout.Should().NotStartWith("\uFEFF", "the output has no byte-order mark").And.NotContain("\r", "JSON Lines output uses LF line ends");
    }

    [Fact]
    public async Task The_sample_cohort_gets_every_distribution_and_every_etiology_and_the_summary_on_stderr_counts_them()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning");

        run.ExitCode.Should().Be(0, run.ToString());
        var records = run.Records;
        records.Select(r => Label(r, "distribution")).Distinct().Should().BeEquivalentTo(Distributions);
        records.Select(r => Label(r, "etiology")).Distinct().Should().BeEquivalentTo(Etiologies);

        var summary = run.Stderr.Trim();
        summary.Should().StartWith("dystonia: 36 records, 36 classified, 0 invalid");
        summary.Split('\n').Should().ContainSingle("the summary is one line");
        foreach (var label in Distributions)
        {
            summary.Should().Contain($" {label} {records.Count(r => Label(r, "distribution") == label)}");
        }

        foreach (var label in Etiologies)
        {
            summary.Should().Contain($" {label} {records.Count(r => Label(r, "etiology") == label)}");
        }

        run.Stdout.Should().NotContain("dystonia:", "the summary goes to standard error only");
    }

    [Fact]
    public async Task Json_array_input_gives_the_same_labels_per_id_as_json_lines()
    {
        using var temp = new TempDirectory();
        var array = temp.Write("cohort.json", Samples.CohortAsJsonArray);

        var fromLines = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");
        var fromArray = await DystoniaTool.RunAsync("classify", array, "--no-reasoning", "-q");

        fromArray.ExitCode.Should().Be(0, fromArray.ToString());
        fromArray.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
        fromArray.Records.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(Enumerable.Range(2, Samples.CohortIds.Count).Select(i => (long)i), "element i starts on line i + 1 of the array file");
        Samples.LabelsById(fromArray.Records).Should().Equal(Samples.LabelsById(fromLines.Records));
    }

    [Fact]
    public async Task Csv_input_gives_the_same_labels_per_id_as_json_lines()
    {
        var fromLines = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");
        var fromCsv = await DystoniaTool.RunAsync("classify", Samples.CohortCsv, "--no-reasoning", "-q");

        fromCsv.ExitCode.Should().Be(0, fromCsv.ToString());
        fromCsv.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
        fromCsv.Records.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(Enumerable.Range(2, Samples.CohortIds.Count).Select(i => (long)i), "row i is on line i + 1, after the header");
        Samples.LabelsById(fromCsv.Records).Should().Equal(Samples.LabelsById(fromLines.Records));
    }

    [Theory]
    [InlineData("jsonl", "cohort.txt")]
    [InlineData("json", "cohort.data")]
    [InlineData("csv", "cohort.txt")]
    [InlineData("jsonl", "cohort.json")]
    public async Task The_input_format_option_overrides_the_file_extension(string inputFormat, string fileName)
    {
        using var temp = new TempDirectory();
        var content = inputFormat switch
        {
            "jsonl" => File.ReadAllText(Samples.CohortJsonLines),
            "json" => Samples.CohortAsJsonArray,
            _ => File.ReadAllText(Samples.CohortCsv),
        };
        var path = temp.Write(fileName, content);

        var run = await DystoniaTool.RunAsync("classify", path, "--input-format", inputFormat, "--no-reasoning", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
    }

    [Fact]
    public async Task Without_the_override_a_json_lines_file_named_json_is_read_as_an_array_and_refused()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("cohort.json", File.ReadAllText(Samples.CohortJsonLines));

        var run = await DystoniaTool.RunAsync("classify", path, "-q");

        run.ExitCode.Should().Be(3, run.ToString());
        run.Stderr.Should().Contain("not a JSON array");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("json-with-bom-and-blank-lines")]
    public async Task Standard_input_is_read_with_dash_and_its_format_is_recognised_from_the_content(string layout)
    {
        var input = layout switch
        {
            "jsonl" => File.ReadAllText(Samples.CohortJsonLines),
            "json" => Samples.CohortAsJsonArray,
            "csv" => File.ReadAllText(Samples.CohortCsv),
            _ => "\uFEFF\r\n\r\n   " + Samples.CohortAsJsonArray,
        };

        var fromStdin = await DystoniaTool.RunWithInputAsync(input, "classify", "-", "--no-reasoning");
        var fromFile = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");

        fromStdin.ExitCode.Should().Be(0, fromStdin.ToString());
        fromStdin.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
        Samples.LabelsById(fromStdin.Records).Should().Equal(Samples.LabelsById(fromFile.Records));
        fromStdin.Stderr.Should().StartWith("dystonia: 36 records, 36 classified, 0 invalid");
    }

    [Fact]
    public async Task Standard_input_with_many_blank_lines_before_the_first_record_is_still_recognised()
    {
        var input = new string('\n', 70) + File.ReadAllText(Samples.CohortJsonLines);

        var run = await DystoniaTool.RunWithInputAsync(input, "classify", "-", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Select(r => r.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
        run.Records[0].GetProperty("line").GetInt64().Should().Be(71);
    }

    [Fact]
    public async Task Csv_output_has_a_header_and_one_parsable_row_per_record_with_invalid_rows_marked_and_their_errors()
    {
        using var temp = new TempDirectory();
        var lines = Samples.CohortLines.Take(3)
            .Append("{\"id\":\"bad-1\",\"regions\":[{\"region\":\"upperLimb\"}]}")
            .Append("{\"id\":\"bad-2\",\"regions\":[{\"region\":\"Neck\"}]}")
            .Concat(Samples.CohortLines.Skip(3).Take(2));
        var path = temp.Write("mixed.jsonl", string.Join("\n", lines) + "\n");

        var run = await DystoniaTool.RunAsync("classify", path, "--format", "csv");

        run.ExitCode.Should().Be(1, run.ToString());
        var (header, rows) = Csv.ParseTable(run.Stdout);
        header.Should().StartWith(["line", "id", "status", "distribution"]);
        header.Should().Contain(["etiology", "errors", "reasoning"]);
        rows.Select(r => r["line"]).Should().Equal("1", "2", "3", "4", "5", "6", "7");
        rows.Select(r => r["status"]).Should().Equal("classified", "classified", "classified", "invalid", "invalid", "classified", "classified");
        rows[0]["id"].Should().Be("c-001");
        rows[0]["distribution"].Should().Be("focal");
        rows[0]["etiology"].Should().Be("primary");
        rows[0]["errors"].Should().BeEmpty();
        rows[0]["reasoning"].Should().Contain("DIST-FOCAL");
        rows[3]["id"].Should().Be("bad-1");
        rows[3]["distribution"].Should().BeEmpty("an invalid record has no labels");
        rows[3]["errors"].Should().Contain("regions[0].side").And.Contain("LimbSideRequired");
        rows[4]["errors"].Should().Contain("regions[0].region").And.Contain("UnknownRegion");
        rows[5]["id"].Should().Be("c-004");
    }

    [Fact]
    public async Task Csv_output_labels_match_the_json_lines_output()
    {
        var csv = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--format", "csv", "--no-reasoning", "-q");
        var jsonl = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");

        csv.ExitCode.Should().Be(0, csv.ToString());
        var (header, rows) = Csv.ParseTable(csv.Stdout);
        header.Should().NotContain("reasoning", "--no-reasoning leaves out the reasoning column");
        rows.Select(r => r["id"]).Should().Equal(Samples.CohortIds);
        rows.Select(r => r["distribution"]).Should().Equal(jsonl.Records.Select(r => Label(r, "distribution")));
        rows.Select(r => r["etiology"]).Should().Equal(jsonl.Records.Select(r => Label(r, "etiology")));
        rows.Select(r => r["heritability"]).Should().Equal(jsonl.Records.Select(r => Label(r, "heritability")));
        rows.Should().OnlyContain(r => r["status"] == "classified" && r["errors"].Length == 0);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public async Task The_output_option_writes_the_results_to_the_file_and_nothing_to_standard_output(string format)
    {
        using var temp = new TempDirectory();
        var output = temp.File("results." + format);

        var toFile = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--format", format, "--output", output);
        var toStdout = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--format", format, "-q");

        toFile.ExitCode.Should().Be(0, toFile.ToString());
        toFile.Stdout.Should().BeEmpty();
        toFile.Stderr.Should().StartWith("dystonia: 36 records", "the summary still goes to standard error");
        File.Exists(output).Should().BeTrue();
        File.ReadAllText(output, Encoding.UTF8).Should().Be(toStdout.Stdout, "the file holds exactly what standard output would");
    }

    [Fact]
    public async Task The_short_output_option_overwrites_an_existing_file()
    {
        using var temp = new TempDirectory();
        var output = temp.Write("results.jsonl", new string('x', 100_000));

        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-o", output, "--no-reasoning", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        ToolRun.ParseJsonLines(File.ReadAllText(output)).Select(r => r.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
    }

    [Fact]
    public async Task By_default_every_result_carries_its_reasoning_with_rule_ids_texts_and_sources()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        foreach (var record in run.Records)
        {
            var reasoning = record.GetProperty("reasoning");
            reasoning.GetArrayLength().Should().BePositive();
            foreach (var step in reasoning.EnumerateArray())
            {
                step.GetProperty("ruleId").GetString().Should().NotBeNullOrWhiteSpace();
                step.GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
                step.GetProperty("sources").ValueKind.Should().Be(JsonValueKind.Array);
            }

            foreach (var workup in record.GetProperty("suggestedWorkup").EnumerateArray())
            {
                workup.GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            }
        }

        var hemidystonia = run.Records.Single(r => r.GetProperty("id").GetString() == "c-020");
        hemidystonia.GetProperty("reasoning").EnumerateArray().Select(s => s.GetProperty("ruleId").GetString()).Should().Contain("DIST-HEMIDYSTONIA");
    }

    [Fact]
    public async Task No_reasoning_leaves_out_the_reasoning_and_every_text_but_keeps_labels_and_rule_ids()
    {
        var lean = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");
        var full = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-q");

        lean.ExitCode.Should().Be(0, lean.ToString());
        lean.Records.Should().OnlyContain(r => !Has(r, "reasoning"));
        var items = lean.Records.SelectMany(r => r.GetProperty("suggestedWorkup").EnumerateArray().Concat(r.GetProperty("missingFindings").EnumerateArray())).ToList();
        items.Should().NotBeEmpty();
        items.Should().OnlyContain(item => !Has(item, "text"), "--no-reasoning leaves out the texts of workup and missing findings");
        lean.Stdout.Length.Should().BeLessThan(full.Stdout.Length / 2, "the lean output is much smaller");

        Samples.LabelsById(lean.Records).Should().Equal(Samples.LabelsById(full.Records));
        lean.Records.Select(WorkupRuleIds).Should().Equal(full.Records.Select(WorkupRuleIds), "the workup rule ids stay");
        lean.Records.Select(r => r.GetProperty("missingFindings").GetArrayLength()).Should().Equal(full.Records.Select(r => r.GetProperty("missingFindings").GetArrayLength()));
    }

    private static string WorkupRuleIds(JsonElement record) =>
        string.Join(",", record.GetProperty("suggestedWorkup").EnumerateArray().Select(w => w.GetProperty("ruleId").GetString()));

    [Fact]
    public async Task Classify_in_latvian_writes_latvian_texts_and_the_same_labels_rule_ids_and_evidence()
    {
        var english = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-q");
        var latvian = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-q", "--language", "lv");

        latvian.ExitCode.Should().Be(0, latvian.ToString());
        latvian.Records.Should().OnlyContain(r => Label(r, "language") == "lv");
        english.Records.Should().OnlyContain(r => Label(r, "language") == "en");
        latvian.Records.Select(r => Label(r, "distribution") + Label(r, "etiology") + Label(r, "heritability"))
            .Should().Equal(english.Records.Select(r => Label(r, "distribution") + Label(r, "etiology") + Label(r, "heritability")));
        static IEnumerable<string> Steps(JsonElement r) => r.GetProperty("reasoning").EnumerateArray()
            .Select(s => Label(s, "ruleId") + "/" + Label(s, "conclusion") + "/" + s.GetProperty("evidence").GetRawText());
        latvian.Records.SelectMany(Steps).Should().Equal(english.Records.SelectMany(Steps));

        var focal = latvian.Records.First(r => Label(r, "distribution") == "focal");
        Label(focal.GetProperty("reasoning")[0], "text").Should().StartWith("Skarta tikai viena ķermeņa daļa").And.Contain("fokāla distonija");
    }

    [Fact]
    public async Task Without_reasoning_the_output_is_byte_identical_in_every_language()
    {
        var english = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-q", "--no-reasoning");
        var latvian = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-q", "--no-reasoning", "--language", "lv");

        latvian.ExitCode.Should().Be(0, latvian.ToString());
        latvian.Stdout.Should().Be(english.Stdout);
    }
}
