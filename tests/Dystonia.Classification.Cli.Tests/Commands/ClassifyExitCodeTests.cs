using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// End to end: the documented exit codes (0 all classified, 1 some invalid, 2 unusable arguments, 3 input unreadable,
/// 4 output failed) and error messages that name the file, option or column at fault without repeating any record content.
/// </summary>
public sealed class ClassifyExitCodeTests
{
    private const string Secret = "SECRET-PATIENT-7";

    private static string RecordLine(int i, string region = "neck") =>
        "{\"id\":\"" + Secret + "-" + i.ToString(CultureInfo.InvariantCulture) + "\",\"regions\":[{\"region\":\"" + region + "\"}]}";

    private static void ShouldBeUsageError(ToolRun run, params string[] mentions) => ShouldFail(run, 2, mentions);

    private static void ShouldBeInputError(ToolRun run, params string[] mentions) => ShouldFail(run, 3, mentions);

    private static void ShouldFail(ToolRun run, int exitCode, params string[] mentions)
    {
        run.ExitCode.Should().Be(exitCode, run.ToString());
        run.Stderr.Should().StartWith("dystonia: ", "errors are prefixed with the tool name");
        foreach (var mention in mentions)
        {
            run.Stderr.Should().Contain(mention);
        }

        run.Stderr.Should().NotContain(Secret, "error messages never repeat record content");
        run.Stderr.Should().NotContain("   at ", "a usage error is a message, not a stack trace");
        run.Stderr.Should().NotContain("Exception");
    }

    [Fact]
    public async Task All_records_classified_exits_0()
    {
        (await DystoniaTool.RunWithInputAsync(RecordLine(1) + "\n" + RecordLine(2, "trunk") + "\n", "classify", "-", "-q")).ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Every_record_invalid_still_exits_1_with_one_result_each()
    {
        var run = await DystoniaTool.RunWithInputAsync(RecordLine(1, "Neck") + "\n" + RecordLine(2, "upperLimb") + "\n", "classify", "-", "-q");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Records.Should().HaveCount(2).And.OnlyContain(r => r.GetProperty("status").GetString() == "invalid");
    }

    [Fact]
    public async Task Empty_input_exits_0_with_no_results()
    {
        var run = await DystoniaTool.RunWithInputAsync("", "classify", "-");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("dystonia: 0 records");
    }

    [Fact]
    public async Task A_missing_input_file_exits_3_and_names_the_file()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("no-such-cohort.jsonl");

        var run = await DystoniaTool.RunAsync("classify", missing);

        ShouldBeInputError(run, "no-such-cohort.jsonl", "no such file");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_option_exits_2_and_names_it()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--bogus");

        ShouldBeUsageError(run, "--bogus", "dystonia --help");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task A_bad_format_value_exits_2_and_lists_the_allowed_ones()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--format", "xml");

        ShouldBeUsageError(run, "'xml'", "jsonl", "csv");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task A_bad_input_format_value_exits_2()
    {
        ShouldBeUsageError(await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--input-format", "xlsx"), "'xlsx'");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("257")]
    public async Task A_thread_count_out_of_range_exits_2_and_names_the_option(string threads)
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--threads", threads);

        ShouldBeUsageError(run, "--threads");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task A_thread_count_that_is_not_a_number_exits_2_and_names_the_option()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--threads", "abc");

        ShouldBeUsageError(run, "--threads", "abc");
    }

    [Fact]
    public async Task A_missing_input_argument_exits_2()
    {
        ShouldBeUsageError(await DystoniaTool.RunAsync("classify"), "input");
    }

    [Fact]
    public async Task An_unknown_csv_column_exits_3_and_names_its_position_but_no_cell()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("cohort.csv", "id,regions,severity\n" + Secret + ",neck,3\n");

        var run = await DystoniaTool.RunAsync("classify", path);

        ShouldBeInputError(run, "Column 3 of the CSV header is not a known column");
        run.Stderr.Should().NotContain("severity", "a header cell may be a record's data when the header row is missing");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task A_json_array_that_is_not_closed_exits_3_with_a_clear_message()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("cohort.json", "[\n" + RecordLine(1) + ",\n" + RecordLine(2) + "\n");

        var run = await DystoniaTool.RunAsync("classify", path);

        ShouldBeInputError(run, "JSON array is not closed");
    }

    [Fact]
    public async Task A_malformed_array_element_exits_3_and_names_its_line()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("cohort.json", "[\n" + RecordLine(1) + ",\n" + RecordLine(2) + ",\n{\"id\":\"" + Secret + "\", regions: []},\n" + RecordLine(4) + "\n]\n");

        var run = await DystoniaTool.RunAsync("classify", path);

        ShouldBeInputError(run, "line 4", "not well-formed JSON");
    }

    [Fact]
    public async Task Records_before_an_array_failure_are_still_written()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("cohort.json", "[\n" + RecordLine(1) + ",\n" + RecordLine(2, "trunk") + ",\n{\"id\":\"broken\", regions: []}\n]\n");

        var run = await DystoniaTool.RunAsync("classify", path, "--no-reasoning");

        ShouldBeInputError(run, "line 4");
        run.Records.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(2, 3);
        run.Records.Select(r => r.GetProperty("status").GetString()).Should().Equal("classified", "classified");
    }

    [Fact]
    public async Task An_output_path_in_a_missing_directory_exits_4_names_the_path_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "no-such-dir", "results.jsonl");

        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--output", output);

        ShouldFail(run, 4, output, "no such directory");
        run.Stdout.Should().BeEmpty();
        Directory.Exists(Path.Combine(temp.Path, "no-such-dir")).Should().BeFalse();
    }

    [Fact]
    public async Task Input_that_is_not_an_array_read_as_json_exits_3()
    {
        var run = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--input-format", "json");

        ShouldBeInputError(run, "not a JSON array");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_command_exits_2()
    {
        var run = await DystoniaTool.RunAsync("frobnicate");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().Contain("frobnicate");
    }

    [Fact]
    public async Task Help_lists_the_commands_and_exits_0()
    {
        var run = await DystoniaTool.RunAsync("--help");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("classify").And.Contain("explain").And.Contain("schema");
    }

    [Fact]
    public async Task Usage_errors_write_nothing_to_standard_output_even_with_stdin_input()
    {
        var run = await DystoniaTool.RunWithInputAsync(Encoding.UTF8.GetBytes(RecordLine(1) + "\n"), "classify", "-", "--format", "yaml");

        ShouldBeUsageError(run, "'yaml'");
        run.Stdout.Should().BeEmpty();
    }
}
