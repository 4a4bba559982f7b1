using System.Buffers;
using System.Globalization;
using System.Text;
using Dystonia.Classification.Cli.Output;

namespace Dystonia.Classification.Cli.Tests.Output;

/// <summary>Output records are written in the invariant culture whatever the machine's culture.</summary>
public sealed class ResultFormatterTests
{
    private static readonly ClassificationResult Result = new DystoniaClassifier().Classify(new Presentation
    {
        Id = "f-1",
        Regions = [BodyRegion.Neck],
        AgeAtOnset = 12.5,
    });

    private static string Format(OutputFormat format, string culture)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var output = new ArrayBufferWriter<byte>();
            var formatter = new ResultFormatter(format, includeReasoning: true);
            output.Write(formatter.Preamble());
            using var json = ResultFormatter.CreateJsonWriter(output);
            formatter.Write(output, json, Result, 1_234_567);
            return Encoding.UTF8.GetString(output.WrittenSpan);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("lv-LV")]
    [InlineData("tr-TR")]
    public void Csv_output_writes_numbers_with_a_dot_and_no_digit_grouping_in_any_culture(string culture)
    {
        var csv = Format(OutputFormat.Csv, culture);

        csv.Should().Be(Format(OutputFormat.Csv, "en-US"));
        csv.Split('\n')[1].Should().StartWith("1234567,f-1,classified,focal,");
        csv.Should().Contain("Onset at 12.5 years").And.NotContain("12,5");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Json_lines_output_is_the_same_in_any_culture(string culture)
    {
        var json = Format(OutputFormat.JsonLines, culture);

        json.Should().Be(Format(OutputFormat.JsonLines, "en-US"));
        json.Should().StartWith("{\"line\":1234567,").And.Contain("{\"field\":\"ageAtOnset\",\"value\":\"12.5\"}");
    }
}
