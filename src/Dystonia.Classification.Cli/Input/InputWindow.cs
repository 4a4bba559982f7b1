using System;
using System.IO;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// The unread part of a stream, held in one growable buffer: the readers look at <see cref="Buffer"/> between
/// <see cref="Start"/> and <see cref="End"/>, advance <see cref="Start"/>, and call <see cref="Fill"/> for more.
/// The buffer never grows past what one record of the maximum record size needs, so a line of gigabytes cannot
/// double it past the range of an array; the readers check the limit before they ask for more.
/// </summary>
internal sealed class InputWindow
{
    private const int InitialSize = 1 << 20;
    private readonly Stream stream;
    private readonly int maximumSize;

    internal InputWindow(Stream stream, int maximumRecordSize)
    {
        this.stream = stream;

        // One byte more than a record may have (its line break, or the proof that it is too long), and a CR.
        maximumSize = Math.Max(InitialSize, maximumRecordSize + 2);
        Buffer = new byte[Math.Min(InitialSize, maximumSize)];
    }

    internal byte[] Buffer { get; private set; }

    internal int Start { get; set; }

    internal int End { get; private set; }

    /// <summary>Gets whether the stream has no more bytes.</summary>
    internal bool AtEnd { get; private set; }

    internal int Length => End - Start;

    /// <summary>Reads more bytes after <see cref="End"/>, first moving the unread bytes to the front and growing the buffer when it is full.</summary>
    /// <exception cref="InvalidOperationException">The buffer is full at its largest size: the reader should have checked the record's length.</exception>
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
            if (Buffer.Length >= maximumSize)
            {
                throw new InvalidOperationException("The input window is full at its largest size.");
            }

            var larger = Buffer;
            Array.Resize(ref larger, (int)Math.Min((long)Buffer.Length * 2, maximumSize));
            Buffer = larger;
        }

        int read = stream.Read(Buffer, End, Buffer.Length - End);
        if (read == 0)
        {
            AtEnd = true;
        }

        End += read;
    }

    /// <summary>Drops the unread bytes up to and including the next line break, reading past them without keeping them.</summary>
    /// <returns>The number of line breaks dropped: 1, or 0 at the end of the input.</returns>
    internal int SkipLine()
    {
        while (true)
        {
            int newline = Array.IndexOf(Buffer, (byte)'\n', Start, End - Start);
            if (newline >= 0)
            {
                Start = newline + 1;
                return 1;
            }

            Start = End;
            if (AtEnd)
            {
                return 0;
            }

            Fill();
        }
    }
}
