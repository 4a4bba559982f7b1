using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Input;

/// <summary>Streaming the elements of a JSON array as records, in process on memory streams, and where it must stop.</summary>
public sealed class JsonArrayReaderTests
{
    /// <summary>Reads until the end or the first failure; returns what was read before it and the failure.</summary>
    private static (List<(long Line, string Json)> Records, InputFormatException? Failure) ReadUntilFailure(byte[] input, int? chunk = null)
    {
        using Stream stream = chunk is { } size ? new TrickleStream(input, size) : new MemoryStream(input);
        var records = new List<(long, string)>();
        try
        {
            foreach (var record in new JsonArrayReader(stream).Read())
            {
                record.Error.Should().BeNull();
                records.Add((record.Line, Encoding.UTF8.GetString(record.Json!, 0, record.Length)));
            }
        }
        catch (InputFormatException exception)
        {
            return (records, exception);
        }

        return (records, null);
    }

    private static (List<(long Line, string Json)> Records, InputFormatException? Failure) ReadUntilFailure(string input) =>
        ReadUntilFailure(Encoding.UTF8.GetBytes(input));

    private static List<(long Line, string Json)> Read(string input)
    {
        var (records, failure) = ReadUntilFailure(input);
        failure.Should().BeNull();
        return records;
    }

    [Fact]
    public void Each_element_is_one_record_with_the_line_where_it_starts()
    {
        var input = "[\n  {\"id\":\"a\"},\n  {\n    \"id\": \"b\",\n    \"regions\": [\n      {\"region\": \"neck\"}\n    ]\n  },\n  {\"id\":\"c\"}\n]\n";

        var records = Read(input);

        records.Select(r => r.Line).Should().Equal(2, 3, 9);
        records[0].Json.Should().Be("{\"id\":\"a\"}");
        records[2].Json.Should().Be("{\"id\":\"c\"}");
        using var b = JsonDocument.Parse(records[1].Json);
        b.RootElement.GetProperty("id").GetString().Should().Be("b");
        b.RootElement.GetProperty("regions")[0].GetProperty("region").GetString().Should().Be("neck");
    }

    [Fact]
    public void A_compact_array_on_one_line_gives_every_element_line_one()
    {
        Read("[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]").Should().Equal((1L, "{\"id\":\"a\"}"), (1L, "{\"id\":\"b\"}"), (1L, "{\"id\":\"c\"}"));
    }

    [Fact]
    public void Brackets_commas_and_escaped_line_breaks_inside_strings_do_not_split_elements()
    {
        var tricky = "{\"id\":\"x],[{,}\\n\\\"]\"}";
        var records = Read("[" + tricky + ",\n{\"id\":\"y\"}]");

        records.Should().Equal((1L, tricky), (2L, "{\"id\":\"y\"}"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("  [ \n ]  \n")]
    [InlineData("\uFEFF[]")]
    public void An_empty_array_gives_no_records(string input)
    {
        Read(input).Should().BeEmpty();
    }

    [Fact]
    public void A_byte_order_mark_before_the_array_is_skipped()
    {
        Read("\uFEFF[\n{\"id\":\"a\"}\n]").Should().Equal((2L, "{\"id\":\"a\"}"));
    }

    [Fact]
    public void Elements_that_are_not_objects_are_still_records_so_that_each_gets_an_invalid_result()
    {
        Read("[1, \"text\", null, {\"id\":\"a\"}]").Select(r => r.Json).Should().Equal("1", "\"text\"", "null", "{\"id\":\"a\"}");
    }

    [Theory]
    [InlineData("{\"id\":\"a\"}")]
    [InlineData("id,regions\na,neck")]
    [InlineData("")]
    public void Input_that_is_not_an_array_is_an_input_error_that_says_so(string input)
    {
        var (records, failure) = ReadUntilFailure(input);

        records.Should().BeEmpty();
        failure.Should().NotBeNull();
        failure!.Message.Should().Contain("not a JSON array").And.Contain("'['");
    }

    [Fact]
    public void An_array_that_is_not_closed_fails_after_giving_the_complete_elements()
    {
        var (records, failure) = ReadUntilFailure("[\n{\"id\":\"secret-a\"},\n{\"id\":\"secret-b\"}\n");

        records.Select(r => r.Line).Should().Equal(2, 3);
        failure.Should().NotBeNull();
        failure!.Message.Should().Contain("not closed").And.Contain("']'");
        failure.Message.Should().NotContain("secret", "error messages never repeat record content");
    }

    [Fact]
    public void A_malformed_element_fails_with_its_line_after_giving_the_elements_before_it()
    {
        var (records, failure) = ReadUntilFailure("[\n{\"id\":\"a\"},\n{\"id\":\"b\"},\n{\"id\":\"secret-c\", regions: []},\n{\"id\":\"d\"}\n]");

        records.Select(r => r.Json).Should().Equal("{\"id\":\"a\"}", "{\"id\":\"b\"}");
        failure.Should().NotBeNull();
        failure!.Message.Should().Contain("line 4").And.Contain("not well-formed JSON");
        failure.Message.Should().NotContain("secret");
    }

    [Fact]
    public void An_element_cut_off_at_the_end_of_the_input_fails_with_its_line()
    {
        var (records, failure) = ReadUntilFailure("[\n{\"id\":\"a\"},\n{\"id\":\"b\",\"regions\":[");

        records.Should().Equal((2L, "{\"id\":\"a\"}"));
        failure.Should().NotBeNull();
        failure!.Message.Should().Contain("line 3");
    }

    [Fact]
    public void A_missing_comma_between_elements_fails_with_the_line()
    {
        var (records, failure) = ReadUntilFailure("[\n{\"id\":\"a\"}\n{\"id\":\"b\"}\n]");

        records.Should().Equal((2L, "{\"id\":\"a\"}"));
        failure.Should().NotBeNull();
        failure!.Message.Should().Contain("','").And.Contain("line 3");
    }

    [Fact]
    public void Content_after_the_closing_bracket_is_an_input_error()
    {
        var (records, failure) = ReadUntilFailure("[{\"id\":\"a\"}]\n{\"id\":\"b\"}\n");

        records.Should().HaveCount(1);
        failure.Should().NotBeNull();
        failure!.Message.Should().Contain("after the end of the JSON array").And.Contain("line 2");
    }

    [Fact]
    public void An_element_larger_than_the_read_buffer_is_read_whole()
    {
        var big = "{\"id\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";

        var records = Read("[\n{\"id\":\"a\"},\n" + big + ",\n{\"id\":\"c\"}\n]");

        records.Select(r => r.Line).Should().Equal(2, 3, 4);
        records[1].Json.Should().Be(big);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(1000)]
    public void Reading_a_stream_that_returns_few_bytes_at_a_time_gives_the_same_records(int chunk)
    {
        var (records, failure) = ReadUntilFailure(Encoding.UTF8.GetBytes("\uFEFF" + Samples.CohortAsJsonArray), chunk);

        failure.Should().BeNull();
        records.Should().Equal(Samples.CohortLines.Select((line, i) => ((long)(i + 2), line)));
    }
}
