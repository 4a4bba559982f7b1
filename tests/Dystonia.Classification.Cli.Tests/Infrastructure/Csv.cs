using System.Collections.Generic;
using System.Text;

namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>
/// A strict RFC 4180 reader, independent of the tool's CSV library, so that "the output is parsable CSV" is checked
/// by other code than wrote it. Rows end with LF or CRLF; quoted cells may hold commas, quotes ("") and line breaks.
/// </summary>
internal static class Csv
{
    internal static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        int i = 0;
        bool cellStarted = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"' && cell.Length == 0 && !cellStarted)
            {
                cellStarted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unclosed quoted cell in row " + (rows.Count + 1) + ".");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i]);
                    i++;
                }

                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    throw new FormatException("Text after a closing quote in row " + (rows.Count + 1) + ".");
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    cellStarted = false;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\n':
                    row.Add(cell.ToString());
                    rows.Add([.. row]);
                    row.Clear();
                    cell.Clear();
                    cellStarted = false;
                    i++;
                    break;
                case '"':
                    throw new FormatException("A quote inside an unquoted cell in row " + (rows.Count + 1) + ".");
                default:
                    cell.Append(c);
                    cellStarted = true;
                    i++;
                    break;
            }
        }

        if (cellStarted || cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }

    /// <summary>Parses a table with a header row into one dictionary per data row, checking every row has the header's width.</summary>
    internal static (string[] Header, List<Dictionary<string, string>> Rows) ParseTable(string text)
    {
        var rows = Parse(text);
        rows.Should().NotBeEmpty("a CSV table starts with its header row");
        var header = rows[0];
        var table = new List<Dictionary<string, string>>();
        for (int r = 1; r < rows.Count; r++)
        {
            rows[r].Should().HaveCount(header.Length, "row {0} has one cell per header column", r + 1);
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int c = 0; c < header.Length; c++)
            {
                record[header[c]] = rows[r][c];
            }

            table.Add(record);
        }

        return (header, table);
    }
}
