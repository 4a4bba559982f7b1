using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// Exports as researchers have them (issue 17): a spreadsheet saved in a European locale, a REDCap raw export with its
/// mapping file, the wide layout of one 0/1 column per region, extra columns passed through, and gzip input.
/// </summary>
public sealed class ResearcherExportTests
{
    private const string Secret = "SECRET-PATIENT-9";

    private static string RedcapExport => RepositoryFiles.Path("samples", "redcap", "export-raw.csv");

    private static string RedcapMap => RepositoryFiles.Path("samples", "redcap", "map.json");

    private static string SpreadsheetEu => RepositoryFiles.Path("samples", "spreadsheet-eu.csv");

    [Fact]
    public async Task The_european_spreadsheet_sample_classifies_with_the_documented_command_like_the_sample_cohort()
    {
        var run = await DystoniaTool.RunAsync("classify", SpreadsheetEu, "--decimal-comma", "--no-reasoning", "-q");
        var cohort = await DystoniaTool.RunAsync("classify", Samples.CohortCsv, "--no-reasoning", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Should().HaveCount(12);
        var expected = Samples.LabelsById(cohort.Records.Take(12));
        var labels = Samples.LabelsById(run.Records);
        labels.Should().Equal(expected, "the ';' file with decimal commas, TRUE/FALSE, a byte order mark, CRLF and empty trailing header cells is the same cohort");
        run.Records[2].GetProperty("line").GetInt64().Should().Be(4);
    }

    [Fact]
    public async Task Without_decimal_comma_an_age_written_34_comma_5_is_an_invalid_record_that_says_which_switch_reads_it()
    {
        var run = await DystoniaTool.RunAsync("classify", SpreadsheetEu, "--no-reasoning", "-q");

        run.ExitCode.Should().Be(1);
        var invalid = run.Records.Where(r => r.GetProperty("status").GetString() == "invalid").ToList();
        invalid.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(4, 7);
        var error = invalid[0].GetProperty("errors")[0];
        error.GetProperty("field").GetString().Should().Be("ageAtOnset");
        error.GetProperty("message").GetString().Should().Contain("--decimal-comma");
    }

    [Theory]
    [InlineData(";")]
    [InlineData("\t")]
    public async Task The_delimiter_is_detected_from_the_header_line(string delimiter)
    {
        var csv = string.Join(delimiter, "id", "ageAtOnset", "regions", "nervousSystemPathology", "familyHistory") + "\n"
            + string.Join(delimiter, "r1", "34", "\"neck;trunk\"", "none", "yes") + "\n";

        var run = await DystoniaTool.RunWithInputAsync(csv, "classify", "-", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Single().GetProperty("distribution").GetString().Should().Be("segmental");
        run.Records.Single().GetProperty("heritability").GetString().Should().Be("idiopathicFamilial", "yes is a positive family history");
    }

    [Fact]
    public async Task A_wrong_delimiter_stops_with_a_hint_naming_the_delimiter_the_header_uses()
    {
        var run = await DystoniaTool.RunAsync("classify", SpreadsheetEu, "--delimiter", ",");

        run.ExitCode.Should().Be(3);
        run.Stderr.Should().Contain("Column 1 of the CSV header is not a known column").And.Contain("--delimiter ';'");
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("No", false)]
    public async Task Family_history_is_read_as_spreadsheets_and_redcap_write_it(string cell, bool familyHistory)
    {
        var run = await DystoniaTool.RunWithInputAsync("id,regions,familyHistory\nr1,neck," + cell + "\n", "classify", "-", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Single().GetProperty("reasoning").EnumerateArray()
            .SelectMany(step => step.GetProperty("evidence").EnumerateArray())
            .Where(e => e.GetProperty("field").GetString() == "etiology.familyHistory")
            .Select(e => e.GetProperty("value").GetRawText())
            .Should().Contain(familyHistory ? "\"positive\"" : "\"negative\"");
    }

    [Fact]
    public async Task The_zygosity_column_decides_whether_a_recessive_gene_establishes_a_cause_and_a_wrong_value_names_its_field()
    {
        var run = await DystoniaTool.RunWithInputAsync(
            "id,regions,ageAtOnset,gene,variantClassification,zygosity\n" +
            "carrier,neck,16,ATP7B,pathogenic,heterozygous\n" +
            "biallelic,neck,16,ATP7B,pathogenic,compoundHeterozygous\n" +
            "unrecorded,neck,16,ATP7B,pathogenic,\n" +
            "wrong,neck,16,ATP7B,pathogenic,carrier\n",
            "classify", "-", "-q");

        run.ExitCode.Should().Be(1, run.ToString());
        var records = run.Records.ToDictionary(r => r.GetProperty("id").GetString()!);
        records["carrier"].GetProperty("heritability").GetString().Should().Be("unknown");
        records["biallelic"].GetProperty("heritability").GetString().Should().Be("inherited");
        records["biallelic"].GetProperty("etiology").GetString().Should().Be("secondary");
        records["unrecorded"].GetProperty("missingFindings").EnumerateArray().Select(m => m.GetProperty("field").GetString())
            .Should().Contain("etiology.geneticFinding.zygosity");
        records["wrong"].GetProperty("status").GetString().Should().Be("invalid");
        records["wrong"].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString())
            .Should().Equal("etiology.geneticFinding.zygosity");
    }

    [Fact]
    public async Task A_value_under_an_empty_trailing_header_cell_makes_that_row_invalid_by_position_without_its_value()
    {
        var run = await DystoniaTool.RunWithInputAsync("id;regions;;\nr1;neck;;\nr2;neck;" + Secret + ";\n", "classify", "-", "-q");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Records[0].GetProperty("status").GetString().Should().Be("classified");
        run.Records[1].GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("Column 3");
        run.Stdout.Should().NotContain(Secret);
    }

    [Fact]
    public async Task Keep_columns_passes_extra_columns_through_to_both_output_formats_and_without_it_they_are_refused_with_the_hint()
    {
        const string csv = "study_site,id,regions,visit\nRiga,r1,neck,2\nLiepaja,r2,unknownPlace,3\n";

        var jsonl = await DystoniaTool.RunWithInputAsync(csv, "classify", "-", "--keep-columns", "--no-reasoning", "-q");
        var table = await DystoniaTool.RunWithInputAsync(csv, "classify", "-", "--keep-columns", "--no-reasoning", "--format", "csv", "-q");
        var refused = await DystoniaTool.RunWithInputAsync(csv, "classify", "-");

        jsonl.ExitCode.Should().Be(1);
        jsonl.Records[0].GetProperty("columns").GetProperty("study_site").GetString().Should().Be("Riga");
        jsonl.Records[1].GetProperty("columns").GetProperty("visit").GetString().Should().Be("3", "an invalid record keeps its columns too");
        var rows = Csv.Parse(table.Stdout);
        rows[0].Should().EndWith(["ruleSet", "decidedBy", "study_site", "visit"]);
        rows[1].Should().EndWith(["Riga", "2"]);
        refused.ExitCode.Should().Be(3);
        refused.Stderr.Should().Contain("--keep-columns").And.NotContain("Riga");
    }

    [Fact]
    public async Task The_wide_layout_reads_one_checkbox_column_per_region_and_side()
    {
        const string csv = "id,regions:neck,regions:upperLimb:left,regions:upperLimb:right,onsetRegion\nr1,1,1,0,neck\nr2,0,0,1,upperLimb:right\nr3,1,x,0,neck\n";

        var run = await DystoniaTool.RunWithInputAsync(csv, "classify", "-", "--no-reasoning", "-q");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Records[0].GetProperty("distribution").GetString().Should().Be("segmental");
        run.Records[1].GetProperty("distribution").GetString().Should().Be("focal");
        var error = run.Records[2].GetProperty("errors")[0];
        error.GetProperty("field").GetString().Should().Be("regions");
        error.GetProperty("message").GetString().Should().Contain("'regions:upperLimb:left' (column 3)");
    }

    [Fact]
    public async Task The_redcap_raw_export_classifies_with_the_documented_command()
    {
        var run = await DystoniaTool.RunAsync("classify", RedcapExport, "--map", RedcapMap, "--no-reasoning", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Records.Select(r => r.GetProperty("distribution").GetString())
            .Should().Equal("focal", "generalized", "focal", "segmental", "hemidystonia", "segmental");
        run.Records[1].GetProperty("heritability").GetString().Should().Be("inherited", "TOR1A, pathogenic, autosomal dominant, yes/no field 1");
        run.Records[4].GetProperty("etiology").GetString().Should().Be("secondary");
        run.Records[5].GetProperty("associatedFeatures").ValueKind.Should().Be(JsonValueKind.Null, "checkboxes all unticked are not recorded");
    }

    [Fact]
    public async Task Without_its_mapping_file_a_redcap_export_stops_with_a_hint_to_the_mapping_file()
    {
        var run = await DystoniaTool.RunAsync("classify", RedcapExport);

        run.ExitCode.Should().Be(3);
        run.Stderr.Should().Contain("REDCap").And.Contain("--map");
    }

    [Fact]
    public async Task A_code_the_mapping_file_does_not_list_makes_the_row_invalid_naming_the_column_and_not_the_code()
    {
        using var temp = new TempDirectory();
        var lines = File.ReadAllLines(RedcapExport);
        var header = lines[0].Split(',');
        var cells = lines[1].Split(',');
        cells[Array.IndexOf(header, "course")] = "97";
        var export = temp.Write("export.csv", lines[0] + "\n" + string.Join(',', cells) + "\n");

        var run = await DystoniaTool.RunAsync("classify", export, "--map", RedcapMap, "-q");

        run.ExitCode.Should().Be(1, run.ToString());
        var error = run.Records.Single().GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be("UnmappedCode");
        error.GetProperty("field").GetString().Should().Be("course");
        error.GetProperty("message").GetString().Should().Contain("'course' (column 14)").And.NotContain("97");
    }

    [Theory]
    [InlineData("{\"columns\":{\"a\":\"regionz\"}}", "'a'")]
    [InlineData("{\"columns\":{\"a\":{\"to\":\"course\",\"whenChecked\":\"static\"}}}", "'a'")]
    [InlineData("{\"columns\":[]}", "'columns'")]
    [InlineData("{\"columns\":", "line 1")]
    public async Task A_mapping_file_that_is_wrong_is_a_usage_error_naming_its_entry(string map, string mention)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("map.json", map);

        var run = await DystoniaTool.RunWithInputAsync("regions\nneck\n", "classify", "-", "--map", path);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Stderr.Should().StartWith("dystonia: ").And.Contain(mention);
    }

    [Fact]
    public async Task Gzip_input_is_read_by_its_content_from_a_file_and_from_standard_input()
    {
        using var temp = new TempDirectory();
        var compressed = Gzip(File.ReadAllBytes(Samples.CohortJsonLines));
        var path = temp.Write("cohort.jsonl.gz", compressed);
        var plain = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");

        var fromFile = await DystoniaTool.RunAsync("classify", path, "--no-reasoning", "-q");
        var fromStdin = await DystoniaTool.RunProcessWithInputAsync(Gzip(File.ReadAllBytes(Samples.CohortCsv)), "classify", "-", "--no-reasoning", "-q");

        fromFile.ExitCode.Should().Be(0, fromFile.ToString());
        fromFile.Stdout.Should().Be(plain.Stdout);
        fromStdin.ExitCode.Should().Be(0, fromStdin.ToString());
        fromStdin.Records.Should().HaveCount(plain.Records.Count);
    }

    [Fact]
    public async Task A_workbook_saved_as_xlsx_is_refused_with_what_to_do()
    {
        var run = await DystoniaTool.RunWithInputAsync(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 }, "classify", "-");

        run.ExitCode.Should().Be(3);
        run.Stderr.Should().Contain("save the sheet as CSV UTF-8");
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
