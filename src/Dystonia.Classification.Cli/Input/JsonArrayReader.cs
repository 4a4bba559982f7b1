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
    /// <summary>
    /// Splitting the array only needs an element's end; how deep it nests is for the presentation reader to judge (it
    /// reports a record nested too deeply as invalid and goes on). The reader's default of 64 levels stopped the whole
    /// run at such an element with a false "not well-formed", so the limit here is the record size.
    /// </summary>
    private static readonly JsonReaderOptions SplitOptions = new() { MaxDepth = int.MaxValue };

    private readonly InputWindow window;
    private readonly InputLimits limits;
    private long line = 1;

    internal JsonArrayReader(Stream stream, InputLimits? limits = null)
    {
        this.limits = limits ?? InputLimits.Default;
        window = new InputWindow(stream, this.limits.MaximumRecordSize);
    }

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
            if (length > limits.MaximumRecordSize)
            {
                Advance(length);
                expectElement = false;
                sawElement = true;
                yield return InputRecord.FromError(elementLine, JsonLinesReader.TooLarge(limits.MaximumRecordSize));
                continue;
            }

            var json = new byte[length];
            Buffer.BlockCopy(window.Buffer, window.Start, json, 0, length);
            Advance(length);
            expectElement = false;
            sawElement = true;
            yield return InputRecord.FromJson(elementLine, json, length);
        }
    }

    /// <summary>Returns the byte length of the JSON value at the start of the window, reading more input as needed.</summary>
    private int MeasureElement(long elementLine)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(window.Buffer.AsSpan(window.Start, window.Length), isFinalBlock: window.AtEnd, new JsonReaderState(SplitOptions));
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

            if (window.AtEnd)
            {
                throw new InputFormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The array element starting at line {elementLine} is cut off at the end of the input."));
            }

            if (window.Length > limits.MaximumRecordSize + 1)
            {
                // Its end is not in sight, and finding it would mean holding it: the array cannot be split further.
                throw new InputFormatException(Commands.ToolTexts.Say(limits.Language, "input.arrayElementTooLarge", elementLine, limits.MaximumRecordSize));
            }

            window.Fill();
        }
    }

    /// <summary>Returns the next non-whitespace byte without consuming it, or -1 at the end of the input.</summary>
    private int NextSignificant()
    {
        while (true)
        {
            while (window.Start < window.End)
            {
                byte b = window.Buffer[window.Start];
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r')
                {
                    window.Start++;
                }
                else if (b == (byte)'\n')
                {
                    window.Start++;
                    line++;
                }
                else
                {
                    return b;
                }
            }

            if (window.AtEnd)
            {
                return -1;
            }

            window.Fill();
        }
    }

    private void Advance(int count)
    {
        var buffer = window.Buffer;
        for (int i = window.Start; i < window.Start + count; i++)
        {
            if (buffer[i] == (byte)'\n')
            {
                line++;
            }
        }

        window.Start += count;
    }

    private void SkipByteOrderMark()
    {
        while (window.Length < 3 && !window.AtEnd)
        {
            window.Fill();
        }

        var buffer = window.Buffer;
        int start = window.Start;
        if (window.Length >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF)
        {
            window.Start += 3;
        }
    }
}
