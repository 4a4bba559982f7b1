using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// Splits a stream into lines of UTF-8 JSON without decoding it: one record per non-blank line, with its line
/// number. Skips a leading byte-order mark, accepts CRLF, and grows its buffer for long lines up to the maximum
/// record size; a longer line is reported as an invalid record and skipped without being read into memory.
/// </summary>
internal sealed class JsonLinesReader
{
    /// <summary>The error code of a record longer than the maximum record size.</summary>
    internal const string RecordTooLargeCode = "RecordTooLarge";

    private readonly Stream stream;
    private readonly InputLimits limits;

    internal JsonLinesReader(Stream stream, InputLimits? limits = null)
    {
        this.stream = stream;
        this.limits = limits ?? InputLimits.Default;
    }

    internal static ClassificationError TooLarge(int maximumRecordSize) => new(
        "",
        RecordTooLargeCode,
        string.Create(CultureInfo.InvariantCulture, $"The record is longer than the maximum record size ({maximumRecordSize} bytes) and was skipped unread; --max-record-size raises the limit."));

    internal IEnumerable<InputRecord> Read()
    {
        int maximum = limits.MaximumRecordSize;
        var window = new InputWindow(stream, maximum);
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
                if (window.Length > maximum + 1)
                {
                    // Longer than any record may be (a CR before the line break aside): report it and read past it
                    // without keeping it.
                    line++;
                    first = false;
                    window.SkipLine();
                    yield return InputRecord.FromError(line, TooLarge(maximum));
                    continue;
                }

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

            window.Start = newline < 0 ? end : newline + 1;
            if (to - from > maximum)
            {
                yield return InputRecord.FromError(line, TooLarge(maximum));
            }
            else if (!IsBlank(buffer, from, to))
            {
                var json = new byte[to - from];
                Buffer.BlockCopy(buffer, from, json, 0, json.Length);
                yield return InputRecord.FromJson(line, json, json.Length);
            }
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
