using System;
using System.Buffers;
using System.IO;
using System.Text.Unicode;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// Passes a stream through and stops with <see cref="InputFormatException"/> at the first byte that is not UTF-8,
/// naming its line. The CSV reader decodes cells itself and would turn such bytes into U+FFFD silently, so that an id
/// written in another encoding came out changed; JSON Lines needs no such check, since the JSON reader reports invalid
/// UTF-8 as an invalid record.
/// </summary>
internal sealed class Utf8CheckingStream : ReadThroughStream
{
    private readonly string language;
    private readonly byte[] carry = new byte[4];
    private readonly char[] decoded = new char[4096];
    private byte[] joined = [];
    private int carried;
    private long line = 1;

    internal Utf8CheckingStream(Stream inner, string language)
        : base(inner)
    {
        this.language = language;
    }

    public override int Read(Span<byte> buffer)
    {
        int read = Inner.Read(buffer);
        Check(buffer[..read], isFinalBlock: read == 0);
        return read;
    }


    private void Check(ReadOnlySpan<byte> bytes, bool isFinalBlock)
    {
        var data = bytes;
        if (carried > 0)
        {
            // A character cut at the end of the last read is checked with the first bytes of this one.
            if (joined.Length < carried + bytes.Length)
            {
                joined = new byte[carried + bytes.Length];
            }

            carry.AsSpan(0, carried).CopyTo(joined);
            bytes.CopyTo(joined.AsSpan(carried));
            data = joined.AsSpan(0, carried + bytes.Length);
            carried = 0;
        }

        if (Decode(data, isFinalBlock, out int used) == OperationStatus.NeedMoreData && !isFinalBlock)
        {
            data[used..].CopyTo(carry);
            carried = data.Length - used;
        }
    }

    /// <summary>Decodes whole characters, counting lines; throws at an invalid sequence (or a cut one at the end).</summary>
    private OperationStatus Decode(ReadOnlySpan<byte> bytes, bool isFinalBlock, out int consumed)
    {
        consumed = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[consumed..], decoded, out int read, out _, replaceInvalidSequences: false, isFinalBlock);
            line += bytes.Slice(consumed, read).Count((byte)'\n');
            consumed += read;
            switch (status)
            {
                case OperationStatus.DestinationTooSmall:
                    continue;
                case OperationStatus.InvalidData:
                    throw new InputFormatException(Commands.ToolTexts.Say(language, "input.notUtf8", line));
                default:
                    return status;
            }
        }
    }
}
