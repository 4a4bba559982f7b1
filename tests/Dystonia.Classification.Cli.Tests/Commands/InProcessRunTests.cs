using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// The in-process entry point behaves as a process started in the given directory: relative file names are taken from
/// that directory, never from the test process's current one, and the caller's streams stay usable after the run.
/// </summary>
public sealed class InProcessRunTests
{
    [Fact]
    public async Task Relative_input_and_output_names_are_taken_from_the_given_working_directory()
    {
        using var directory = new TempDirectory();
        directory.Write("cohort.jsonl", File.ReadAllBytes(Samples.CohortJsonLines));

        var run = await DystoniaTool.RunAsync(["classify", "cohort.jsonl", "-o", "results.jsonl", "-q"], stdin: null, workingDirectory: directory.Path);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().BeEmpty();
        ToolRun.ParseJsonLines(File.ReadAllText(directory.File("results.jsonl"))).Should().HaveCount(Samples.CohortLines.Count);
    }

    [Fact]
    public void The_callers_streams_are_left_open_and_hold_exactly_what_the_tool_wrote()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("{\"regions\":[{\"region\":\"neck\"}]}\n"));
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();

        var exitCode = DystoniaCommandLine.Run(["classify", "-", "--no-reasoning", "-q"], stdin, stdout, stderr, AppContext.BaseDirectory);

        exitCode.Should().Be(0);
        stdout.CanWrite.Should().BeTrue("the tool closes its own view of standard output, not the caller's stream");
        stderr.Length.Should().Be(0);
        // GetString keeps a byte-order mark as U+FEFF, so the first character shows there is none.
        Encoding.UTF8.GetString(stdout.ToArray()).Should().StartWith("{\"line\":1,").And.EndWith("}\n");
    }
}
