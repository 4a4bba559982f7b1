using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// End to end: a JSON Lines file with a byte-order mark, CRLF line ends, blank lines and bad records in the middle.
/// Each bad line gives an invalid result with its line number and an error naming the field and the code; the good
/// lines around it still classify; the run ends with exit code 1. The tool runs once for the whole class.
/// </summary>
public sealed class ClassifyMalformedInputTests : IClassFixture<ClassifyMalformedInputTests.MalformedRun>
{
    private readonly MalformedRun fixture;

    public ClassifyMalformedInputTests(MalformedRun fixture) => this.fixture = fixture;

    private ToolRun Run => fixture.Run;

    private JsonElement ResultAtLine(long line) => Run.Records.Single(r => r.GetProperty("line").GetInt64() == line);

    [Fact]
    public void Every_record_gets_exactly_one_result_and_blank_lines_none()
    {
        Run.Records.Should().HaveCount(MalformedRun.RecordLines.Length, "one result per non-blank input line");
        Run.Records.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(MalformedRun.RecordLines, "results keep the input order and line numbers count every line");
    }

    [Fact]
    public void The_run_exits_with_1_because_some_records_are_invalid()
    {
        Run.ExitCode.Should().Be(1, Run.ToString());
        Run.Stderr.Should().StartWith("dystonia: 11 records, 4 classified, 7 invalid");
    }

    [Theory]
    [InlineData(1, "m-01", "focal")]
    [InlineData(2, "m-02", "segmental")]
    [InlineData(9, "m-09", "generalized")]
    [InlineData(13, "m-13", "focal")]
    public void The_good_lines_around_the_bad_ones_still_classify(long line, string id, string distribution)
    {
        var result = ResultAtLine(line);

        result.GetProperty("status").GetString().Should().Be("classified");
        result.GetProperty("id").GetString().Should().Be(id, "the byte-order mark and the CR are not part of the record");
        result.GetProperty("distribution").GetString().Should().Be(distribution);
    }

    [Theory]
    [InlineData(3, "etiology.nervousSystemPathology", "MalformedInput")]
    [InlineData(4, "severity", "UnknownProperty")]
    [InlineData(5, "ageAtOnset", "WrongType")]
    [InlineData(6, "regions[0].region", "UnknownRegion")]
    [InlineData(8, "course", "DuplicateProperty")]
    [InlineData(10, "course", "UnknownCourse")]
    [InlineData(11, "regions[0].side", "LimbSideRequired")]
    public void Each_bad_line_gives_an_invalid_result_with_its_line_and_an_error_naming_the_field_and_code(long line, string field, string code)
    {
        var result = ResultAtLine(line);

        result.GetProperty("status").GetString().Should().Be("invalid");
        result.TryGetProperty("distribution", out _).Should().BeFalse("an invalid record has no labels");
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        errors.Should().NotBeEmpty();
        errors.Should().Contain(e => e.GetProperty("field").GetString() == field && e.GetProperty("code").GetString() == code);
        errors.Should().OnlyContain(e => e.GetProperty("message").GetString()!.Length > 0);
    }

    [Fact]
    public void A_record_that_parses_but_fails_validation_keeps_its_id()
    {
        ResultAtLine(11).GetProperty("id").GetString().Should().Be("m-11");
    }

    [Theory]
    [InlineData(5, "forty")]
    [InlineData(6, "Neck")]
    [InlineData(10, "Static")]
    public void Error_messages_do_not_repeat_the_offending_value(long line, string value)
    {
        var messages = ResultAtLine(line).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString());

        messages.Should().OnlyContain(m => !m!.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_lines_on_standard_input_give_the_same_results()
    {
        var fromStdin = await DystoniaTool.RunWithInputAsync(MalformedRun.Content, "classify", "-", "--no-reasoning");

        fromStdin.ExitCode.Should().Be(1, fromStdin.ToString());
        fromStdin.Stdout.Should().Be(Run.Stdout);
    }

    /// <summary>Writes the file and runs <c>dystonia classify</c> on it once.</summary>
    public sealed class MalformedRun : IAsyncLifetime
    {
        /// <summary>The lines that hold a record (7 and 12 are blank).</summary>
        internal static readonly long[] RecordLines = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 13];

        private static readonly string[] Lines =
        [
            "\uFEFF{\"id\":\"m-01\",\"ageAtOnset\":30,\"regions\":[{\"region\":\"neck\",\"onset\":true}],\"course\":\"static\"}",
            "{\"id\":\"m-02\",\"regions\":[{\"region\":\"upperFace\"},{\"region\":\"lowerFace\"}]}",
            "{\"id\":\"m-03\",\"ageAtOnset\":30,\"regions\":[{\"region\":\"neck\"}],\"etiology\":{\"nervousSystemPathology\":\"no",
            "{\"id\":\"m-04\",\"regions\":[{\"region\":\"neck\"}],\"severity\":3}",
            "{\"id\":\"m-05\",\"ageAtOnset\":\"forty\",\"regions\":[{\"region\":\"neck\"}]}",
            "{\"id\":\"m-06\",\"regions\":[{\"region\":\"Neck\"}]}",
            "",
            "{\"id\":\"m-08\",\"course\":\"static\",\"course\":\"progressive\",\"regions\":[{\"region\":\"neck\"}]}",
            "{\"id\":\"m-09\",\"regions\":[{\"region\":\"trunk\"},{\"region\":\"neck\"},{\"region\":\"upperLimb\",\"side\":\"both\"}]}",
            "{\"id\":\"m-10\",\"regions\":[{\"region\":\"neck\"}],\"course\":\"Static\"}",
            "{\"id\":\"m-11\",\"regions\":[{\"region\":\"upperLimb\"}]}",
            "   \t",
            "{\"id\":\"m-13\",\"regions\":[{\"region\":\"lowerLimb\",\"side\":\"left\"}]}",
        ];

        /// <summary>Gets the file content: a byte-order mark, CRLF line ends, the last line ended too.</summary>
        internal static string Content { get; } = string.Join("\r\n", Lines) + "\r\n";

        internal ToolRun Run { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            using var temp = new TempDirectory();
            var path = temp.Write("malformed.jsonl", Encoding.UTF8.GetBytes(Content));
            Run = await DystoniaTool.RunAsync("classify", path, "--no-reasoning");
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
