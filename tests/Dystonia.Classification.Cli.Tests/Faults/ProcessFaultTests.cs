using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Faults;

/// <summary>
/// The faults only a real process shows: Ctrl+C and SIGTERM, a pipe closed by its reader, a full device as standard
/// output or <c>-o</c>, standard error closed or full. Linux only (signals, /dev/full, /bin/sh); each wait has a timeout.
/// </summary>
public sealed class ProcessFaultTests
{
    private const int Records = 20_000;

    [CtrlCFact]
    public async Task Ctrl_C_stops_the_run_writes_whole_batches_says_how_many_and_exits_130()
    {
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, "classify", "-", "--no-reasoning", "--input-format", "jsonl", "--threads", "1");

        // Standard input stays open, as a producer that has not finished: only the signal can end the run.
        _ = tool.Feed(Faults.Cohort(Records));
        var first = await tool.ReadLinesAsync(1);
        await tool.SignalAsync("INT");
        var rest = await tool.ReadLinesAsync(int.MaxValue);
        var (exitCode, stderr) = await tool.WaitAsync();

        exitCode.Should().Be(ExitCodes.Interrupted, stderr);
        int written = first.Count + rest.Count;
        Faults.ShouldBeAPlainMessage(stderr, "interrupted; records written: " + written + ".");
        (written % 2048).Should().Be(0, "the batches taken from the queue are written whole ({0} lines)", written);
    }

    [SkippableLinuxFact]
    public async Task SIGTERM_ends_a_run_whose_reader_waits_on_an_open_pipe_with_exit_130()
    {
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, "classify", "-", "--input-format", "jsonl", "--no-reasoning", "--threads", "1");

        // One batch and one record more, and standard input left open: once the batch is out, the tool is running and
        // its reader blocks in read(2) waiting for the rest.
        _ = tool.Feed(Faults.Cohort(2049));
        var first = await tool.ReadLinesAsync(2048);
        await tool.SignalAsync("TERM");
        var rest = await tool.ReadLinesAsync(int.MaxValue);
        var (exitCode, stderr) = await tool.WaitAsync();

        exitCode.Should().Be(ExitCodes.Interrupted, stderr);
        first.Should().HaveCount(2048);
        rest.Should().BeEmpty("the record read after the last whole batch is discarded");
        Faults.ShouldBeAPlainMessage(stderr, "interrupted; records written: 2048.");
    }

    [CtrlCFact]
    public async Task Ctrl_C_with_an_output_file_leaves_the_records_so_far_under_a_partial_name_and_the_file_untouched()
    {
        using var temp = new TempDirectory();
        var results = temp.Write("results.jsonl", "previous results\n");
        using var tool = ToolProcess.Start(temp.Path, "classify", "-", "--no-reasoning", "--input-format", "jsonl", "-o", "results.jsonl", "--threads", "1");

        _ = tool.Feed(Faults.Cohort(Records));
        await WaitForAsync(() => Directory.GetFiles(temp.Path, ".results.jsonl.*.tmp").Any(f => new FileInfo(f).Length > 0));
        await tool.SignalAsync("INT");
        var (exitCode, stderr) = await tool.WaitAsync();

        exitCode.Should().Be(ExitCodes.Interrupted, stderr);
        File.ReadAllText(results).Should().Be("previous results\n", "the file named is replaced only by a complete run");
        var partial = File.ReadAllLines(results + ".partial");
        partial.Should().NotBeEmpty();
        stderr.Should().Contain("records written: " + partial.Length + ".").And.Contain("results.jsonl.partial");
        Directory.GetFiles(temp.Path, "*.tmp").Should().BeEmpty();
    }

    [SkippableLinuxFact]
    public async Task A_pipe_closed_by_its_reader_ends_the_run_at_once_with_exit_4()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("cohort.jsonl", Faults.Cohort(100_000));

        var (_, code, stderr) = await ToolProcess.ShellAsync(temp.Path, "($DYSTONIA classify cohort.jsonl; echo $? > code) | head -n 1 > first.jsonl; cat code");
        var viaDevice = await ToolProcess.ShellAsync(temp.Path, "($DYSTONIA classify cohort.jsonl -o /dev/stdout; echo $? > code) | head -n 1 > /dev/null; cat code");

        File.ReadAllText(temp.File("first.jsonl")).Should().StartWith("{\"line\":1,");
        code.Trim().Should().Be(ExitCodes.OutputFailed.ToString(System.Globalization.CultureInfo.InvariantCulture), stderr);
        Faults.ShouldBeAPlainMessage(stderr, "the output was closed by its reader");
        viaDevice.Stdout.Trim().Should().Be(ExitCodes.OutputFailed.ToString(System.Globalization.CultureInfo.InvariantCulture), viaDevice.Stderr);
        Faults.ShouldBeAPlainMessage(viaDevice.Stderr, "the output was closed by its reader");
        File.Exists(input).Should().BeTrue();
    }

    [SkippableLinuxTheory]
    [InlineData("classify cohort.jsonl > /dev/full")]
    [InlineData("classify cohort.jsonl -o /dev/full")]
    [InlineData("report cohort.jsonl > /dev/full")]
    [InlineData("report cohort.jsonl -o /dev/full")]
    [InlineData("explain one.json > /dev/full")]
    [InlineData("schema > /dev/full")]
    public async Task A_full_device_as_output_exits_4_with_a_message_never_a_hang_or_a_stack_trace(string command)
    {
        using var temp = new TempDirectory();
        temp.Write("cohort.jsonl", Faults.Cohort(Records));
        temp.Write("one.json", "{\"regions\":[{\"region\":\"neck\"}]}");

        var (exitCode, _, stderr) = await ToolProcess.ShellAsync(temp.Path, "$DYSTONIA " + command);

        exitCode.Should().Be(ExitCodes.OutputFailed, stderr);
        Faults.ShouldBeAPlainMessage(stderr, "No space left on device");
    }

    [SkippableLinuxTheory]
    [InlineData("2>/dev/full")]
    [InlineData("2>&-")]
    public async Task A_closed_or_full_standard_error_does_not_stop_the_run(string redirection)
    {
        using var temp = new TempDirectory();
        temp.Write("cohort.jsonl", Faults.Cohort(5000));

        var (exitCode, stdout, _) = await ToolProcess.ShellAsync(temp.Path, "$DYSTONIA classify cohort.jsonl --no-reasoning " + redirection);

        exitCode.Should().Be(ExitCodes.Success);
        ToolRun.SplitLines(stdout).Should().HaveCount(5000);
    }

    /// <summary>
    /// A closed standard output is a failed output, and the records go nowhere else: the native tool once duplicated
    /// standard error onto the free descriptor 1 and wrote the records there, exiting 0.
    /// </summary>
    [SkippableLinuxFact]
    public async Task A_closed_standard_output_exits_4_and_the_records_go_nowhere_else()
    {
        using var temp = new TempDirectory();
        temp.Write("cohort.jsonl", Faults.Cohort(50));

        var (exitCode, stdout, stderr) = await ToolProcess.ShellAsync(temp.Path, "$DYSTONIA classify cohort.jsonl --no-reasoning >&-");

        exitCode.Should().Be(ExitCodes.OutputFailed, stderr);
        stdout.Should().BeEmpty();
        Faults.ShouldBeAPlainMessage(stderr, "writing the output failed");
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().Equal(["cohort.jsonl"], "nothing was written into the working directory either");
    }

    [SkippableLinuxFact]
    public async Task Standard_input_redirected_from_the_output_file_is_refused_and_the_file_kept()
    {
        using var temp = new TempDirectory();
        var cohort = Faults.Cohort(50);
        var file = temp.Write("f.jsonl", cohort);

        var (exitCode, _, stderr) = await ToolProcess.ShellAsync(temp.Path, "$DYSTONIA classify - -o f.jsonl < f.jsonl");

        exitCode.Should().Be(ExitCodes.Usage, stderr);
        Faults.ShouldBeAPlainMessage(stderr, "'f.jsonl' is the input");
        File.ReadAllBytes(file).Should().Equal(cohort);
    }

    [SkippableLinuxFact]
    public async Task Standard_input_closed_is_an_unreadable_input_not_a_hang_that_swallows_SIGTERM()
    {
        using var temp = new TempDirectory();

        var (exitCode, stdout, stderr) = await ToolProcess.ShellAsync(temp.Path, "$DYSTONIA classify - <&-");

        exitCode.Should().Be(ExitCodes.InputUnreadable, stderr);
        stdout.Should().BeEmpty();
        Faults.ShouldBeAPlainMessage(stderr, "standard input is closed");
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.Should().BeLessThan(DystoniaTool.Timeout, "the tool started writing");
            await Task.Delay(20);
        }
    }
}

/// <summary>A fact that needs Linux (signals, /dev/full, /bin/sh); elsewhere it is reported as skipped, with the reason.</summary>
public sealed class SkippableLinuxFactAttribute : FactAttribute
{
    public SkippableLinuxFactAttribute()
    {
        // A run that hangs fails the test instead of the whole suite.
        Timeout = 120_000;
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux: POSIX signals, /dev/full and /bin/sh.";
        }
    }
}

/// <summary>
/// A Ctrl+C test: it needs Linux, and a test process that does not ignore SIGINT. A shell without job control starts
/// a background job (<c>command &amp;</c>) with SIGINT ignored, every child inherits that, and the tool rightly keeps it
/// (POSIX), so there the test cannot send a Ctrl+C and is reported as skipped, with the reason.
/// </summary>
public sealed class CtrlCFactAttribute : FactAttribute
{
    public CtrlCFactAttribute()
    {
        Timeout = 120_000;
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux: POSIX signals, /dev/full and /bin/sh.";
        }
        else if (SigIntIgnored())
        {
            Skip = "SIGINT is ignored in this test process (started as a background job by a shell without job control), so the tool inherits it and no Ctrl+C can reach it.";
        }
    }

    // /proc/self/status: "SigIgn:" and the mask of ignored signals in hexadecimal; SIGINT is signal 2, bit 1.
    private static bool SigIntIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line.AsSpan("SigIgn:".Length).Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out ulong mask)
            && (mask & 0x2) != 0;
    }
}

/// <summary>A theory that needs Linux; elsewhere it is reported as skipped, with the reason.</summary>
public sealed class SkippableLinuxTheoryAttribute : TheoryAttribute
{
    public SkippableLinuxTheoryAttribute()
    {
        // A run that hangs fails the test instead of the whole suite.
        Timeout = 120_000;
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux: POSIX signals, /dev/full and /bin/sh.";
        }
    }
}
