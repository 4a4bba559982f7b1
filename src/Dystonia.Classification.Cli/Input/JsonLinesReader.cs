using System;
using System.Collections.Generic;
using System.IO;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// Splits a stream into lines of UTF-8 JSON without decoding it: one record per non-blank line, with its line
/// number. Skips a leading byte-order mark, accepts CRLF, and grows its buffer for long lines.
/// </summary>
internal sealed class JsonLinesReader
{
    private readonly Stream stream;

    internal JsonLinesReader(Stream stream) => this.stream = stream;

    internal IEnumerable<InputRecord> Read()
    {
        var window = new InputWindow(stream);
        long line = 0;
        bool first = true;
        while (true)
        {
            var buffer = window.Buffer;
            int start = window.Start;
            int end = window.End;
            int newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline < 0 && !window.AtEnd)
            {
                window.Fill();
                continue;
            }

            int lineEnd = newline < 0 ? end : newline;
            if (newline < 0 && start == end)
            {
                yield break;
            }

            line++;
            int from = start;
            if (first)
            {
                first = false;
                if (lineEnd - from >= 3 && buffer[from] == 0xEF && buffer[from + 1] == 0xBB && buffer[from + 2] == 0xBF)
                {
                    from += 3;
                }
            }

            int to = lineEnd;
            if (to > from && buffer[to - 1] == (byte)'\r')
            {
                to--;
            }

            if (!IsBlank(buffer, from, to))
            {
                var json = new byte[to - from];
                Buffer.BlockCopy(buffer, from, json, 0, json.Length);
                yield return InputRecord.FromJson(line, json, json.Length);
            }

            window.Start = newline < 0 ? end : newline + 1;
        }
    }

    private static bool IsBlank(byte[] buffer, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
