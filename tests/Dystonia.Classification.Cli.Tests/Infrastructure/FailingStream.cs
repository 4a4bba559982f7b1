namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>
/// A write-only stream that takes a given number of bytes and then fails every write as a full disk does
/// (<c>ENOSPC</c>), to test a failing output in process.
/// </summary>
internal sealed class FailingStream(long capacity) : Stream
{
    private long written;

    /// <summary>Gets the number of bytes taken before the failure.</summary>
    internal long Written => written;

    /// <summary>Gets the number of writes refused.</summary>
    internal int Failures { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (written + buffer.Length > capacity)
        {
            Failures++;
            throw new IOException("No space left on device", 28);
        }

        written += buffer.Length;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
