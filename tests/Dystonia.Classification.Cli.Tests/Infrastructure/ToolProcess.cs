using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>
/// The real tool as a child process under the test's control, for the faults only a process shows: signals, pipes
/// closed by their reader, standard streams redirected by a shell to a full device or closed. Every wait has a
/// timeout, and a process still running at the end is killed, so no test can hang.
/// </summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stderr = new();
    private readonly Task stderrDrained;

    private ToolProcess(Process process)
    {
        this.process = process;
        stderrDrained = Task.Run(async () =>
        {
            var text = await process.StandardError.ReadToEndAsync().ConfigureAwait(false);
            lock (stderr)
            {
                stderr.Append(text);
            }
        });
    }

    internal int Id => process.Id;

    internal Stream Stdin => process.StandardInput.BaseStream;

    /// <summary>
    /// Writes to standard input in the background and leaves it open: the tool's output must be read meanwhile, or a
    /// full output pipe would stop the tool reading and this write waiting for it.
    /// </summary>
    internal Task Feed(byte[] bytes) => Task.Run(async () =>
    {
        using var timeout = new CancellationTokenSource(DystoniaTool.Timeout);
        try
        {
            await Stdin.WriteAsync(bytes, timeout.Token).ConfigureAwait(false);
            await Stdin.FlushAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The tool stopped reading: it was interrupted or ended.
        }
    });

    internal StreamReader Stdout => process.StandardOutput;

    /// <summary>
    /// Starts the tool (<c>dotnet dystonia.dll</c>, or the executable of <see cref="DystoniaTool.ExecutableVariable"/>) with
    /// the arguments, all three standard streams piped to the test.
    /// </summary>
    internal static ToolProcess Start(string workingDirectory, params string[] args) =>
        new(Process.Start(DystoniaTool.StartInfo(workingDirectory, args)) ?? throw new InvalidOperationException("Could not start the tool."));

    /// <summary>
    /// Runs the tool through <c>/bin/sh -c</c>, so that the shell can redirect its streams (<c>2&gt;/dev/full</c>,
    /// <c>&gt;&amp;-</c>, <c>&lt; file</c>); <c>$DYSTONIA</c> in the script is the command that starts the tool.
    /// </summary>
    internal static async Task<(int ExitCode, string Stdout, string Stderr)> ShellAsync(string workingDirectory, string script)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("-c");
        if (DystoniaTool.Executable is { } executable)
        {
            start.ArgumentList.Add(script.Replace("$DYSTONIA", "\"$DYSTONIA_EXECUTABLE\"", StringComparison.Ordinal));
            start.Environment["DYSTONIA_EXECUTABLE"] = executable;
        }
        else
        {
            start.ArgumentList.Add(script.Replace("$DYSTONIA", "\"$DYSTONIA_HOST\" \"$DYSTONIA_DLL\"", StringComparison.Ordinal));
            start.Environment["DYSTONIA_HOST"] = DystoniaTool.DotNetHost;
            start.Environment["DYSTONIA_DLL"] = DystoniaTool.AssemblyPath;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the shell.");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(DystoniaTool.Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sh -c " + script + " did not finish within " + DystoniaTool.Timeout.TotalSeconds + " s.");
        }
    }

    /// <summary>Sends a signal (INT, TERM) to the tool, as Ctrl+C or a service manager would.</summary>
    internal async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(new CancellationTokenSource(DystoniaTool.Timeout).Token).ConfigureAwait(false);
        kill.ExitCode.Should().Be(0, "kill -{0} reached the tool", signal);
    }

    /// <summary>Reads standard output lines until <paramref name="count"/> have come, or fails at the timeout.</summary>
    internal async Task<List<string>> ReadLinesAsync(int count)
    {
        using var timeout = new CancellationTokenSource(DystoniaTool.Timeout);
        var lines = new List<string>();
        while (lines.Count < count)
        {
            var line = await Stdout.ReadLineAsync(timeout.Token).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Waits for the tool to end, or fails the test at the timeout (the process is then killed).</summary>
    internal async Task<(int ExitCode, string Stderr)> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(DystoniaTool.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            await stderrDrained.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The tool did not end within " + DystoniaTool.Timeout.TotalSeconds + " s.");
        }

        lock (stderr)
        {
            return (process.ExitCode, stderr.ToString());
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }
}
