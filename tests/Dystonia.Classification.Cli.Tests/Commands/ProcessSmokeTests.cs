using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// The few checks that need the real tool as a child process: the exit codes a shell gets, standard input through a
/// pipe, and output bytes under the process's own console encoding. Every other test runs the same entry point in
/// process (<see cref="DystoniaTool.RunAsync(System.Collections.Generic.IReadOnlyList{string}, byte[], string)"/>);
/// the last test here shows that both ways give the same bytes.
/// </summary>
public sealed class ProcessSmokeTests
{
    private const string Presentation =
        "{\"id\":\"p-1\",\"ageAtOnset\":8,\"regions\":[{\"region\":\"lowerLimb\",\"side\":\"left\",\"onset\":true},{\"region\":\"trunk\"},{\"region\":\"upperLimb\",\"side\":\"both\"}]}";

    [Fact]
    public async Task Help_exits_0_and_lists_the_commands()
    {
        var run = await DystoniaTool.RunProcessAsync("--help");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("classify").And.Contain("explain").And.Contain("report").And.Contain("schema");
    }

    [Fact]
    public async Task The_sample_cohort_piped_to_standard_input_gets_one_result_per_record_and_exit_0()
    {
        var run = await DystoniaTool.RunProcessWithInputAsync(File.ReadAllBytes(Samples.CohortJsonLines), "classify", "-", "--quiet");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Should().HaveCount(Samples.CohortLines.Count);
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task An_invalid_record_exits_1_and_a_usage_error_exits_2_with_nothing_on_standard_output()
    {
        var invalid = await DystoniaTool.RunProcessWithInputAsync(Encoding.UTF8.GetBytes("{\"regions\":[{\"region\":\"upperLimb\"}]}\n"), "classify", "-", "-q");
        var usage = await DystoniaTool.RunProcessWithInputAsync(Encoding.UTF8.GetBytes(Presentation + "\n"), "classify", "-", "--no-such-option");

        invalid.ExitCode.Should().Be(1, invalid.ToString());
        usage.ExitCode.Should().Be(2, usage.ToString());
        usage.Stdout.Should().BeEmpty();
        usage.Stderr.Should().StartWith("dystonia: ").And.Contain("--no-such-option");
    }

    [Theory]
    [InlineData("classify", "-", "--quiet", "--language", "lv")]
    [InlineData("explain", "-", "--language", "lv")]
    [InlineData("classify", "-", "--no-such-option")]
    public async Task The_process_and_the_in_process_run_give_the_same_exit_code_and_bytes(params string[] args)
    {
        // Latvian texts are the non-ASCII output most likely to differ if an encoding were wrong on either side.
        var stdin = Encoding.UTF8.GetBytes(Presentation + "\n");

        var process = await DystoniaTool.RunProcessWithInputAsync(stdin, args);
        var inProcess = await DystoniaTool.RunWithInputAsync(stdin, args);

        inProcess.ExitCode.Should().Be(process.ExitCode, process.ToString());
        inProcess.Stdout.Should().Be(process.Stdout);
        inProcess.Stderr.Should().Be(process.Stderr);
    }
}
