using System;
using System.IO;

namespace Dystonia.Classification.Cli.Input;

/// <summary>Detects the delimiter of a CSV file from its header line: the most frequent of <c>,</c>, <c>;</c> and tab outside quotes.</summary>
internal static class CsvDialect
{
    /// <summary>How much of the input is looked at for the header line.</summary>
    private const int MaximumHeader = 1 << 16;

    internal static readonly char[] Candidates = [',', ';', '\t'];

    /// <summary>
    /// Reads the header line from <paramref name="stream"/>, returns its delimiter (<c>,</c> when none of them occurs, as
    /// in a file with the one column <c>regions</c>) and replaces the stream by one that replays the bytes read.
    /// </summary>
    internal static char Detect(ref Stream stream)
    {
        var head = new byte[MaximumHeader];
        int read = 0;
        while (read < head.Length)
        {
            int got = stream.Read(head, read, head.Length - read);
            if (got == 0 || Array.IndexOf(head, (byte)'\n', read, got) >= 0)
            {
                read += got;
                break;
            }

            read += got;
        }

        stream = new PrefixedStream(head.AsMemory(0, read), 0, ReadOnlyMemory<byte>.Empty, stream);
        return Count(head.AsSpan(0, read));
    }

    /// <summary>Counts the candidates outside quotes on the first line of <paramref name="text"/>; ties go to the comma.</summary>
    internal static char Count(ReadOnlySpan<byte> text)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        bool quoted = false;
        foreach (var b in text)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b == '\n')
            {
                break;
            }
            else if (!quoted)
            {
                int at = Array.IndexOf(Candidates, (char)b);
                if (at >= 0)
                {
                    counts[at]++;
                }
            }
        }

        int best = 0;
        for (int i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    /// <summary>Names a delimiter for a message: <c>tab</c> or the character in quotes.</summary>
    internal static string Name(char delimiter) => delimiter == '\t' ? "tab" : "'" + delimiter + "'";
}
