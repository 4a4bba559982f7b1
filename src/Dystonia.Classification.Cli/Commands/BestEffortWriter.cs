using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>
/// Standard error for messages about the run. When it is closed or its disk is full, the message is lost but the run
/// goes on: the records and the exit code are what a script relies on, and an unhandled write failure here used to
/// abort the whole process (exit 134) with the output half written.
/// </summary>
internal sealed class BestEffortWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void WriteLine() => Try(inner.WriteLine);

    public override void Flush() => Try(inner.Flush);

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    private static void Try(Action write)
    {
        try
        {
            write();
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (UnauthorizedAccessException)
        {
            // A closed descriptor (EBADF) is reported as this, not as an I/O error.
        }
    }
}
