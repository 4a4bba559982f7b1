using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using Dystonia.Classification.Cli.Input;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>Opens a file or standard input (<c>-</c>), refuses encodings other than UTF-8, and picks the record reader for its format.</summary>
internal static class InputOpener
{
    /// <summary>How much of the leading whitespace is kept as it is; past it only its line breaks are counted and replayed.</summary>
    private const int MaximumSniff = 1 << 20;

    internal static Stream Open(string path, ConsoleStreams console) =>
        path == "-" ? console.OpenStandardInput() : new FileStream(console.PathOf(path), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Returns the file a command reads, for the check that its output is not that file.</summary>
    internal static FileIdentity? IdentityOf(string path, ConsoleStreams console) =>
        path == "-" ? console.StandardInputFile() : FileIdentity.Of(console.PathOf(path));

    /// <summary>
    /// Decides the input format and checks the encoding; replaces <paramref name="stream"/> by one that replays the
    /// bytes it looked at. Throws <see cref="InputFormatException"/> for UTF-16 or UTF-32 input, which would otherwise
    /// be split at the wrong bytes into invented records.
    /// </summary>
    internal static InputFormat Resolve(string path, InputFormat requested, ref Stream stream, InputLimits limits)
    {
        var head = new byte[4];
        int read = 0;
        while (read < head.Length)
        {
            int got = stream.Read(head, read, head.Length - read);
            if (got == 0)
            {
                break;
            }

            read += got;
        }

        // Compressed input is known by its first bytes, not its name, so that gzip on standard input is read too.
        if (head.AsSpan(0, read) is [0x1F, 0x8B, ..])
        {
            stream = new GZipStream(new PrefixedStream(head.AsMemory(0, read), 0, ReadOnlyMemory<byte>.Empty, stream), CompressionMode.Decompress);
            var inner = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : "-";
            return Resolve(inner, requested, ref stream, limits);
        }

        if (CompressionOf(head.AsSpan(0, read)) is { } compression)
        {
            throw new InputFormatException(Commands.ToolTexts.Say(limits.Language, "input.compressed", compression));
        }

        if (EncodingOf(head.AsSpan(0, read)) is { } encoding)
        {
            throw new InputFormatException(Commands.ToolTexts.Say(limits.Language, "input.encoding", encoding));
        }

        var extension = path == "-" ? "" : Path.GetExtension(path).ToLowerInvariant();
        var known = requested != InputFormat.Auto ? requested : extension switch
        {
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".json" => InputFormat.JsonArray,
            ".csv" => InputFormat.Csv,
            _ => InputFormat.Auto,
        };
        if (known != InputFormat.Auto)
        {
            stream = new PrefixedStream(head.AsMemory(0, read), 0, ReadOnlyMemory<byte>.Empty, stream);
            return known;
        }

        // Standard input or an unknown extension: read up to the first significant byte, then replay what was read.
        // The first MiB is kept as it is; whitespace beyond it is dropped but for its line breaks, so that however much
        // of it leads the input, memory stays flat and the records keep their line numbers.
        var kept = new ArrayBufferWriter<byte>(4096);
        kept.Write(head.AsSpan(0, read));
        int start = read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        int significant = FirstSignificant(head.AsSpan(start, read - start));
        long droppedNewlines = 0;
        var tail = ReadOnlyMemory<byte>.Empty;
        if (significant < 0 && read == head.Length)
        {
            var chunk = new byte[1 << 16];
            while (true)
            {
                int got = stream.Read(chunk, 0, chunk.Length);
                if (got == 0)
                {
                    break;
                }

                int at = FirstSignificant(chunk.AsSpan(0, got));
                if (kept.WrittenCount < MaximumSniff && droppedNewlines == 0)
                {
                    kept.Write(chunk.AsSpan(0, got));
                }
                else if (at >= 0)
                {
                    tail = chunk.AsMemory(0, got);
                }
                else
                {
                    droppedNewlines += chunk.AsSpan(0, got).Count((byte)'\n');
                }

                if (at >= 0)
                {
                    significant = chunk[at];
                    break;
                }
            }
        }
        else if (significant >= 0)
        {
            significant = head[start + significant];
        }

        stream = new PrefixedStream(kept.WrittenMemory, droppedNewlines, tail, stream);
        return significant == '[' ? InputFormat.JsonArray
            : significant == '{' ? InputFormat.JsonLines
            : InputFormat.Csv;
    }

    internal static IEnumerable<InputRecord> Records(InputFormat format, Stream stream, InputLimits limits) => format switch
    {
        InputFormat.JsonArray => new JsonArrayReader(stream, limits).Read(),
        InputFormat.Csv => new CsvRecordReader(new Utf8CheckingStream(stream, limits.Language), limits).Read(),
        _ => new JsonLinesReader(stream, limits).Read(),
    };

    /// <summary>
    /// Opens the records of an input read with the CSV settings; for CSV the header is read at once, so that a header
    /// error ends the run before any output, and the names of the columns passed through are known.
    /// </summary>
    internal static (IEnumerable<InputRecord> Records, string[] KeptColumns, char? Delimiter) Records(InputFormat format, Stream stream, InputLimits limits, CsvSettings csv)
    {
        if (format != InputFormat.Csv)
        {
            return (Records(format, stream, limits), [], null);
        }

        // Checked as UTF-8 as it is read, so that an invalid byte stops the run naming its line instead of becoming U+FFFD.
        var reader = new CsvRecordReader(new Utf8CheckingStream(stream, limits.Language), limits, csv);
        reader.ReadHeader();
        return (reader.Read(), reader.KeptColumns, reader.Delimiter);
    }

    /// <summary>Names the compression of input other than gzip (which is read), or <see langword="null"/>.</summary>
    internal static string? CompressionOf(ReadOnlySpan<byte> head) => head switch
    {
        [0x50, 0x4B, 0x03, 0x04, ..] => "zip (an .xlsx workbook is a zip file: save the sheet as CSV UTF-8)",
        [0x42, 0x5A, 0x68, ..] => "bzip2",
        [0xFD, 0x37, 0x7A, 0x58, ..] => "xz",
        [0x28, 0xB5, 0x2F, 0xFD, ..] => "zstd",
        _ => null,
    };

    /// <summary>Names the encoding of input that starts with a UTF-16 or UTF-32 byte-order mark, or with a character of UTF-16 text; <see langword="null"/> otherwise.</summary>
    internal static string? EncodingOf(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
        [not 0, 0, not 0, 0, ..] => "UTF-16 (little-endian)",
        [0, not 0, 0, not 0, ..] => "UTF-16 (big-endian)",
        _ => null,
    };

    private static int FirstSignificant(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8);
}
