using System;
using System.IO;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>
/// Where a command writes: standard output, a device or pipe named on the command line (written in place), or a
/// file. A file is written to a temporary file beside it and renamed over it only when the run succeeds, so that the
/// file named is never truncated before the input is known good and never looks complete when it is not.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string? target;
    private readonly string? temporary;
    private bool closed;

    private OutputFile(Stream stream, string? target, string? temporary)
    {
        Stream = stream;
        this.target = target;
        this.temporary = temporary;
    }

    internal Stream Stream { get; }

    /// <summary>
    /// Gets whether the output is a file (renamed into place), not standard output or a device or pipe written in place:
    /// only a file gets a provenance file beside it (there is no <c>/dev/null.meta.json</c> to write).
    /// </summary>
    internal bool IsFile => target is not null;

    /// <summary>Gets the name a partial output is kept under after an interruption or an input fault.</summary>
    internal static string PartialName(string path) => path + ".partial";

    /// <summary>
    /// Opens the output. Throws <see cref="OutputIsInputException"/> when <paramref name="path"/> names the input
    /// (or the file standard input is redirected from), and the I/O exceptions of creating a file otherwise.
    /// </summary>
    internal static OutputFile Open(string? path, ConsoleStreams console, FileIdentity? input)
    {
        if (path is null)
        {
            return new OutputFile(console.OpenStandardOutput(), null, null);
        }

        var full = console.PathOf(path);
        var existing = FileIdentity.Of(full);
        if (existing is not null && ((input is not null && existing.IsSameFileAs(input))
            || (console.StandardInputFile() is { } stdin && existing.IsSameFileAs(stdin))))
        {
            throw new OutputIsInputException();
        }

        if (existing is { IsRegularFile: false } || IsSystemName(full))
        {
            // A device or pipe (/dev/stdout, /dev/null, a named pipe) cannot be renamed over: it is written as it is.
            return new OutputFile(new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16), null, null);
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new OutputFile(stream, full, temporary);
    }

    /// <summary>
    /// Gets whether a name is one of the system's own (<c>/dev/stdout</c>, <c>/proc/self/fd/1</c>): written in place
    /// whatever its file type is taken to be, since a rename over it would replace the system's link with a file.
    /// </summary>
    private static bool IsSystemName(string full) =>
        !OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal));

    /// <summary>Flushes the output to the disk and, for a file, puts it in place of the file named.</summary>
    internal void Commit()
    {
        if (Stream is FileStream file && temporary is not null)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            Stream.Flush();
        }

        Close();
        if (temporary is not null && target is not null)
        {
            File.Move(temporary, target, overwrite: true);
        }
    }

    /// <summary>
    /// Ends a run that did not complete. With <paramref name="keepPartial"/> a file's records so far are kept under
    /// <see cref="PartialName"/> (and that name returned); otherwise the temporary file is removed.
    /// The file named on the command line is left as it was either way.
    /// </summary>
    internal string? Abandon(bool keepPartial)
    {
        try
        {
            Close();
        }
        catch (IOException)
        {
            // The output is what failed; its last buffered bytes are lost with it.
        }

        if (temporary is null || target is null || !File.Exists(temporary))
        {
            return null;
        }

        try
        {
            if (keepPartial)
            {
                File.Move(temporary, PartialName(target), overwrite: true);
                return PartialName(target);
            }

            File.Delete(temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: the run's outcome is already decided, and the temporary name says what the file is.
        }

        return null;
    }

    public void Dispose() => Abandon(keepPartial: false);

    private void Close()
    {
        if (!closed)
        {
            closed = true;
            Stream.Dispose();
        }
    }
}

/// <summary>The output named is the input: writing it would destroy the data being read.</summary>
internal sealed class OutputIsInputException : Exception
{
    public OutputIsInputException()
        : base("The output is the input.")
    {
    }

    public OutputIsInputException(string message)
        : base(message)
    {
    }

    public OutputIsInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
