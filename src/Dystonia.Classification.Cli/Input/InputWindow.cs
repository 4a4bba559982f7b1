using System;
using System.IO;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// The unread part of a stream, held in one growable buffer: the readers look at <see cref="Buffer"/> between
/// <see cref="Start"/> and <see cref="End"/>, advance <see cref="Start"/>, and call <see cref="Fill"/> for more.
/// </summary>
internal sealed class InputWindow
{
    private const int InitialSize = 1 << 20;
    private readonly Stream stream;

    internal InputWindow(Stream stream) => this.stream = stream;

    internal byte[] Buffer { get; private set; } = new byte[InitialSize];

    internal int Start { get; set; }

    internal int End { get; private set; }

    /// <summary>Gets whether the stream has no more bytes.</summary>
    internal bool AtEnd { get; private set; }

    internal int Length => End - Start;

    /// <summary>Reads more bytes after <see cref="End"/>, first moving the unread bytes to the front and growing the buffer when it is full.</summary>
    internal void Fill()
    {
        if (Start > 0)
        {
            System.Buffer.BlockCopy(Buffer, Start, Buffer, 0, End - Start);
            End -= Start;
            Start = 0;
        }

        if (End == Buffer.Length)
        {
            var larger = Buffer;
            Array.Resize(ref larger, Buffer.Length * 2);
            Buffer = larger;
        }

        int read = stream.Read(Buffer, End, Buffer.Length - End);
        if (read == 0)
        {
            AtEnd = true;
        }

        End += read;
    }
}
