using System.Collections.Generic;
using System.Text;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Input;

/// <summary>Splitting JSON Lines into records, in process on memory streams: line numbers, blank lines, CRLF, BOM, long lines.</summary>
public sealed class JsonLinesReaderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static List<(long Line, string Json)> Read(byte[] input, int? chunk = null)
    {
        using Stream stream = chunk is { } size ? new TrickleStream(input, size) : new MemoryStream(input);
        var records = new List<(long, string)>();
        foreach (var record in new JsonLinesReader(stream).Read())
        {
            record.Error.Should().BeNull("the line reader never judges a record; parsing happens later");
            record.Json.Should().NotBeNull();
            records.Add((record.Line, Encoding.UTF8.GetString(record.Json!, 0, record.Length)));
        }

        return records;
    }

    private static List<(long Line, string Json)> Read(string input) => Read(Encoding.UTF8.GetBytes(input));

    [Fact]
    public void Each_line_is_one_record_with_its_one_based_line_number_and_exact_text()
    {
        var records = Read("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n");

        records.Should().Equal((1L, "{\"id\":\"a\"}"), (2L, "{\"id\":\"b\"}"), (3L, "{\"id\":\"c\"}"));
    }

    [Fact]
    public void Blank_and_whitespace_only_lines_give_no_record_but_still_count_for_line_numbers()
    {
        var records = Read("{\"id\":\"a\"}\n\n   \t\n{\"id\":\"b\"}\n\r\n{\"id\":\"c\"}\n\n");

        records.Should().Equal((1L, "{\"id\":\"a\"}"), (4L, "{\"id\":\"b\"}"), (6L, "{\"id\":\"c\"}"));
    }

    [Fact]
    public void Crlf_line_endings_are_not_part_of_the_record()
    {
        var records = Read("{\"id\":\"a\"}\r\n{\"id\":\"b\"}\r\n");

        records.Should().Equal((1L, "{\"id\":\"a\"}"), (2L, "{\"id\":\"b\"}"));
        records.Should().OnlyContain(r => !r.Json.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_at_the_start_of_the_input_only()
    {
        var input = Bom.Concat(Encoding.UTF8.GetBytes("{\"id\":\"a\"}\n")).Concat(Bom).Concat(Encoding.UTF8.GetBytes("{\"id\":\"b\"}\n")).ToArray();

        var records = Read(input);

        records.Should().HaveCount(2);
        records[0].Should().Be((1L, "{\"id\":\"a\"}"));
        records[1].Line.Should().Be(2);
        records[1].Json.Should().StartWith("\uFEFF", "a byte-order mark in the middle of a file is content, left for the parser to reject");
    }

    [Fact]
    public void A_byte_order_mark_with_crlf_on_the_first_line_still_gives_the_plain_record()
    {
        var input = Bom.Concat(Encoding.UTF8.GetBytes("{\"id\":\"a\"}\r\n{\"id\":\"b\"}")).ToArray();

        Read(input).Should().Equal((1L, "{\"id\":\"a\"}"), (2L, "{\"id\":\"b\"}"));
    }

    [Fact]
    public void The_last_line_needs_no_newline()
    {
        Read("{\"id\":\"a\"}\n{\"id\":\"b\"}").Should().Equal((1L, "{\"id\":\"a\"}"), (2L, "{\"id\":\"b\"}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n  \r\n")]
    public void Input_without_content_gives_no_records(string input)
    {
        Read(input).Should().BeEmpty();
        Read(Bom.Concat(Encoding.UTF8.GetBytes(input)).ToArray()).Should().BeEmpty();
    }

    [Fact]
    public void Malformed_lines_are_still_records_so_that_each_gets_an_invalid_result()
    {
        var records = Read("{\"id\":\"a\"}\n{\"id\":\"b\",\"regions\":[\nnot json at all\n{\"id\":\"d\"}\n");

        records.Select(r => r.Line).Should().Equal(1, 2, 3, 4);
        records[1].Json.Should().Be("{\"id\":\"b\",\"regions\":[");
        records[2].Json.Should().Be("not json at all");
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read_whole()
    {
        var longValue = new string('x', 3 * 1024 * 1024);
        var longLine = "{\"id\":\"" + longValue + "\"}";
        var records = Read("{\"id\":\"a\"}\n" + longLine + "\n{\"id\":\"c\"}\n");

        records.Select(r => r.Line).Should().Equal(1, 2, 3);
        records[1].Json.Should().HaveLength(longLine.Length).And.Be(longLine);
        records[2].Json.Should().Be("{\"id\":\"c\"}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Reading_a_stream_that_returns_few_bytes_at_a_time_gives_the_same_records(int chunk)
    {
        var text = string.Join("\r\n", Samples.CohortLines) + "\r\n\r\n";
        var input = Bom.Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var records = Read(input, chunk);

        records.Should().Equal(Samples.CohortLines.Select((line, i) => ((long)(i + 1), line)));
    }

    [Fact]
    public void Multibyte_utf8_is_passed_through_unchanged()
    {
        var records = Read("{\"id\":\"Müller–Łódź 患者\"}\n");

        records.Should().Equal((1L, "{\"id\":\"Müller–Łódź 患者\"}"));
    }
}
