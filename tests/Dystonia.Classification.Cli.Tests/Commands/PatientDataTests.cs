using System.Collections.Generic;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;
using Dystonia.Classification.Tests.Privacy;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// Standard error carries the summary and error messages only: records carrying a distinctive id, age, date and
/// free text into every kind of invalid input, in every input format and every way a run can fail, must not get
/// any of them onto standard error. (Standard output is the results, which copy the record id by design.)
/// </summary>
public sealed class PatientDataTests
{
    private static readonly string Csv =
        "id,ageAtOnset,regions,onsetRegion,course,gene,familyHistory\n" +
        PatientData.Id + ",\"" + PatientData.Age.Replace('.', ',') + "\",neck,,,,\n" +
        PatientData.Id + "," + PatientData.Age + ",neck,,,,\n" +
        PatientData.Id + ",30,\"" + PatientData.FreeText + "\",,,,\n" +
        PatientData.Id + ",30,neck,upperLimb:left,,,\n" +
        PatientData.Id + ",30,neck,,\"" + PatientData.FreeText + "\",,\n" +
        PatientData.Id + ",30,neck,,," + PatientData.Word + " 1,\n" +
        PatientData.Id + ",30,neck,,,," + PatientData.Word + "\n" +
        PatientData.Id + ",30,ne\"ck " + PatientData.FreeText + ",,,,\n" +
        PatientData.Id + ",30,neck,,,,,\"" + PatientData.FreeText + "\"\n";

    private static void ShouldNotLeak(ToolRun run)
    {
        foreach (var marker in PatientData.Markers)
        {
            run.Stderr.Should().NotContain(marker, "standard error must not repeat record content ({0})", run);
        }

        run.Stderr.Should().NotContain("   at ", "failures are messages, not stack traces");
    }

    [Fact]
    public async Task Json_lines_invalid_in_every_way_put_no_patient_data_on_standard_error()
    {
        var run = await DystoniaTool.RunWithInputAsync(string.Join("\n", PatientData.InvalidRecords) + "\n", "classify", "-");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Records.Should().HaveCount(PatientData.InvalidRecords.Count);
        ShouldNotLeak(run);
    }

    [Fact]
    public async Task Csv_rows_invalid_in_every_way_put_no_patient_data_on_standard_error()
    {
        using var temp = new TempDirectory();

        var run = await DystoniaTool.RunAsync("classify", temp.Write("cohort.csv", Csv), "--format", "csv");

        run.ExitCode.Should().Be(1, run.ToString());
        run.StdoutLines.Should().HaveCount(10, "a header and one row per record");
        ShouldNotLeak(run);
    }

    [Fact]
    public async Task A_csv_file_without_its_header_row_fails_naming_the_column_position_not_the_first_row()
    {
        using var temp = new TempDirectory();
        var headerless = PatientData.Id + "," + PatientData.Age + ",neck,\"" + PatientData.FreeText + "\"\n" + "c-2,34,neck,\n";

        var run = await DystoniaTool.RunAsync("classify", temp.Write("headerless.csv", headerless));

        run.ExitCode.Should().Be(3, run.ToString());
        run.Stderr.Should().StartWith("dystonia: Column 1 of the CSV header is not a known column").And.Contain("header row");
        ShouldNotLeak(run);
    }

    [Fact]
    public async Task A_json_array_that_breaks_off_puts_no_patient_data_on_standard_error()
    {
        var records = new List<string> { "{\"id\":\"" + PatientData.Id + "\",\"regions\":[{\"region\":\"neck\"}]}" };
        records.AddRange(PatientData.InvalidRecords.Take(16));
        using var temp = new TempDirectory();

        var run = await DystoniaTool.RunAsync("classify", temp.Write("cohort.json", "[\n" + string.Join(",\n", records) + ",\n{\"id\":\"" + PatientData.Id + "\",\"notes\":" + PatientData.FreeText + "}\n]\n"));

        run.ExitCode.Should().Be(3, run.ToString());
        ShouldNotLeak(run);
    }

    [Fact]
    public async Task Explain_of_an_invalid_record_puts_no_patient_data_on_standard_error()
    {
        foreach (var record in PatientData.InvalidRecords.Take(6))
        {
            var run = await DystoniaTool.RunWithInputAsync(record, "explain", "-");

            run.ExitCode.Should().Be(1, run.ToString());
            run.Stderr.Should().BeEmpty();
        }
    }
}
