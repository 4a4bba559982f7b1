using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Faults;

/// <summary>
/// What the output echoes is bounded and safe to open: ids and error lists of invalid records are cut, CSV cells that a
/// spreadsheet would run as formulas are neutralised, and the thread count is capped at the cores.
/// </summary>
public sealed class OutputHygieneTests
{
    [Fact]
    public async Task An_invalid_id_is_echoed_cut_to_200_characters_and_marked()
    {
        var run = await DystoniaTool.RunWithInputAsync("{\"id\":\"" + new string('z', 100_000) + "\",\"regions\":[{\"region\":\"neck\"}]}\n", "classify", "-", "-q");

        run.ExitCode.Should().Be(ExitCodes.SomeRecordsInvalid, run.ToString());
        var id = run.Records.Single().GetProperty("id").GetString()!;
        id.Should().Be(new string('z', 200) + "\u2026");
        run.Stdout.Length.Should().BeLessThan(2000);
    }

    [Fact]
    public async Task A_record_with_thousands_of_errors_lists_100_and_counts_the_rest()
    {
        var properties = string.Concat(Enumerable.Range(1, 5000).Select(i => ",\"unknown" + i + "\":1"));
        var run = await DystoniaTool.RunWithInputAsync("{\"regions\":[{\"region\":\"neck\"}]" + properties + "}\n", "classify", "-", "-q");

        run.ExitCode.Should().Be(ExitCodes.SomeRecordsInvalid, run.ToString());
        var errors = run.Records.Single().GetProperty("errors").EnumerateArray().ToList();
        errors.Should().HaveCount(101);
        errors[^1].GetProperty("code").GetString().Should().Be("MoreErrors");
        errors[^1].GetProperty("message").GetString().Should().StartWith("4900 more errors");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\",\"x\")")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public async Task Csv_output_neutralises_cells_a_spreadsheet_would_run_as_formulas(string id)
    {
        var json = "{\"id\":" + System.Text.Json.JsonSerializer.Serialize(id) + ",\"regions\":[{\"region\":\"neck\"}]}\n";

        var run = await DystoniaTool.RunWithInputAsync(json, "classify", "-", "--format", "csv", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        var row = Csv.Parse(run.Stdout)[1];
        row[1].Should().Be("'" + id);
    }

    [Fact]
    public async Task Ordinary_csv_output_is_unchanged_by_the_neutralisation()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--format", "csv", "-q");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stdout.Should().NotContain(",'");
    }

    [Fact]
    public async Task A_thread_count_beyond_the_cores_is_capped_and_gives_the_same_output()
    {
        var capped = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--threads", "256", "-q");
        var one = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--threads", "1", "-q");

        capped.ExitCode.Should().Be(ExitCodes.Success, capped.ToString());
        capped.Stdout.Should().Be(one.Stdout);
    }
}
