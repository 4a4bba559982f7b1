using System;
using System.IO;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// A forward-only, read-only stream over another, which it owns and disposes: the base of the input's wrappers
/// (<see cref="HashingStream"/>, <see cref="PrefixedStream"/>, <see cref="Utf8CheckingStream"/>), which each add one
/// thing to <see cref="Read(Span{byte})"/> and nothing else.
/// </summary>
internal abstract class ReadThroughStream : Stream
{
    protected ReadThroughStream(Stream inner) => Inner = inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Gets the stream read through.</summary>
    protected Stream Inner { get; }

    public abstract override int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
