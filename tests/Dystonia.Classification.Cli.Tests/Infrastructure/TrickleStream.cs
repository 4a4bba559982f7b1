namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>A read-only stream that hands out its bytes a few at a time, as a pipe might, to test reads across buffer refills.</summary>
internal sealed class TrickleStream : Stream
{
    private readonly byte[] bytes;
    private readonly int chunk;
    private int position;

    internal TrickleStream(byte[] bytes, int chunk)
    {
        this.bytes = bytes;
        this.chunk = chunk;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = Math.Min(Math.Min(buffer.Length, chunk), bytes.Length - position);
        bytes.AsSpan(position, n).CopyTo(buffer);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
