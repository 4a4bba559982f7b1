using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>The standard streams and working directory a run of the tool sees: the process's own, or given by a host.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The interruption source has no timer to release; it lives as long as the run's streams.")]
internal sealed class ConsoleStreams
{
    // The descriptors that stand in for closed standard streams, kept open for the life of the process.
    private static readonly List<SafeFileHandle> HeldDescriptors = [];

    // Created at the first use, not with the type, so that a host running the tool inside its own process never has its
    // descriptors touched.
    private static readonly Lazy<ConsoleStreams> ProcessStreams = new(() =>
    {
        bool inputClosed = HoldClosedStandardDescriptors();
        return new ConsoleStreams
        {
            IsProcess = true,
            OpenStandardInput = inputClosed ? () => throw new IOException("standard input is closed.") : OpenProcessStandardInput,
        };
    });

    private readonly CancellationTokenSource interruption = new();

    internal Func<Stream> OpenStandardInput { get; init; } = OpenProcessStandardInput;

    internal Func<Stream> OpenStandardOutput { get; init; } = OpenProcessStandardOutput;

    /// <summary>
    /// Gets standard error. A closed or full standard error must not end the run (the exit code still tells the
    /// outcome), so the process's own is written on a best-effort basis.
    /// </summary>
    internal TextWriter Error { get; init; } = new BestEffortWriter(OpenProcessStandardError());

    internal TextWriter Out { get; init; } = Console.Out;

    internal bool ErrorIsTerminal { get; init; } = !Console.IsErrorRedirected;

    /// <summary>Gets the folder relative file names are taken from; <see langword="null"/> for the process's current directory.</summary>
    internal string? WorkingDirectory { get; init; }

    /// <summary>Gets the process's own standard streams and current directory.</summary>
    internal static ConsoleStreams Process => ProcessStreams.Value;

    /// <summary>Gets whether these are the process's own streams, so the run may handle the process's termination signals.</summary>
    internal bool IsProcess { get; private init; }

    /// <summary>Gets the token that Ctrl+C or SIGTERM (or a host's request) cancels: the run stops reading and ends.</summary>
    internal CancellationToken Interruption { get; }

    /// <summary>Gets the file standard input reads from, when it is one, so that the tool never writes over it.</summary>
    internal Func<FileIdentity?> StandardInputFile { get; init; } = () => FileIdentity.OfStandardInput();

    private ConsoleStreams(CancellationToken hostInterruption = default)
    {
        Interruption = hostInterruption.CanBeCanceled ? hostInterruption : interruption.Token;
    }

    /// <summary>Asks the run to stop, as Ctrl+C does.</summary>
    internal void Interrupt() => interruption.Cancel();

    /// <summary>
    /// Streams for a run inside another process. Text goes out as UTF-8 without a byte-order mark, which is what the tool
    /// writes under the UTF-8 locales it is run in, so that a host sees the same bytes as a shell would. The given
    /// streams are left open: a command closing its output must not close the host's stream.
    /// </summary>
    internal static ConsoleStreams Over(Stream stdin, Stream stdout, Stream stderr, string workingDirectory, CancellationToken interruption = default)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentException.ThrowIfNullOrEmpty(workingDirectory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new ConsoleStreams(interruption)
        {
            OpenStandardInput = () => new KeptOpenStream(stdin),
            OpenStandardOutput = () => new KeptOpenStream(stdout),
            Out = new StreamWriter(new KeptOpenStream(stdout), utf8) { AutoFlush = true },
            Error = new StreamWriter(new KeptOpenStream(stderr), utf8) { AutoFlush = true },
            ErrorIsTerminal = false,
            WorkingDirectory = Path.GetFullPath(workingDirectory),
            StandardInputFile = () => null,
        };
    }

    /// <summary>Resolves a file name given on the command line against <see cref="WorkingDirectory"/>.</summary>
    internal string PathOf(string path) =>
        WorkingDirectory is null ? path : Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// Opens the process's standard input. When the tool is started with standard input closed (<c>&lt;&amp;-</c>), the
    /// runtime's first pipe takes descriptor 0 under <c>dotnet</c>: reading it would wait forever and swallow the bytes
    /// that deliver SIGTERM. A pipe at descriptor 0 whose writing end is also this process's is therefore taken for a
    /// closed input (the runtime keeps a read-only copy of a real standard input, which does not count). The native
    /// tool opens no such pipe: <see cref="HoldClosedStandardDescriptors"/> finds descriptor 0 closed instead.
    /// </summary>
    private static Stream OpenProcessStandardInput()
    {
        if (OperatingSystem.IsLinux() && IsOwnPipe(0))
        {
            throw new IOException("standard input is closed.");
        }

        return Console.OpenStandardInput();
    }

    /// <summary>
    /// Gets the console's standard error, or nowhere if the console cannot open it: a closed standard error must not
    /// end the run before it starts.
    /// </summary>
    private static TextWriter OpenProcessStandardError()
    {
        try
        {
            return Console.Error;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return TextWriter.Null;
        }
    }

    /// <summary>
    /// Finds which of the standard descriptors 0, 1 and 2 the tool was started with closed (<c>&lt;&amp;-</c>,
    /// <c>&gt;&amp;-</c>, <c>2&gt;&amp;-</c>) and holds each of them with <c>/dev/null</c> opened read-only, before
    /// anything else opens a file: a file opened later would take the lowest free descriptor, and the console would
    /// then read it as standard input or write into it as standard output (the native tool's standard error, duplicated
    /// onto descriptor 1, took the records). Held this way, reading a closed standard input is refused and writing a
    /// closed standard output or error fails, as under <c>dotnet</c>, whose host already holds those descriptors.
    /// Returns whether standard input was closed.
    /// </summary>
    private static bool HoldClosedStandardDescriptors()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        bool inputClosed = false;
        for (int descriptor = 0; descriptor <= 2; descriptor++)
        {
            // Each descriptor below this one is open by now, so the next file opened takes this one.
            if (new FileInfo("/proc/self/fd/" + descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)).LinkTarget is not null)
            {
                continue;
            }

            try
            {
                HeldDescriptors.Add(File.OpenHandle("/dev/null", FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
                inputClosed |= descriptor == 0;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // No /dev/null: the descriptor stays closed, as before.
            }
        }

        return inputClosed;
    }

    private static bool IsOwnPipe(int descriptor)
    {
        try
        {
            var target = new FileInfo("/proc/self/fd/" + descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)).LinkTarget;
            if (target is null || !(target.StartsWith("pipe:", StringComparison.Ordinal) || target.StartsWith("anon_inode:", StringComparison.Ordinal)))
            {
                return false;
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                if (int.TryParse(Path.GetFileName(entry), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int other)
                    && other > 2 && string.Equals(new FileInfo(entry).LinkTarget, target, StringComparison.Ordinal)
                    && IsWriteOnly(other))
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not readable: take standard input as given.
        }

        return false;
    }

    /// <summary>Reads the open flags of a descriptor (<c>/proc/self/fdinfo</c>, octal) and tells whether it was opened write-only.</summary>
    private static bool IsWriteOnly(int descriptor)
    {
        foreach (var line in File.ReadLines("/proc/self/fdinfo/" + descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                var octal = line.AsSpan("flags:".Length).Trim();
                return octal.Length > 0 && (octal[^1] - '0' & 3) == 1;
            }
        }

        return false;
    }

    /// <summary>
    /// Opens the process's standard output. The console's own stream ignores a closed pipe (EPIPE), so a run piped into
    /// <c>head</c> would classify the whole input into nothing; a pipe or socket is therefore written as a file
    /// descriptor, whose writes fail when the reader has gone. A regular file keeps the console stream, which writes at
    /// the descriptor's own offset (a file stream would write at positions of its own and ignore <c>&gt;&gt;</c> or a
    /// following command's output).
    /// </summary>
    private static Stream OpenProcessStandardOutput()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var handle = new SafeFileHandle(1, ownsHandle: false);
                var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek)
                {
                    return stream;
                }

                stream.Dispose();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Not a descriptor a file stream can take (closed, say): the console stream reports the failure on write.
            }
        }

        return Console.OpenStandardOutput();
    }

    /// <summary>Passes reads and writes through and ignores disposal, as the console's own streams do.</summary>
    private sealed class KeptOpenStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override System.Threading.Tasks.ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) =>
            inner.WriteAsync(buffer, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
