using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary><c>dystonia summary</c>: the tidy tables a paper needs, and what each documented option variant changes.</summary>
public sealed class SummaryCommandTests
{
    private static (string[] Header, List<Dictionary<string, string>> Rows) Table(string directory, string name) =>
        Csv.ParseTable(File.ReadAllText(Path.Combine(directory, name)));

    [Fact]
    public async Task The_tables_count_what_classify_writes()
    {
        using var temp = new TempDirectory();
        var classify = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");

        var run = await DystoniaTool.RunAsync("summary", Samples.CohortJsonLines, "-o", temp.Path, "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().BeEmpty();
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo(
            "labels.csv", "etiology-by-distribution.csv", "age-at-onset-by-distribution.csv", "missing-findings.csv", "rules.csv", "workup.csv", "summary.meta.json");
        var labels = Table(temp.Path, "labels.csv");
        labels.Header.Should().Equal("axis", "label", "count", "share");
        foreach (var group in classify.Records.GroupBy(r => r.GetProperty("distribution").GetString()!))
        {
            var row = labels.Rows.Single(r => r["axis"] == "distribution" && r["label"] == group.Key);
            row["count"].Should().Be(group.Count().ToString(CultureInfo.InvariantCulture));
            row["share"].Should().Be(Math.Round(group.Count() / 36.0, 4).ToString("0.####", CultureInfo.InvariantCulture));
        }

        var crossed = Table(temp.Path, "etiology-by-distribution.csv").Rows;
        crossed.Sum(r => int.Parse(r["count"], CultureInfo.InvariantCulture)).Should().Be(36);
        var workup = Table(temp.Path, "workup.csv").Rows;
        workup.Single(r => r["ruleId"] == "WORKUP-EMG")["count"].Should().Be(
            classify.Records.Count(r => r.GetProperty("suggestedWorkup").EnumerateArray().Any(w => w.GetProperty("ruleId").GetString() == "WORKUP-EMG")).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Age_at_onset_by_distribution_gives_the_median_and_quartiles_as_r_and_numpy_compute_them()
    {
        using var temp = new TempDirectory();
        var classify = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");
        var ages = Samples.CohortLines.Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("ageAtOnset", out var age) ? age.GetDouble() : (double?)null;
        }).ToList();

        await DystoniaTool.RunAsync("summary", Samples.CohortJsonLines, "-o", temp.Path, "-q");

        var focal = ages.Where((age, i) => age is not null && classify.Records[i].GetProperty("distribution").GetString() == "focal").Select(a => a!.Value).Order().ToList();
        var row = Table(temp.Path, "age-at-onset-by-distribution.csv").Rows.Single(r => r["distribution"] == "focal");
        row["withAge"].Should().Be(focal.Count.ToString(CultureInfo.InvariantCulture));
        double.Parse(row["median"], CultureInfo.InvariantCulture).Should().BeApproximately(Type7(focal, 0.5), 0.005);
        double.Parse(row["q1"], CultureInfo.InvariantCulture).Should().BeApproximately(Type7(focal, 0.25), 0.005);
        double.Parse(row["q3"], CultureInfo.InvariantCulture).Should().BeApproximately(Type7(focal, 0.75), 0.005);
    }

    [Fact]
    public async Task Sensitivity_lists_each_variant_and_the_records_it_moves_by_line_with_ids_only_in_the_file()
    {
        using var temp = new TempDirectory();

        var run = await DystoniaTool.RunAsync("summary", Samples.CohortJsonLines, "-o", temp.Path, "--sensitivity", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().Contain("with --three-or-more-contiguous multifocal, 2 records change at least one label");
        run.Stderr.Should().NotContain("c-0", "no id on standard error");
        var changes = Table(temp.Path, "sensitivity-changes.csv").Rows.Where(r => r["variant"] == "--three-or-more-contiguous multifocal").ToList();
        changes.Should().OnlyContain(r => r["axis"] == "distribution" && r["label"] == "segmental" && r["variantLabel"] == "multifocal");
        changes.Select(r => r["line"]).Should().HaveCount(2);
        changes.Should().OnlyContain(r => r["id"].StartsWith("c-", StringComparison.Ordinal));
        var counts = Table(temp.Path, "sensitivity.csv").Rows.Where(r => r["variant"] == "--three-or-more-contiguous multifocal" && r["axis"] == "distribution").ToList();
        counts.Single(r => r["label"] == "segmental")["difference"].Should().Be("-2");
        counts.Single(r => r["label"] == "multifocal")["difference"].Should().Be("2");
        Table(temp.Path, "sensitivity.csv").Rows.Select(r => r["variant"]).Distinct().Should().HaveCount(4);
    }

    [Fact]
    public async Task Excel_flavour_writes_a_byte_order_mark_semicolons_and_decimal_commas()
    {
        using var temp = new TempDirectory();

        var run = await DystoniaTool.RunAsync("summary", Samples.CohortCsv, "-o", temp.Path, "--excel", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        var bytes = File.ReadAllBytes(Path.Combine(temp.Path, "labels.csv"));
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = File.ReadAllLines(Path.Combine(temp.Path, "labels.csv"));
        lines[0].TrimStart('\uFEFF').Should().Be("axis;label;count;share");
        lines.Should().Contain("distribution;focal;12;0,3333");
    }

    private static double Type7(List<double> sorted, double p)
    {
        double h = (sorted.Count - 1) * p;
        int below = (int)Math.Floor(h);
        return sorted[below] + ((h - below) * (sorted[Math.Min(below + 1, sorted.Count - 1)] - sorted[below]));
    }
}
