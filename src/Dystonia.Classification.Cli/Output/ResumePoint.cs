using System;
using System.IO;
using System.Text.Json;

namespace Dystonia.Classification.Cli.Output;

/// <summary>
/// Where a run stopped, read from the partial output it left (<c>&lt;output&gt;.partial</c>): the JSON Lines records
/// written whole, in input order. A resumed run writes them again, skips that many input records and goes on, so that
/// its output is the output of one uninterrupted run.
/// </summary>
internal readonly record struct ResumePoint(byte[] Kept, long Records)
{
    /// <summary>
    /// Reads the complete records at the start of a partial JSON Lines output: each a whole line holding a JSON object
    /// with its input <c>line</c>. The first line that is not (a line cut by a kill, say) and everything after it is dropped.
    /// </summary>
    internal static ResumePoint Read(string partialPath)
    {
        byte[] bytes = File.ReadAllBytes(partialPath);
        int kept = 0;
        long records = 0;
        while (kept < bytes.Length)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', kept);
            if (end < 0 || !IsResultRecord(bytes.AsSpan(kept, end - kept)))
            {
                break;
            }

            records++;
            kept = end + 1;
        }

        return new ResumePoint(bytes.AsSpan(0, kept).ToArray(), records);
    }

    private static bool IsResultRecord(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            bool hasLine = false;
            while (reader.Read() && reader.CurrentDepth >= 1)
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("line"))
                {
                    hasLine = reader.Read() && reader.TokenType == JsonTokenType.Number;
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }

            return hasLine && reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0 && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
