using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Faults;

/// <summary>Inputs and an in-process runner with streams of the test's choosing, for the fault-injection tests.</summary>
internal static class Faults
{
    /// <summary>Gets a JSON Lines cohort of <paramref name="count"/> valid records (p-1, p-2, ...), a few bytes each.</summary>
    internal static byte[] Cohort(int count)
    {
        var text = new StringBuilder(count * 48);
        for (int i = 1; i <= count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p-{i}\",\"regions\":[{{\"region\":\"neck\"}}]}}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Runs the tool's entry point in this process with the given standard input and output, and standard error
    /// captured; fails the test if it does not end within <see cref="DystoniaTool.Timeout"/>.
    /// </summary>
    internal static async Task<(int ExitCode, string Stderr)> RunAsync(string[] args, Stream stdin, Stream stdout, string? workingDirectory = null, CancellationToken interruption = default)
    {
        using var stderr = new MemoryStream();
        var run = Task.Factory.StartNew(
            () => DystoniaCommandLine.Run(args, stdin, stdout, stderr, workingDirectory ?? AppContext.BaseDirectory, interruption),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            int exitCode = await run.WaitAsync(DystoniaTool.Timeout, CancellationToken.None).ConfigureAwait(false);
            return (exitCode, Encoding.UTF8.GetString(stderr.ToArray()));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("dystonia " + string.Join(' ', args) + " hung: it did not end within " + DystoniaTool.Timeout.TotalSeconds + " s.");
        }
    }

    /// <summary>Checks what every fault's message must be: one line or two from the tool, no stack trace, no record content.</summary>
    internal static void ShouldBeAPlainMessage(string stderr, params string[] mentions)
    {
        stderr.Should().StartWith("dystonia: ");
        stderr.Should().NotContain("   at ", "a fault is reported by a message, not a stack trace");
        stderr.Should().NotContain("Exception");
        stderr.Should().NotContain("p-1\"", "no record content on standard error");
        foreach (var mention in mentions)
        {
            stderr.Should().Contain(mention);
        }
    }

    internal static bool OnLinux => OperatingSystem.IsLinux();
}
