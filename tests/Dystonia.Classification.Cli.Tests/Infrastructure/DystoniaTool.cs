using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.Tests.Culture;

namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the tool and captures what a user would see: its exit code, standard output and standard error.
/// </summary>
/// <remarks>
/// <see cref="RunAsync(IReadOnlyList{string}, byte[], string)"/> runs the tool's entry point inside the test process with
/// its standard streams given as memory, which is what most tests need and many times faster than starting a process.
/// <see cref="RunProcessAsync"/> starts the real tool as a child process (<c>dotnet dystonia.dll ...</c>, copied next to
/// the tests by the project reference), for the few tests that check what only a process shows: the exit code the
/// shell gets, piped standard input, and the console's encoding.
/// <para>
/// With <c>DYSTONIA_TOOL_EXECUTABLE</c> set to the path of a built tool (the Native AOT binary, <c>artifacts/aot/dystonia</c>),
/// every run, the in-process ones included, starts that executable as a child process instead, so that the whole
/// end-to-end suite checks the binary users install. Only the fault-injection runs (Faults.RunAsync: streams that fail
/// on cue, an interruption token) and the tests of the entry point's own contract stay in this process.
/// </para>
/// </remarks>
internal static class DystoniaTool
{
    /// <summary>Gets the longest any single run may take before it is killed and the test fails.</summary>
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    internal static string AssemblyPath { get; } = Path.Combine(AppContext.BaseDirectory, "dystonia.dll");

    /// <summary>Gets the name of the environment variable that points the runs at a built executable.</summary>
    internal const string ExecutableVariable = "DYSTONIA_TOOL_EXECUTABLE";

    /// <summary>Gets the full path of the executable every run starts, or <see langword="null"/> to run <c>dotnet dystonia.dll</c>.</summary>
    internal static string? Executable { get; } = Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    /// <summary>
    /// Describes a start of the tool in <paramref name="workingDirectory"/>, all three standard streams redirected:
    /// the executable of <see cref="ExecutableVariable"/> if set, else <c>dotnet dystonia.dll</c>.
    /// </summary>
    internal static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        ProcessStartInfo start;
        if (Executable is not null)
        {
            File.Exists(Executable).Should().BeTrue("{0} names the tool to test ({1})", ExecutableVariable, Executable);
            start = new ProcessStartInfo(Executable);
        }
        else
        {
            File.Exists(AssemblyPath).Should().BeTrue("the project reference copies the tool next to the tests ({0})", AssemblyPath);
            start = new ProcessStartInfo(DotNetHost);
            start.ArgumentList.Add(AssemblyPath);
        }

        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = workingDirectory;
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    internal static string DotNetHost
    {
        get
        {
            // Prefer the host that runs these tests, then the one the SDK names, then whatever is on PATH.
            var current = Environment.ProcessPath;
            if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                return current;
            }

            var sdkHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return sdkHost is not null && File.Exists(sdkHost) ? sdkHost : "dotnet";
        }
    }

    internal static Task<ToolRun> RunAsync(params string[] args) => RunAsync(args, stdin: null, workingDirectory: null);

    internal static Task<ToolRun> RunWithInputAsync(string stdin, params string[] args) =>
        RunAsync(args, Encoding.UTF8.GetBytes(stdin), workingDirectory: null);

    internal static Task<ToolRun> RunWithInputAsync(byte[] stdin, params string[] args) =>
        RunAsync(args, stdin, workingDirectory: null);

    /// <summary>
    /// Runs the tool in this process (or as the executable of <see cref="ExecutableVariable"/>); standard input is empty
    /// when <paramref name="stdin"/> is null.
    /// </summary>
    internal static async Task<ToolRun> RunAsync(IReadOnlyList<string> args, byte[]? stdin, string? workingDirectory)
    {
        if (Executable is not null)
        {
            return await RunProcessAsync(args, stdin, workingDirectory).ConfigureAwait(false);
        }

        var clock = Stopwatch.StartNew();
        using var input = new MemoryStream(stdin ?? [], writable: false);
        using var output = new MemoryStream();
        using var error = new MemoryStream();

        // A thread of its own: the tool blocks on its asynchronous commands, which must not tie up the thread pool that
        // the classification itself and the other tests run on.
        var run = Task.Factory.StartNew(
            () => DystoniaCommandLine.Run([.. args], input, output, error, workingDirectory ?? AppContext.BaseDirectory),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            var exitCode = await run.WaitAsync(Timeout).ConfigureAwait(false);
            return new ToolRun(exitCode, Decode(output.ToArray()), Decode(error.ToArray()), clock.Elapsed);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("dystonia " + string.Join(' ', args) + " did not finish within " + Timeout.TotalSeconds + " s.");
        }
    }

    internal static Task<ToolRun> RunProcessAsync(params string[] args) => RunProcessAsync(args, stdin: null);

    internal static Task<ToolRun> RunProcessWithInputAsync(byte[] stdin, params string[] args) => RunProcessAsync(args, stdin);

    /// <summary>Runs the tool as a child process; standard input is closed at once when <paramref name="stdin"/> is null.</summary>
    internal static async Task<ToolRun> RunProcessAsync(IReadOnlyList<string> args, byte[]? stdin, string? workingDirectory = null)
    {
        var start = StartInfo(workingDirectory ?? AppContext.BaseDirectory, args);
        if (TestCulture.Requested is { } culture)
        {
            // The tool is started in the test culture's locale, as a user's shell would start it.
            start.Environment["LANG"] = start.Environment["LC_ALL"] = culture.Replace('-', '_') + ".UTF-8";
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            // Drain both output streams while writing the input, so a large run cannot deadlock on full pipes.
            var stdout = ReadAllAsync(process.StandardOutput.BaseStream, timeout.Token);
            var stderr = ReadAllAsync(process.StandardError.BaseStream, timeout.Token);
            try
            {
                if (stdin is not null)
                {
                    await process.StandardInput.BaseStream.WriteAsync(stdin, timeout.Token).ConfigureAwait(false);
                }
            }
            catch (IOException)
            {
                // The tool may stop reading (and exit) before it has taken all of the input.
            }
            finally
            {
                try
                {
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // Same: the pipe is already closed at the other end.
                }
            }

            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return new ToolRun(process.ExitCode, Decode(await stdout.ConfigureAwait(false)), Decode(await stderr.ConfigureAwait(false)), clock.Elapsed);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dystonia " + string.Join(' ', args) + " did not finish within " + Timeout.TotalSeconds + " s.");
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellation)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellation).ConfigureAwait(false);
        return copy.ToArray();
    }

    // Keeps a byte-order mark, if the tool wrote one, as U+FEFF so that tests can see it.
    private static string Decode(byte[] bytes) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
}
