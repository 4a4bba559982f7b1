using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Output;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Faults;

/// <summary><c>--resume</c>: a run stopped by SIGTERM goes on from its partial output to the output of one whole run.</summary>
public sealed class ResumeTests
{
    private const int Records = 20_000;

    [SkippableLinuxFact]
    public async Task A_run_stopped_by_SIGTERM_resumes_to_the_bytes_of_an_uninterrupted_run()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("cohort.jsonl", Faults.Cohort(Records));

        // The first run reads the same records from a producer that has not finished (standard input left open), so
        // that only the signal can end it, as a cluster's SIGTERM ends a job.
        using (var tool = ToolProcess.Start(temp.Path, "classify", "-", "--input-format", "jsonl", "--no-reasoning", "-o", "results.jsonl", "--threads", "1"))
        {
            _ = tool.Feed(Faults.Cohort(Records));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!Directory.GetFiles(temp.Path, ".results.jsonl.*.tmp").Any(f => new FileInfo(f).Length > 0))
            {
                clock.Elapsed.Should().BeLessThan(DystoniaTool.Timeout, "the tool started writing");
                await Task.Delay(20);
            }

            await tool.SignalAsync("TERM");
            var (exitCode, stderr) = await tool.WaitAsync();
            exitCode.Should().Be(ExitCodes.Interrupted, stderr);
        }

        var partialLines = File.ReadAllLines(Path.Combine(temp.Path, "results.jsonl.partial")).Length;
        partialLines.Should().BeInRange(1, Records - 1);

        var resumed = await DystoniaTool.RunAsync(["classify", input, "--no-reasoning", "-o", Path.Combine(temp.Path, "results.jsonl"), "--resume"], null, temp.Path);
        var whole = await DystoniaTool.RunAsync("classify", input, "--no-reasoning", "-o", Path.Combine(temp.Path, "whole.jsonl"));

        resumed.ExitCode.Should().Be(ExitCodes.Success, resumed.ToString());
        resumed.Stderr.Should().Contain("resuming after " + partialLines + " records");
        File.ReadAllBytes(Path.Combine(temp.Path, "results.jsonl")).Should().Equal(File.ReadAllBytes(Path.Combine(temp.Path, "whole.jsonl")));
        File.Exists(Path.Combine(temp.Path, "results.jsonl.partial")).Should().BeFalse("a completed run removes the partial output it resumed");
        File.ReadAllText(Path.Combine(temp.Path, "results.jsonl.meta.json")).Should().Contain("\"resumedAfterRecords\": " + partialLines);
    }

    [Fact]
    public void A_line_cut_short_and_everything_after_it_are_dropped_from_the_resume_point()
    {
        using var temp = new TempDirectory();
        var partial = temp.Write("r.jsonl.partial", "{\"line\":1,\"id\":\"a\"}\n{\"line\":2,\"reasoning\":[{\"x\":1}]}\n{\"line\":3,\"id\":\"c\n{\"line\":4}\n");

        var point = ResumePoint.Read(partial);

        point.Records.Should().Be(2);
        Encoding.UTF8.GetString(point.Kept).Should().Be("{\"line\":1,\"id\":\"a\"}\n{\"line\":2,\"reasoning\":[{\"x\":1}]}\n");
    }

    [Fact]
    public async Task Resume_without_an_output_file_or_with_csv_output_is_a_usage_error()
    {
        var toStdout = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--resume");
        var csv = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--resume", "--format", "csv", "-o", "r.csv");

        toStdout.ExitCode.Should().Be(ExitCodes.Usage);
        csv.ExitCode.Should().Be(ExitCodes.Usage);
        toStdout.Stderr.Should().Contain("--resume needs --output and JSON Lines output");
    }

    [Fact]
    public async Task Resume_without_a_partial_file_is_a_run_from_the_first_record()
    {
        using var temp = new TempDirectory();
        var results = Path.Combine(temp.Path, "results.jsonl");

        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-o", results, "--resume");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stderr.Should().Contain("starting from the first record");
        File.ReadAllLines(results).Should().HaveCount(Samples.CohortLines.Count);
    }
}
