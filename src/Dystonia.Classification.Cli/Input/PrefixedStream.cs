using System;
using System.IO;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// A read-only stream that first replays bytes already taken from the inner stream (format sniffing): a head kept
/// as it was, a number of line breaks standing for leading whitespace that was dropped, and the chunk that followed.
/// </summary>
internal sealed class PrefixedStream : ReadThroughStream
{
    private readonly ReadOnlyMemory<byte> head;
    private readonly ReadOnlyMemory<byte> tail;
    private long newlines;
    private int headPosition;
    private int tailPosition;

    internal PrefixedStream(ReadOnlyMemory<byte> head, long newlines, ReadOnlyMemory<byte> tail, Stream inner)
        : base(inner)
    {
        this.head = head;
        this.newlines = newlines;
        this.tail = tail;
    }

    public override int Read(Span<byte> buffer)
    {
        if (headPosition < head.Length)
        {
            int n = Math.Min(buffer.Length, head.Length - headPosition);
            head.Span.Slice(headPosition, n).CopyTo(buffer);
            headPosition += n;
            return n;
        }

        if (newlines > 0)
        {
            int n = (int)Math.Min(buffer.Length, newlines);
            buffer[..n].Fill((byte)'\n');
            newlines -= n;
            return n;
        }

        if (tailPosition < tail.Length)
        {
            int n = Math.Min(buffer.Length, tail.Length - tailPosition);
            tail.Span.Slice(tailPosition, n).CopyTo(buffer);
            tailPosition += n;
            return n;
        }

        return Inner.Read(buffer);
    }

}
