using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Tests;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Rendering.Tests;

/// <summary>The HTML cohort report: the counts a researcher reads equal the classifications, and the file stands alone.</summary>
public sealed class CohortReportTests
{
    private static List<(ClassificationResult Result, Presentation? Presentation, long Line)> SampleCohort()
    {
        var lines = File.ReadAllLines(RepositoryFiles.Path("samples", "cohort.jsonl"));
        var records = new List<(ClassificationResult Result, Presentation? Presentation, long Line)>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var read = DystoniaJson.ReadPresentation(lines[i]);
            records.Add((read.Presentation is { } p ? Cases.Classifier.Classify(p) : ClassificationResult.Invalid(read.Id, read.Errors), read.Presentation, i + 1));
        }

        return records;
    }

    private static CohortReport Report(IEnumerable<(ClassificationResult Result, Presentation? Presentation, long Line)> records, CohortReportOptions? options = null)
    {
        var report = new CohortReport(options);
        foreach (var (result, presentation, line) in records)
        {
            report.Add(result, presentation, line);
        }

        return report;
    }

    /// <summary>The report is polyglot HTML: well-formed XML once the doctype is set aside.</summary>
    private static XElement Parse(string html)
    {
        html.Should().StartWith("<!DOCTYPE html>\n");
        return XElement.Parse(html["<!DOCTYPE html>\n".Length..]);
    }

    private static XElement Section(XElement page, string id) =>
        page.Descendants("section").Single(s => (string?)s.Attribute("id") == id);

    /// <summary>The number in the first numeric column of the row whose data-value is <paramref name="value"/>.</summary>
    private static long CountIn(XElement section, string value, int column = 0) =>
        long.Parse(section.Descendants("tr").Single(r => (string?)r.Attribute("data-value") == value).Elements("td").ElementAt(column).Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Counts_by_distribution_etiology_age_group_and_onset_region_equal_the_classifications_of_the_sample_cohort()
    {
        var records = SampleCohort();
        var page = Parse(Report(records).ToHtml());
        var classified = records.Where(r => r.Result.IsClassified).ToList();

        classified.Should().HaveCount(36);
        foreach (var distribution in Enum.GetValues<Distribution>())
        {
            CountIn(Section(page, "distribution"), ContractNames.Of(distribution)).Should().Be(classified.Count(r => r.Result.Labels.Distribution == distribution), distribution.ToString());
        }

        foreach (var etiology in Enum.GetValues<Etiology>())
        {
            var section = Section(page, "etiology");
            var ofEtiology = classified.Where(r => r.Result.Labels.Etiology == etiology).ToList();
            CountIn(section, ContractNames.Of(etiology)).Should().Be(ofEtiology.Count);
            CountIn(section, ContractNames.Of(etiology), 2).Should().Be(ofEtiology.Count(r => r.Result.Labels.EtiologyCertainty == EtiologyCertainty.Established));
            CountIn(section, ContractNames.Of(etiology), 3).Should().Be(ofEtiology.Count(r => r.Result.Labels.EtiologyCertainty == EtiologyCertainty.Provisional));
        }

        var ages = Section(page, "age-by-distribution");
        foreach (var group in Enum.GetValues<AgeAtOnsetGroup>())
        {
            foreach (var distribution in Enum.GetValues<Distribution>())
            {
                CountIn(ages, ContractNames.Of(group), (int)distribution)
                    .Should().Be(classified.Count(r => r.Result.Labels.AgeAtOnsetGroup == group && r.Result.Labels.Distribution == distribution));
            }
        }

        var onsets = Section(page, "onset-regions");
        foreach (var onset in classified.Select(r => r.Presentation!.OnsetRegion).Distinct())
        {
            CountIn(onsets, onset?.ToString() ?? "notRecorded").Should().Be(classified.Count(r => r.Presentation!.OnsetRegion == onset));
        }
    }

    [Fact]
    public void Every_count_table_has_a_bar_chart_in_inline_svg_whose_bars_grow_with_the_counts()
    {
        var page = Parse(Report(SampleCohort()).ToHtml());
        XNamespace svg = "http://www.w3.org/2000/svg";

        foreach (var id in new[] { "distribution", "etiology", "onset-regions" })
        {
            var chart = Section(page, id).Element(svg + "svg")!;
            ((string?)chart.Attribute("role")).Should().Be("img");
            chart.Element(svg + "title")!.Value.Should().NotBeNullOrWhiteSpace();
            var widths = chart.Elements(svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
            var counts = Section(page, id).Element("table")!.Element("tbody")!.Elements("tr").Select(r => long.Parse(r.Elements("td").First().Value, CultureInfo.InvariantCulture)).ToList();
            widths.Should().HaveCount(counts.Count);
            for (int i = 0; i < counts.Count; i++)
            {
                for (int j = 0; j < counts.Count; j++)
                {
                    if (counts[i] > counts[j])
                    {
                        widths[i].Should().BeGreaterThan(widths[j]);
                    }
                }
            }
        }
    }

    [Fact]
    public void Invalid_records_are_listed_by_line_error_code_and_field_path_without_their_values_or_ids()
    {
        var records = SampleCohort().Take(3).ToList();
        var bad = DystoniaJson.ReadPresentation("{\"id\":\"secret-mrn-4711\",\"ageAtOnset\":987.5,\"regions\":[{\"region\":\"upperLimb\"}]}").Presentation!;
        records.Add((Cases.Classifier.Classify(bad), bad, 12));
        records.Add((ClassificationResult.Invalid("secret-mrn-4712", [new ClassificationError("", ErrorCodes.MalformedInput, "The record is not well-formed JSON.")]), null, 14));
        var html = Report(records).ToHtml();
        var rows = Section(Parse(html), "invalid-records").Descendants("tbody").Single().Elements("tr")
            .Select(r => string.Join(" | ", r.Elements("td").Select(td => td.Value))).ToList();

        rows.Should().Equal(
            "12 | " + ErrorCodes.LimbSideRequired + " | regions[0].side",
            "12 | " + ErrorCodes.AgeOutOfRange + " | ageAtOnset",
            "14 | " + ErrorCodes.MalformedInput + " | \u2014");
        html.Should().NotContain("987").And.NotContain("secret-mrn").And.NotContain("not well-formed");
    }

    [Fact]
    public void Field_paths_are_escaped_so_a_crafted_property_name_cannot_inject_markup()
    {
        var record = (ClassificationResult.Invalid(null, [new ClassificationError("<script>alert(1)</script>&\"'\u0001", ErrorCodes.UnknownProperty, "Unknown property.")]), (Presentation?)null, 1L);
        var html = Report([record]).ToHtml();

        html.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;\uFFFD");
        Parse(html);
    }

    [Fact]
    public void The_page_loads_nothing_it_has_no_script_no_external_url_and_a_policy_that_forbids_loading()
    {
        var html = Report(SampleCohort()).ToHtml();

        html.Should().NotContainEquivalentOf("<script");
        Regex.IsMatch(html, @"\s(src|href|srcset|action)\s*=", RegexOptions.IgnoreCase).Should().BeFalse();
        html.Should().NotContainEquivalentOf("@import").And.NotContainEquivalentOf("url(").And.NotContainEquivalentOf("@font-face");
        Regex.Matches(html, @"https?://[^""\s<]*").Select(m => m.Value).Distinct().Should().Equal(["http://www.w3.org/2000/svg"], "the only address is the SVG namespace name, which is never fetched");
        html.Should().Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>");
        html.Should().Contain("@media print");
    }

    [Fact]
    public void The_same_cohort_gives_the_same_bytes_whatever_the_culture_and_a_date_appears_only_when_given()
    {
        var records = SampleCohort();
        string invariant = Report(records).ToHtml();
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Report(records).ToHtml().Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        invariant.Should().Contain("33.3%").And.NotMatchRegex(@"\b20\d\d-\d\d-\d\d\b");
        Report(records, new CohortReportOptions { Date = new DateTime(2026, 3, 1, 23, 59, 59, DateTimeKind.Local) }).ToHtml().Should().Contain("<td>2026-03-01</td>");
    }

    [Fact]
    public void The_rule_set_version_and_the_input_name_are_stated()
    {
        var html = Report(SampleCohort(), new CohortReportOptions { InputName = "cohort.jsonl" }).ToHtml();

        html.Should().Contain("Albanese2013 1.0.0").And.Contain("<td>cohort.jsonl</td>");
    }

    [Fact]
    public void Latvian_gives_the_fixed_texts_in_Latvian_and_says_so_in_the_lang_attribute()
    {
        var page = Parse(Report(SampleCohort(), new CohortReportOptions { Language = "lv" }).ToHtml());

        ((string?)page.Attribute("lang")).Should().Be("lv");
        page.Descendants("h1").Single().Value.Should().Be("Distonijas kohortas pārskats");
        Section(page, "onset-regions").Element("h2")!.Value.Should().Be("Sākuma vietas");
    }

    [Fact]
    public void Beyond_the_listing_limit_invalid_records_are_counted_not_listed()
    {
        var invalid = Enumerable.Range(1, 5).Select(i => (ClassificationResult.Invalid(null, [new ClassificationError("regions", ErrorCodes.RegionsRequired, "Required.")]), (Presentation?)null, (long)i));
        var report = Report(invalid, new CohortReportOptions { MaximumListedInvalidRecords = 2 });
        var html = report.ToHtml();

        report.Invalid.Should().Be(5);
        Section(Parse(html), "invalid-records").Descendants("tbody").Single().Elements("tr").Should().HaveCount(2);
        html.Should().Contain("Invalid records not listed: 3").And.Contain("No record was classified.");
    }
}
