using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Faults;

/// <summary>
/// The tool never writes over what it was given, and never leaves a file that looks complete when it is not: an output
/// that is the input is refused before anything is read, a file is written beside its target and renamed into place
/// only when the run succeeds, and a run that fails leaves the target as it was.
/// </summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public async Task Report_with_its_input_as_output_is_refused_and_the_cohort_kept()
    {
        using var temp = new TempDirectory();
        var cohort = Faults.Cohort(10);
        var path = temp.Write("cohort.jsonl", cohort);

        var run = await DystoniaTool.RunAsync(["report", "cohort.jsonl", "-o", "cohort.jsonl"], stdin: null, workingDirectory: temp.Path);

        run.ExitCode.Should().Be(ExitCodes.Usage, run.ToString());
        Faults.ShouldBeAPlainMessage(run.Stderr, "'cohort.jsonl' is the input");
        File.ReadAllBytes(path).Should().Equal(cohort);
    }

    [Fact]
    public async Task Explain_with_the_presentation_as_the_body_map_is_refused_and_the_presentation_kept()
    {
        using var temp = new TempDirectory();
        var presentation = Encoding.UTF8.GetBytes("{\"regions\":[{\"region\":\"neck\"}]}");
        var path = temp.Write("p.json", presentation);

        var run = await DystoniaTool.RunAsync(["explain", "p.json", "--svg", "p.json"], stdin: null, workingDirectory: temp.Path);

        run.ExitCode.Should().Be(ExitCodes.Usage, run.ToString());
        run.Stdout.Should().BeEmpty();
        File.ReadAllBytes(path).Should().Equal(presentation);
    }

    [Theory]
    [InlineData("same")]
    [InlineData("symbolic")]
    [InlineData("hard")]
    public async Task Classify_refuses_an_output_that_is_its_input_by_path_or_link(string how)
    {
        using var temp = new TempDirectory();
        var cohort = Faults.Cohort(10);
        var path = temp.Write("cohort.jsonl", cohort);
        var output = how switch
        {
            "symbolic" => File.CreateSymbolicLink(temp.File("link.jsonl"), path).FullName,
            "hard" => HardLink(path, temp.File("hard.jsonl")),
            _ => path,
        };

        var run = await DystoniaTool.RunAsync("classify", path, "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Usage, run.ToString());
        File.ReadAllBytes(path).Should().Equal(cohort);
    }

    [Fact]
    public async Task A_bad_csv_header_leaves_an_existing_results_file_as_it_was()
    {
        using var temp = new TempDirectory();
        var results = temp.Write("results.jsonl", "earlier results\n");
        var input = temp.Write("cohort.csv", "id,regions,severity\nc-1,neck,3\n");

        var run = await DystoniaTool.RunAsync("classify", input, "-o", results);

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        File.ReadAllText(results).Should().Be("earlier results\n");
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["results.jsonl", "cohort.csv"], "no temporary or partial file is left when nothing was written");
    }

    [Fact]
    public async Task A_successful_run_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var temp = new TempDirectory();
        var results = temp.Write("results.jsonl", "earlier results\n");

        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-o", results, "-q");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        ToolRun.ParseJsonLines(File.ReadAllText(results)).Should().HaveCount(Samples.CohortLines.Count);
        // Only the results and their provenance file: no temporary file is left behind.
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().BeEquivalentTo("results.jsonl", "results.jsonl.meta.json");
    }

    [Fact]
    public async Task A_run_that_breaks_off_keeps_the_records_so_far_under_a_partial_name_and_the_target_untouched()
    {
        using var temp = new TempDirectory();
        var results = temp.Write("results.jsonl", "earlier results\n");
        var input = temp.Write("cohort.json", "[\n" + Samples.CohortLines[0] + ",\n" + Samples.CohortLines[1] + ",\n{\"id\": oops}\n]\n");

        var run = await DystoniaTool.RunAsync("classify", input, "-o", results);

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        File.ReadAllText(results).Should().Be("earlier results\n");
        ToolRun.ParseJsonLines(File.ReadAllText(results + ".partial")).Should().HaveCount(2);
        Faults.ShouldBeAPlainMessage(run.Stderr, "Records written before it: 2.", "results.jsonl.partial");
    }

    [Fact]
    public async Task A_directory_as_input_or_output_is_named_as_one_not_as_a_permission_problem()
    {
        using var temp = new TempDirectory();

        var asOutput = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "-o", Path.Combine(temp.Path, "missing", "results.jsonl"));
        var asInput = await DystoniaTool.RunAsync("classify", temp.Path, "--input-format", "jsonl");

        asOutput.ExitCode.Should().Be(ExitCodes.OutputFailed, asOutput.ToString());
        asOutput.Stderr.Should().Contain("no such directory").And.NotContain("permission denied");
        asInput.ExitCode.Should().Be(ExitCodes.InputUnreadable, asInput.ToString());
        asInput.Stderr.Should().NotContain("permission denied");
    }

    private static string HardLink(string existing, string link)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit(10_000).Should().BeTrue();
        return link;
    }
}
