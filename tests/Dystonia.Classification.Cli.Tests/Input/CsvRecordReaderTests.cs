using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Input;

/// <summary>Turning CSV rows into contract JSON, in process on memory streams: cells, lists, errors with field paths, header checks.</summary>
public sealed class CsvRecordReaderTests
{
    private const string Header = "id,ageAtOnset,regions,onsetRegion,course,variability,movementDisorders,neurological,systemic,nervousSystemPathology,acquiredCauses,gene,inheritance,familyHistory";

    private sealed record Row(long Line, JsonElement? Json, string? ErrorField, string? ErrorCode, string? ErrorMessage, string? Id);

    private static List<Row> Read(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var rows = new List<Row>();
        foreach (var record in new CsvRecordReader(stream).Read())
        {
            if (record.Error is { } error)
            {
                record.Json.Should().BeNull();
                rows.Add(new Row(record.Line, null, error.Field, error.Code, error.Message, record.Id));
            }
            else
            {
                using var document = JsonDocument.Parse(record.Json.AsMemory(0, record.Length));
                rows.Add(new Row(record.Line, document.RootElement.Clone(), null, null, null, record.Id));
            }
        }

        return rows;
    }

    private static InputFormatException ReadFails(string csv)
    {
        var read = () => Read(csv);
        return read.Should().Throw<InputFormatException>().Which;
    }

    [Fact]
    public void A_full_row_becomes_the_contract_json_of_the_presentation()
    {
        var rows = Read(Header + "\nc-010,15,upperLimb:both;neck,neck,progressive,actionSpecific;diurnal,tremor,none,none,none,,THAP1,autosomalDominant,true\n");

        rows.Should().ContainSingle();
        rows[0].Line.Should().Be(2);
        var json = rows[0].Json!.Value;
        json.GetProperty("id").GetString().Should().Be("c-010");
        json.GetProperty("ageAtOnset").GetDouble().Should().Be(15);
        json.GetProperty("regions").GetArrayLength().Should().Be(2);
        json.GetProperty("regions")[0].GetProperty("region").GetString().Should().Be("upperLimb");
        json.GetProperty("regions")[0].GetProperty("side").GetString().Should().Be("both");
        json.GetProperty("regions")[0].TryGetProperty("onset", out _).Should().BeFalse();
        json.GetProperty("regions")[1].GetProperty("region").GetString().Should().Be("neck");
        json.GetProperty("regions")[1].GetProperty("onset").GetBoolean().Should().BeTrue();
        json.GetProperty("course").GetString().Should().Be("progressive");
        json.GetProperty("variability").EnumerateArray().Select(v => v.GetString()).Should().Equal("actionSpecific", "diurnal");
        var features = json.GetProperty("associatedFeatures");
        features.GetProperty("movementDisorders").EnumerateArray().Select(v => v.GetString()).Should().Equal("tremor");
        features.GetProperty("neurological").GetArrayLength().Should().Be(0, "'none' means examined and nothing found");
        features.GetProperty("systemic").GetArrayLength().Should().Be(0);
        var etiology = json.GetProperty("etiology");
        etiology.GetProperty("nervousSystemPathology").GetString().Should().Be("none");
        etiology.TryGetProperty("acquiredCauses", out _).Should().BeFalse("an empty cell is unknown, not an empty list");
        etiology.GetProperty("geneticFinding").GetProperty("gene").GetString().Should().Be("THAP1");
        etiology.GetProperty("geneticFinding").GetProperty("inheritance").GetString().Should().Be("autosomalDominant");
        etiology.GetProperty("familyHistory").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Only_the_regions_column_is_required_and_columns_may_come_in_any_order()
    {
        var rows = Read("regions,id\n\"neck; trunk\",z-1\nupperFace,\n");

        rows.Should().HaveCount(2);
        rows[0].Json!.Value.GetProperty("id").GetString().Should().Be("z-1");
        rows[0].Json!.Value.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("region").GetString()).Should().Equal("neck", "trunk");
        rows[1].Json!.Value.TryGetProperty("id", out _).Should().BeFalse("an empty id cell means no id");
        rows[1].Json!.Value.TryGetProperty("ageAtOnset", out _).Should().BeFalse();
        rows[1].Json!.Value.TryGetProperty("associatedFeatures", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("27.5", 27.5)]
    [InlineData("0.5", 0.5)]
    [InlineData("40", 40)]
    public void Ages_are_read_with_a_dot_as_the_decimal_separator(string cell, double expected)
    {
        var rows = Read("id,ageAtOnset,regions\na," + cell + ",neck\n");

        rows.Single().Json!.Value.GetProperty("ageAtOnset").GetDouble().Should().Be(expected);
    }

    [Theory]
    [InlineData("\"27,5\"")]
    [InlineData("forty")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void An_age_that_is_not_a_number_makes_the_row_invalid_with_the_field_and_the_id(string cell)
    {
        var row = Read("id,ageAtOnset,regions\nrow-7," + cell + ",neck\n").Single();

        row.Json.Should().BeNull();
        row.Line.Should().Be(2);
        row.Id.Should().Be("row-7");
        row.ErrorField.Should().Be("ageAtOnset");
        row.ErrorCode.Should().Be("WrongType");
        row.ErrorMessage.Should().NotContain(cell.Trim('"'), "messages never repeat the value");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("lv-LV")]
    [InlineData("tr-TR")]
    public void Ages_are_read_with_a_dot_whatever_the_current_culture_and_a_decimal_comma_is_rejected(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var rows = Read("id,ageAtOnset,regions\na,12.5,neck\nb,\"12,5\",neck\nc,1.234,neck\n");

            rows[0].Json!.Value.GetProperty("ageAtOnset").GetDouble().Should().Be(12.5);
            rows[1].ErrorField.Should().Be("ageAtOnset", "a decimal comma is not a number in the CSV layout, whatever the machine's culture");
            rows[1].ErrorCode.Should().Be("WrongType");
            rows[2].Json!.Value.GetProperty("ageAtOnset").GetDouble().Should().Be(1.234, "a dot is never a thousands separator");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void An_onset_region_that_is_not_among_the_regions_makes_the_row_invalid()
    {
        var row = Read("id,regions,onsetRegion\nr1,neck;upperLimb:left,upperLimb:right\n").Single();

        row.Id.Should().Be("r1");
        row.ErrorField.Should().Be("onsetRegion");
        row.ErrorCode.Should().Be("OnsetRegionNotAffected");
    }

    [Theory]
    [InlineData("upperLimb:both", "upperLimb:left", "upperLimb:left*,upperLimb:right")]
    [InlineData("neck;lowerLimb:both", "lowerLimb:right", "neck,lowerLimb:left,lowerLimb:right*")]
    [InlineData("upperFace:both;lowerFace", "upperFace:right", "upperFace:left,upperFace:right*,lowerFace")]
    [InlineData("upperLimb:both", "upperLimb:both", "upperLimb:both*")]
    public void An_onset_on_one_side_of_a_region_given_as_both_is_written_as_its_two_sides(string regions, string onset, string expected)
    {
        var row = Read("id,regions,onsetRegion\nr1," + regions + "," + onset + "\n").Single();

        row.ErrorCode.Should().BeNull();
        var listed = row.Json!.Value.GetProperty("regions").EnumerateArray().Select(r =>
            r.GetProperty("region").GetString() + (r.TryGetProperty("side", out var side) ? ":" + side.GetString() : "") + (r.TryGetProperty("onset", out _) ? "*" : ""));
        string.Join(",", listed).Should().Be(expected);
    }

    [Theory]
    [InlineData("upperLimb:left", "upperLimb:right")]
    [InlineData("upperFace:left", "upperFace:right")]
    [InlineData("upperLimb:both", "lowerLimb:left")]
    [InlineData("upperLimb:both", "upperLimb")]
    public void An_onset_on_a_side_that_is_not_affected_is_still_invalid(string regions, string onset)
    {
        var row = Read("id,regions,onsetRegion\nr1," + regions + "," + onset + "\n").Single();

        row.ErrorField.Should().Be("onsetRegion");
        row.ErrorCode.Should().Be("OnsetRegionNotAffected");
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("ja")]
    public void A_family_history_other_than_a_yes_or_no_or_empty_makes_the_row_invalid(string cell)
    {
        var row = Read("id,regions,familyHistory\nr1,neck," + cell + "\n").Single();

        row.ErrorField.Should().Be("etiology.familyHistory");
        row.ErrorCode.Should().Be("WrongType");
    }

    [Fact]
    public void An_unknown_column_is_an_input_error_that_names_its_position_the_known_name_in_another_case_and_the_known_ones()
    {
        var failure = ReadFails("id,regions,Course\nr1,neck,static\n");

        failure.Message.Should().StartWith("Column 3 of the CSV header is not a known column (did you mean 'course'?).")
            .And.Contain("case-sensitive").And.Contain("id, ageAtOnset, regions").And.NotContain("Course");
    }

    [Fact]
    public void A_column_given_twice_is_an_input_error_that_names_it()
    {
        ReadFails("id,regions,course,course\nr1,neck,static,static\n").Message.Should().Contain("'course'").And.Contain("twice");
    }

    [Fact]
    public void A_header_without_the_regions_column_is_an_input_error()
    {
        ReadFails("id,course\nr1,static\n").Message.Should().Contain("'regions'");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void Empty_input_gives_no_records(string csv)
    {
        Read(csv).Should().BeEmpty();
    }

    [Fact]
    public void A_header_alone_gives_no_records()
    {
        Read(Header + "\n").Should().BeEmpty();
    }

    [Fact]
    public void Line_numbers_count_the_line_breaks_inside_quoted_cells()
    {
        var rows = Read("id,regions\nr1,neck\nr2,\"neck;\ntrunk\"\nr3,trunk\n");

        rows.Select(r => r.Line).Should().Equal(2, 3, 5);
        rows[1].Json!.Value.GetProperty("regions").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_is_invalid_and_the_next_rows_still_read()
    {
        var rows = Read("id,regions\nr1,neck\nr2,neck,extra\nr3,trunk\n");

        rows.Select(r => r.Line).Should().Equal(2, 3, 4);
        rows[1].ErrorCode.Should().Be("MalformedInput");
        rows[1].ErrorField.Should().BeEmpty("the error is about the whole row");
        rows[0].Json.Should().NotBeNull();
        rows[2].Json!.Value.GetProperty("id").GetString().Should().Be("r3");
    }

    [Fact]
    public void A_row_with_a_stray_quote_is_invalid_and_the_next_rows_still_read()
    {
        var rows = Read("id,regions\nr1,neck\nr2,\"ne\"ck\nr3,trunk\n");

        rows.Should().HaveCount(3);
        rows[1].Line.Should().Be(3);
        rows[1].ErrorCode.Should().Be("MalformedInput");
        rows[2].Json!.Value.GetProperty("id").GetString().Should().Be("r3");
    }

    [Fact]
    public void The_sample_cohort_gives_one_record_per_row_with_the_ids_of_the_json_lines_sample()
    {
        var rows = Read(File.ReadAllText(Samples.CohortCsv));

        rows.Should().OnlyContain(r => r.Json != null);
        rows.Select(r => r.Line).Should().Equal(Enumerable.Range(2, Samples.CohortIds.Count).Select(i => (long)i));
        rows.Select(r => r.Json!.Value.GetProperty("id").GetString()).Should().Equal(Samples.CohortIds);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        var rows = Read("\uFEFFid,regions\r\nr1,neck\r\nr2,trunk\r\n");

        rows.Select(r => r.Json!.Value.GetProperty("id").GetString()).Should().Equal("r1", "r2");
        rows.Select(r => r.Line).Should().Equal(2, 3);
    }
}
