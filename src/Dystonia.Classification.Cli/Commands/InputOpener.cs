using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dystonia.Classification.Cli.Input;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>Opens a file or standard input (<c>-</c>) and picks the record reader for its format.</summary>
internal static class InputOpener
{
    private const int MaximumSniff = 1 << 20;

    internal static Stream Open(string path, ConsoleStreams console) =>
        path == "-" ? console.OpenStandardInput() : new FileStream(console.PathOf(path), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Decides the input format; may replace <paramref name="stream"/> by one that replays the bytes it looked at.</summary>
    internal static InputFormat Resolve(string path, InputFormat requested, ref Stream stream)
    {
        if (requested != InputFormat.Auto)
        {
            return requested;
        }

        var extension = path == "-" ? "" : Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".jsonl" or ".ndjson":
                return InputFormat.JsonLines;
            case ".json":
                return InputFormat.JsonArray;
            case ".csv":
                return InputFormat.Csv;
        }

        // Standard input or an unknown extension: read up to the first significant byte (at most 1 MiB), then replay it.
        var peek = new byte[4096];
        int read = 0;
        int i = 0;
        while (true)
        {
            if (read == peek.Length)
            {
                if (read >= MaximumSniff)
                {
                    break;
                }

                Array.Resize(ref peek, peek.Length * 2);
            }

            int got = stream.Read(peek, read, peek.Length - read);
            if (got == 0)
            {
                break;
            }

            read += got;
            if (i == 0 && read >= 3 && peek[0] == 0xEF && peek[1] == 0xBB && peek[2] == 0xBF)
            {
                i = 3;
            }

            while (i < read && peek[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            if (i < read)
            {
                break;
            }
        }

        stream = new PrefixedStream(peek.AsMemory(0, read), stream);

        return i < read && peek[i] == (byte)'[' ? InputFormat.JsonArray
            : i < read && peek[i] == (byte)'{' ? InputFormat.JsonLines
            : InputFormat.Csv;
    }

    internal static IEnumerable<InputRecord> Records(InputFormat format, Stream stream) => format switch
    {
        InputFormat.JsonArray => new JsonArrayReader(stream).Read(),
        InputFormat.Csv => new CsvRecordReader(stream).Read(),
        _ => new JsonLinesReader(stream).Read(),
    };
}

