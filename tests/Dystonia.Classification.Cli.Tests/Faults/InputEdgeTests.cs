using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Faults;

/// <summary>
/// Input at the edges: records beyond the maximum record size (a small limit stands in for a line of gigabytes),
/// array elements nested deeper than the JSON reader's default, encodings other than UTF-8, and leading whitespace
/// beyond what the format sniffing keeps.
/// </summary>
public sealed class InputEdgeTests
{
    private const string Neck = "{\"regions\":[{\"region\":\"neck\"}]}";

    [Fact]
    public async Task A_json_lines_record_over_the_maximum_size_is_reported_invalid_and_the_rest_classified()
    {
        var input = Neck + "\n{\"id\":\"" + new string('x', 5000) + "\",\"regions\":[]}\n" + Neck + "\n";

        var run = await DystoniaTool.RunWithInputAsync(input, "classify", "-", "--max-record-size", "1K", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(ExitCodes.SomeRecordsInvalid, run.ToString());
        run.Records.Select(r => r.GetProperty("status").GetString()).Should().Equal("classified", "invalid", "classified");
        var tooLarge = run.Records[1];
        tooLarge.GetProperty("line").GetInt64().Should().Be(2);
        tooLarge.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("RecordTooLarge");
        run.Stdout.Should().NotContain("xxxx", "the record is skipped unread");
    }

    [Fact]
    public async Task A_record_longer_than_the_buffer_grows_to_is_skipped_without_being_held()
    {
        // 3 MiB on one line with a 1 MiB limit: past the reader's first buffer, so the skip reads on without keeping it.
        var input = Neck + "\n{\"id\":\"" + new string('y', 3 << 20) + "\"}\n" + Neck + "\n";

        var run = await DystoniaTool.RunWithInputAsync(input, "classify", "-", "--max-record-size", "1M", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(ExitCodes.SomeRecordsInvalid, run.ToString());
        run.Records.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(1, 2, 3);
        run.Records[1].GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("RecordTooLarge");
    }

    [Fact]
    public async Task An_array_element_over_the_maximum_size_is_invalid_and_one_beyond_the_buffer_stops_the_run_after_the_earlier_records()
    {
        var small = "[" + Neck + ",{\"id\":\"" + new string('x', 2000) + "\"}," + Neck + "]";
        var huge = "[" + Neck + ",{\"id\":\"" + new string('x', 3 << 20) + "\"}," + Neck + "]";

        var skipped = await DystoniaTool.RunWithInputAsync(small, "classify", "-", "--max-record-size", "1K", "--no-reasoning", "-q");
        var stopped = await DystoniaTool.RunWithInputAsync(huge, "classify", "-", "--max-record-size", "1M", "--no-reasoning", "-q");

        skipped.ExitCode.Should().Be(ExitCodes.SomeRecordsInvalid, skipped.ToString());
        skipped.Records.Select(r => r.GetProperty("status").GetString()).Should().Equal("classified", "invalid", "classified");
        stopped.ExitCode.Should().Be(ExitCodes.InputUnreadable, stopped.ToString());
        stopped.Records.Should().ContainSingle();
        Faults.ShouldBeAPlainMessage(stopped.Stderr, "longer than the maximum record size", "--max-record-size");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2G")]
    [InlineData("lots")]
    public async Task A_maximum_record_size_out_of_range_is_a_usage_error(string size)
    {
        var run = await DystoniaTool.RunWithInputAsync(Neck + "\n", "classify", "-", "--max-record-size", size);

        run.ExitCode.Should().Be(ExitCodes.Usage, run.ToString());
        run.Stderr.Should().Contain("--max-record-size");
    }

    [Fact]
    public async Task An_array_element_nested_deeper_than_64_levels_is_one_invalid_record_and_the_run_goes_on()
    {
        var deep = "{\"regions\":" + new string('[', 100) + new string(']', 100) + "}";
        var array = "[" + Neck + "," + deep + "," + Neck + "]";

        var run = await DystoniaTool.RunWithInputAsync(array, "classify", "-", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(ExitCodes.SomeRecordsInvalid, run.ToString());
        run.Records.Select(r => r.GetProperty("status").GetString()).Should().Equal("classified", "invalid", "classified");
        run.Stderr.Should().NotContain("not well-formed");
    }

    [Theory]
    [InlineData("utf-16le-bom", "UTF-16 (little-endian)")]
    [InlineData("utf-16le", "UTF-16 (little-endian)")]
    [InlineData("utf-16be-bom", "UTF-16 (big-endian)")]
    [InlineData("utf-32le-bom", "UTF-32 (little-endian)")]
    public async Task Json_lines_in_another_encoding_is_refused_naming_it_and_invents_no_record(string encoding, string name)
    {
        var text = string.Concat(Enumerable.Repeat(Neck + "\n", 3));
        var bytes = encoding switch
        {
            "utf-16le-bom" => [.. new UnicodeEncoding(false, true).GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be-bom" => [.. new UnicodeEncoding(true, true).GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => [.. new UTF32Encoding(false, true).GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
        };
        using var temp = new TempDirectory();

        var run = await DystoniaTool.RunAsync("classify", temp.Write("cohort.jsonl", bytes));

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        run.Stdout.Should().BeEmpty();
        Faults.ShouldBeAPlainMessage(run.Stderr, "The input is " + name, "UTF-8");
    }

    [Fact]
    public async Task Invalid_utf8_in_csv_stops_the_run_naming_the_line_instead_of_changing_the_id()
    {
        using var temp = new TempDirectory();
        byte[] csv = [.. "id,regions\nc-1,neck\nc-"u8, 0xFF, 0xFE, .. "2,neck\n"u8];

        var run = await DystoniaTool.RunAsync("classify", temp.Write("cohort.csv", csv), "--no-reasoning");

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        run.Stdout.Should().NotContain("\uFFFD");
        Faults.ShouldBeAPlainMessage(run.Stderr, "not valid UTF-8 (at line 3)");
    }

    [Fact]
    public async Task Standard_input_after_more_than_a_mebibyte_of_whitespace_is_still_json_lines_with_its_line_numbers()
    {
        var input = new string(' ', 3 << 20) + "\n\n" + Neck + "\n";

        var run = await DystoniaTool.RunWithInputAsync(input, "classify", "-", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Records.Should().ContainSingle().Which.GetProperty("line").GetInt64().Should().Be(3);
    }
}
