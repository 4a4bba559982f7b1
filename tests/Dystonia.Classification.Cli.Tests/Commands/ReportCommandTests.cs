using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using System.Xml.Linq;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>End to end: <c>dystonia report</c> turns a cohort file into one HTML report whose numbers match <c>classify</c>.</summary>
public sealed class ReportCommandTests
{
    private static readonly string[] DistributionValues = ["focal", "segmental", "multifocal", "hemidystonia", "generalized"];
    private static readonly string[] EtiologyValues = ["primary", "secondary", "undetermined"];

    private static XElement Parse(string html) => XElement.Parse(html["<!DOCTYPE html>\n".Length..]);

    private static Dictionary<string, long> Counts(XElement page, string section) =>
        page.Descendants("section").Single(s => (string?)s.Attribute("id") == section)
            .Element("table")!.Element("tbody")!.Elements("tr")
            .ToDictionary(r => (string)r.Attribute("data-value")!, r => long.Parse(r.Elements("td").First().Value, CultureInfo.InvariantCulture));

    [Fact]
    public async Task The_report_of_the_sample_cohort_counts_the_same_labels_as_classify()
    {
        using var temp = new TempDirectory();
        var output = temp.File("report.html");

        var run = await DystoniaTool.RunAsync("report", Samples.CohortJsonLines, "--output", output);
        var classify = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("36 records (36 classified, 0 invalid)");
        var page = Parse(File.ReadAllText(output));
        var results = classify.Records;
        results.Should().HaveCount(36);
        Counts(page, "distribution").Should().BeEquivalentTo(
            DistributionValues.ToDictionary(d => d, d => (long)results.Count(r => r.GetProperty("distribution").GetString() == d)));
        Counts(page, "etiology").Should().BeEquivalentTo(
            EtiologyValues.ToDictionary(e => e, e => (long)results.Count(r => r.GetProperty("etiology").GetString() == e)));
        page.Descendants("section").Single(s => (string?)s.Attribute("id") == "invalid-records").Value.Should().Contain("No invalid records.");
    }

    [Fact]
    public async Task Csv_and_json_lines_inputs_of_the_same_cohort_give_the_same_counts()
    {
        using var temp = new TempDirectory();

        var jsonl = await DystoniaTool.RunAsync("report", Samples.CohortJsonLines, "-o", temp.File("a.html"));
        var csv = await DystoniaTool.RunAsync("report", Samples.CohortCsv, "-o", temp.File("b.html"));

        csv.ExitCode.Should().Be(0, csv.ToString());
        var a = Parse(File.ReadAllText(temp.File("a.html")));
        var b = Parse(File.ReadAllText(temp.File("b.html")));
        foreach (var section in new[] { "distribution", "etiology", "onset-regions" })
        {
            Counts(b, section).Should().Equal(Counts(a, section), section);
        }
    }

    [Fact]
    public async Task Invalid_records_are_listed_with_their_line_numbers_and_the_exit_code_says_some_were_invalid()
    {
        using var temp = new TempDirectory();
        var lines = Samples.CohortLines.ToList();
        lines.Insert(3, "{\"id\":\"mrn-555\",\"regions\":[{\"region\":\"upperLimb\"}],\"ageAtOnset\":987}");
        lines.Insert(5, "{\"regions\": [");
        var input = temp.Write("cohort.jsonl", string.Join("\n", lines) + "\n");
        var output = temp.File("report.html");

        var run = await DystoniaTool.RunAsync("report", input, "-o", output);

        run.ExitCode.Should().Be(1, run.ToString());
        var html = File.ReadAllText(output);
        var rows = Parse(html).Descendants("section").Single(s => (string?)s.Attribute("id") == "invalid-records")
            .Descendants("tbody").Single().Elements("tr").Select(r => string.Join(" | ", r.Elements("td").Select(td => td.Value))).ToList();
        rows.Should().Equal("4 | LimbSideRequired | regions[0].side", "4 | AgeOutOfRange | ageAtOnset", "6 | MalformedInput | regions[0]");
        html.Should().NotContain("987").And.NotContain("mrn-555");
        run.Stderr.Should().Contain("38 records (36 classified, 2 invalid)").And.NotContain("mrn-555");
    }

    [Fact]
    public async Task Language_and_date_options_set_the_texts_and_the_printed_date_and_the_output_is_otherwise_the_same_every_run()
    {
        using var temp = new TempDirectory();

        var first = await DystoniaTool.RunAsync("report", Samples.CohortJsonLines, "--language", "lv", "--date", "2026-03-01");
        var second = await DystoniaTool.RunAsync("report", Samples.CohortJsonLines, "--language", "lv", "--date", "2026-03-01");

        first.ExitCode.Should().Be(0, first.ToString());
        first.Stdout.Should().Be(second.Stdout);
        var page = Parse(first.Stdout);
        ((string?)page.Attribute("lang")).Should().Be("lv");
        page.Descendants("h1").Single().Value.Should().Be("Distonijas kohortas pārskats");
        first.Stdout.Should().Contain("<td>2026-03-01</td>");
    }

    [Theory]
    [InlineData("--date", "01.03.2026")]
    [InlineData("--language", "de")]
    [InlineData("--threads", "0")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        var run = await DystoniaTool.RunAsync("report", Samples.CohortJsonLines, option, value);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task Input_that_cannot_be_split_into_records_writes_no_report()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("broken.json", "[" + Samples.CohortLines[0] + ",");
        var output = temp.File("report.html");

        var run = await DystoniaTool.RunAsync("report", input, "-o", output);

        run.ExitCode.Should().Be(3, run.ToString());
        File.Exists(output).Should().BeFalse();
        run.Stderr.Should().Contain("No report was written");
    }
}
