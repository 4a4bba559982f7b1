using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Dystonia.Classification.Cli.Input;

/// <summary>Reads through to the input as given (before any decompression) and keeps its SHA-256 and length, for the provenance file.</summary>
internal sealed class HashingStream : ReadThroughStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    internal HashingStream(Stream inner)
        : base(inner)
    {
    }

    /// <summary>Gets the number of bytes read so far.</summary>
    internal long BytesRead { get; private set; }

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    /// <summary>Returns the SHA-256 of the bytes read so far, in lower-case hex; reading the rest first when <paramref name="toEnd"/>.</summary>
    internal string Sha256(bool toEnd)
    {
        if (toEnd)
        {
            var rest = new byte[1 << 16];
            while (Read(rest, 0, rest.Length) > 0)
            {
            }
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    public override int Read(Span<byte> buffer)
    {
        int read = Inner.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        hash.Dispose();
        await Inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private void Count(ReadOnlySpan<byte> bytes)
    {
        hash.AppendData(bytes);
        BytesRead += bytes.Length;
    }
}
