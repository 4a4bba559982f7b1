using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// Streams the elements of one top-level JSON array, each as its own record, without holding the array in
/// memory. An element that is not well-formed JSON ends the read: the rest of an array cannot be split reliably,
/// so the tool reports where it stopped (JSON Lines has no such limit).
/// </summary>
internal sealed class JsonArrayReader
{
    private const int InitialBuffer = 1 << 20;
    private readonly Stream stream;
    private byte[] buffer = new byte[InitialBuffer];
    private int start;
    private int end;
    private bool eof;
    private long line = 1;

    internal JsonArrayReader(Stream stream) => this.stream = stream;

    internal IEnumerable<InputRecord> Read()
    {
        SkipByteOrderMark();
        if (NextSignificant() != '[')
        {
            throw new InputFormatException("The input is not a JSON array: it must start with '['.");
        }

        Advance(1);
        bool expectElement = true;
        bool sawElement = false;
        while (true)
        {
            int next = NextSignificant();
            if (next < 0)
            {
                throw new InputFormatException("The JSON array is not closed: ']' is missing at the end of the input.");
            }

            if (next == ']' && (!expectElement || !sawElement))
            {
                Advance(1);
                if (NextSignificant() >= 0)
                {
                    throw new InputFormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Unexpected content after the end of the JSON array at line {line}."));
                }

                yield break;
            }

            if (next == ',' && !expectElement)
            {
                Advance(1);
                expectElement = true;
                continue;
            }

            if (!expectElement)
            {
                throw new InputFormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Expected ',' or ']' between array elements at line {line}."));
            }

            long elementLine = line;
            int length = MeasureElement(elementLine);
            var json = new byte[length];
            Buffer.BlockCopy(buffer, start, json, 0, length);
            Advance(length);
            expectElement = false;
            sawElement = true;
            yield return InputRecord.FromJson(elementLine, json, length);
        }
    }

    /// <summary>Returns the byte length of the JSON value at <see cref="start"/>, reading more input as needed.</summary>
    private int MeasureElement(long elementLine)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), isFinalBlock: eof, state: default);
            try
            {
                if (reader.Read() && reader.TrySkip())
                {
                    return (int)reader.BytesConsumed;
                }
            }
            catch (JsonException exception)
            {
                throw new InputFormatException(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The array element starting at line {elementLine} is not well-formed JSON; the rest of the array cannot be read. Use JSON Lines to keep going past bad records."),
                    exception);
            }

            if (eof)
            {
                throw new InputFormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The array element starting at line {elementLine} is cut off at the end of the input."));
            }

            Fill();
        }
    }

    /// <summary>Returns the next non-whitespace byte without consuming it, or -1 at the end of the input.</summary>
    private int NextSignificant()
    {
        while (true)
        {
            while (start < end)
            {
                byte b = buffer[start];
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r')
                {
                    start++;
                }
                else if (b == (byte)'\n')
                {
                    start++;
                    line++;
                }
                else
                {
                    return b;
                }
            }

            if (eof)
            {
                return -1;
            }

            Fill();
        }
    }

    private void Advance(int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (buffer[i] == (byte)'\n')
            {
                line++;
            }
        }

        start += count;
    }

    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        int read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
        }

        end += read;
    }

    private void SkipByteOrderMark()
    {
        while (end - start < 3 && !eof)
        {
            Fill();
        }

        if (end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF)
        {
            start += 3;
        }
    }
}
