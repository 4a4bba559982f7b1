using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Rendering;

/// <summary>
/// Counts a cohort's classifications and writes them as one self-contained HTML file for researchers: counts and bar
/// charts by distribution and etiology, age at onset by distribution, onset regions, and the invalid records by line,
/// error code and field path.
/// </summary>
/// <remarks>
/// <para>
/// Add every record with <see cref="Add"/>, then call <see cref="WriteHtml"/> or <see cref="ToHtml"/>. The file needs
/// nothing else to open: styles and charts (inline SVG) are in the page, it has no script, and a content security
/// policy forbids loading anything, so it opens offline and prints in black and white. Output is deterministic: no
/// clock is read (a date appears only when <see cref="CohortReportOptions.Date"/> is given), numbers are written
/// culture-invariantly, and every text is HTML-escaped.
/// </para>
/// <para>
/// The page is also well-formed XML (polyglot HTML), and every table row carries the wire value it counts in a
/// <c>data-value</c> attribute (for example <c>segmental</c>, <c>upperLimb:left</c>, <c>notRecorded</c>), so that
/// tools can read the numbers back. Sections have the ids <c>distribution</c>, <c>etiology</c>,
/// <c>age-by-distribution</c>, <c>onset-regions</c> and <c>invalid-records</c>.
/// </para>
/// <para>
/// No record content is shown beyond the counts: invalid records are listed by input line, error code and field
/// path, never with their values, their messages or their ids.
/// </para>
/// </remarks>
/// <threadsafety>Instances are not thread-safe: add records from one thread at a time.</threadsafety>
public sealed class CohortReport
{
    private static readonly Distribution[] Distributions = Enum.GetValues<Distribution>();
    private static readonly Etiology[] Etiologies = Enum.GetValues<Etiology>();
    private static readonly AgeAtOnsetGroup[] AgeGroups = Enum.GetValues<AgeAtOnsetGroup>();

    // The rule set a report with no record names: the one this version of the core classifies by.
    private static readonly Lazy<RuleSetInfo> DefaultRuleSet = new(() => new DystoniaClassifier().RuleSet);

    private readonly CohortReportOptions options;
    private readonly string language;
    private readonly long[] byDistribution = new long[Distributions.Length];
    private readonly long[,] byEtiology = new long[Etiologies.Length, 3];
    private readonly long[,] ageByDistribution = new long[AgeGroups.Length + 1, Distributions.Length];
    private readonly Dictionary<AffectedRegion, long> onsetRegions = [];
    private readonly List<(long Line, IReadOnlyList<ClassificationError> Errors)> invalidRecords = [];
    private long onsetNotRecorded;
    private RuleSetInfo? ruleSet;

    /// <summary>Creates an empty report.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="CohortReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options' language is not a supported language.</exception>
    public CohortReport(CohortReportOptions? options = null)
    {
        this.options = options ?? CohortReportOptions.Default;
        language = BodyMap.SupportedLanguage(this.options.Language, nameof(options));
    }

    /// <summary>Gets the number of records added.</summary>
    public long Total { get; private set; }

    /// <summary>Gets the number of classified records added.</summary>
    public long Classified { get; private set; }

    /// <summary>Gets the number of invalid records added.</summary>
    public long Invalid => Total - Classified;

    /// <summary>Adds one record of the cohort.</summary>
    /// <param name="result">The record's classification, classified or invalid.</param>
    /// <param name="presentation">
    /// The presentation that was classified, for its onset region; <see langword="null"/> when it could not be read
    /// (an invalid record) or is not at hand, in which case the onset region counts as not recorded.
    /// </param>
    /// <param name="line">The 1-based input line where the record starts (or its position in the input), by which an invalid record is listed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public void Add(ClassificationResult result, Presentation? presentation, long line)
    {
        ArgumentNullException.ThrowIfNull(result);
        ruleSet ??= result.RuleSet;
        Total++;
        if (!result.IsClassified)
        {
            if (invalidRecords.Count < options.MaximumListedInvalidRecords)
            {
                invalidRecords.Add((line, result.Errors));
            }

            return;
        }

        Classified++;
        var labels = result.Labels;
        byDistribution[(int)labels.Distribution]++;
        byEtiology[(int)labels.Etiology, labels.EtiologyCertainty is { } certainty ? (int)certainty : 2]++;
        ageByDistribution[labels.AgeAtOnsetGroup is { } group ? (int)group : AgeGroups.Length, (int)labels.Distribution]++;
        if (presentation?.OnsetRegion is { } onset)
        {
            onsetRegions[onset] = onsetRegions.TryGetValue(onset, out long count) ? count + 1 : 1;
        }
        else
        {
            onsetNotRecorded++;
        }
    }

    /// <summary>Returns the report as HTML text.</summary>
    /// <returns>A complete HTML document.</returns>
    public string ToHtml()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteHtml(writer);
        return writer.ToString();
    }

    /// <summary>Writes the report as HTML.</summary>
    /// <param name="writer">The writer; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteHtml(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var html = new HtmlWriter(writer);
        var rules = ruleSet ?? DefaultRuleSet.Value;
        string title = Term("report.title");

        html.Raw("<!DOCTYPE html>\n<html lang=\"").Text(language).Raw("\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        html.Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n");
        html.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        html.Raw("<meta name=\"generator\" content=\"Dystonia.Classification, rule set ").Text(rules.ToString()).Raw("\"/>\n");
        html.Raw("<title>").Text(title).Raw("</title>\n<style>\n").Raw(Style).Raw("</style>\n</head>\n<body>\n");
        html.Raw("<header>\n<h1>").Text(title).Raw("</h1>\n<table class=\"facts\">\n");
        Fact(html, Term("report.ruleSet"), rules + " \u2014 " + rules.Title);
        if (options.InputName is { } input)
        {
            Fact(html, Term("report.input"), input);
        }

        if (options.Date is { } date)
        {
            Fact(html, Term("report.date"), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Fact(html, Term("report.records"), Markup.Count(Total));
        Fact(html, Term("report.classified"), Markup.Count(Classified));
        Fact(html, Term("report.invalid"), Markup.Count(Invalid));
        html.Raw("</table>\n</header>\n<main>\n");

        if (Classified == 0)
        {
            html.Raw("<p>").Text(Term("report.noClassified")).Raw("</p>\n");
        }
        else
        {
            WriteDistribution(html);
            WriteEtiology(html);
            WriteAgeByDistribution(html);
            WriteOnsetRegions(html);
        }

        WriteInvalidRecords(html);
        html.Raw("</main>\n<footer>\n<p>").Text(Term("report.disclaimer")).Raw("</p>\n<p>")
            .Text(Term("report.generatedBy") + " (" + rules + ")").Raw(".</p>\n</footer>\n</body>\n</html>\n");
        writer.Flush();
    }

    private void WriteDistribution(HtmlWriter html)
    {
        string heading = ClinicalTerms.DisplayName(ClassificationAxis.Distribution, language);
        var rows = Distributions.Select(d => (ContractNames.Of(d), ClinicalTerms.DisplayName(d, language), byDistribution[(int)d])).ToList();
        Section(html, "distribution", heading);
        BarChart(html, heading, rows);
        CountTable(html, heading, rows);
        html.Raw("</section>\n");
    }

    private void WriteEtiology(HtmlWriter html)
    {
        string heading = ClinicalTerms.DisplayName(ClassificationAxis.Etiology, language);
        var rows = Etiologies.Select(e => (ContractNames.Of(e), ClinicalTerms.DisplayName(e, language), Sum(e))).ToList();
        Section(html, "etiology", heading);
        BarChart(html, heading, rows);
        html.Raw("<table>\n<thead><tr><th scope=\"col\">").Text(heading).Raw("</th>");
        NumberHeader(html, Term("report.count"));
        NumberHeader(html, Term("report.share"));
        NumberHeader(html, ClinicalTerms.DisplayName(EtiologyCertainty.Established, language));
        NumberHeader(html, ClinicalTerms.DisplayName(EtiologyCertainty.Provisional, language));
        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var etiology in Etiologies)
        {
            long count = Sum(etiology);
            html.Raw("<tr data-value=\"").Text(ContractNames.Of(etiology)).Raw("\"><th scope=\"row\">").Text(ClinicalTerms.DisplayName(etiology, language)).Raw("</th>");
            NumberCell(html, Markup.Count(count));
            NumberCell(html, Share(count));
            NumberCell(html, Markup.Count(byEtiology[(int)etiology, (int)EtiologyCertainty.Established]));
            NumberCell(html, Markup.Count(byEtiology[(int)etiology, (int)EtiologyCertainty.Provisional]));
            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table>\n</section>\n");
    }

    private void WriteAgeByDistribution(HtmlWriter html)
    {
        Section(html, "age-by-distribution", Term("report.ageByDistribution"));
        html.Raw("<table>\n<thead><tr><th scope=\"col\">").Text(ClinicalTerms.DisplayName(ClassificationAxis.AgeAtOnset, language)).Raw("</th>");
        foreach (var distribution in Distributions)
        {
            NumberHeader(html, ClinicalTerms.DisplayName(distribution, language));
        }

        NumberHeader(html, Term("report.total"));
        html.Raw("</tr></thead>\n<tbody>\n");
        for (int row = 0; row <= AgeGroups.Length; row++)
        {
            string name = row < AgeGroups.Length ? ClinicalTerms.DisplayName(AgeGroups[row], language) : Term("report.notRecorded");
            string value = row < AgeGroups.Length ? ContractNames.Of(AgeGroups[row]) : "notRecorded";
            html.Raw("<tr data-value=\"").Text(value).Raw("\"><th scope=\"row\">").Text(name).Raw("</th>");
            long total = 0;
            foreach (var distribution in Distributions)
            {
                long count = ageByDistribution[row, (int)distribution];
                total += count;
                NumberCell(html, Markup.Count(count));
            }

            NumberCell(html, Markup.Count(total));
            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n<tfoot><tr><th scope=\"row\">").Text(Term("report.total")).Raw("</th>");
        foreach (var distribution in Distributions)
        {
            NumberCell(html, Markup.Count(byDistribution[(int)distribution]));
        }

        NumberCell(html, Markup.Count(Classified));
        html.Raw("</tr></tfoot>\n</table>\n</section>\n");
    }

    private void WriteOnsetRegions(HtmlWriter html)
    {
        string heading = Term("report.onsetRegions");
        var rows = onsetRegions
            .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key.Region).ThenBy(pair => pair.Key.Side)
            .Select(pair => (pair.Key.ToString(), Capitalize(ClinicalTerms.DisplayName(pair.Key, language)), pair.Value))
            .Append(("notRecorded", Term("report.notRecorded"), onsetNotRecorded))
            .ToList();
        Section(html, "onset-regions", heading);
        BarChart(html, heading, rows);
        CountTable(html, heading, rows);
        html.Raw("</section>\n");
    }

    private void WriteInvalidRecords(HtmlWriter html)
    {
        Section(html, "invalid-records", Term("report.invalidRecords") + " (" + Markup.Count(Invalid) + ")");
        if (Invalid == 0)
        {
            html.Raw("<p>").Text(Term("report.noInvalidRecords")).Raw("</p>\n</section>\n");
            return;
        }

        html.Raw("<p>").Text(Term("report.invalidNote")).Raw("</p>\n<table>\n<thead><tr>");
        NumberHeader(html, Term("report.line"));
        html.Raw("<th scope=\"col\">").Text(Term("report.errorCode")).Raw("</th><th scope=\"col\">").Text(Term("report.field")).Raw("</th></tr></thead>\n<tbody>\n");
        foreach (var (line, errors) in invalidRecords)
        {
            foreach (var error in errors)
            {
                html.Raw("<tr>");
                NumberCell(html, Markup.Count(line));
                html.Raw("<td><code>").Text(error.Code).Raw("</code></td><td><code>").Text(error.Field.Length > 0 ? error.Field : "\u2014").Raw("</code></td></tr>\n");
            }
        }

        html.Raw("</tbody>\n</table>\n");
        long notListed = Invalid - invalidRecords.Count;
        if (notListed > 0)
        {
            html.Raw("<p>").Text(Term("report.moreInvalid") + ": " + Markup.Count(notListed)).Raw("</p>\n");
        }

        html.Raw("</section>\n");
    }

    private void CountTable(HtmlWriter html, string heading, List<(string Value, string Name, long Count)> rows)
    {
        html.Raw("<table>\n<thead><tr><th scope=\"col\">").Text(heading).Raw("</th>");
        NumberHeader(html, Term("report.count"));
        NumberHeader(html, Term("report.share"));
        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var (value, name, count) in rows)
        {
            html.Raw("<tr data-value=\"").Text(value).Raw("\"><th scope=\"row\">").Text(name).Raw("</th>");
            NumberCell(html, Markup.Count(count));
            NumberCell(html, Share(count));
            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
    }

    /// <summary>A horizontal bar chart as inline SVG; the table beside it carries the same numbers for screen readers and copying.</summary>
    private static void BarChart(HtmlWriter html, string heading, List<(string Value, string Name, long Count)> rows)
    {
        const double RowHeight = 26;
        const double LabelWidth = 250;
        const double BarArea = 330;
        const double Width = 660;
        double height = rows.Count * RowHeight + 8;
        long maximum = Math.Max(1, rows.Max(r => r.Count));

        html.Raw("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").Raw(Markup.Number(Width)).Raw(" ").Raw(Markup.Number(height))
            .Raw("\" width=\"").Raw(Markup.Number(Width)).Raw("\" height=\"").Raw(Markup.Number(height)).Raw("\">\n<title>")
            .Text(heading + ": " + string.Join(", ", rows.Select(r => r.Name + " " + Markup.Count(r.Count)))).Raw("</title>\n");
        for (int i = 0; i < rows.Count; i++)
        {
            var (_, name, count) = rows[i];
            double y = 4 + i * RowHeight;
            double barWidth = count == 0 ? 0 : Math.Max(2, BarArea * count / maximum);
            html.Raw("<text x=\"").Raw(Markup.Number(LabelWidth - 10)).Raw("\" y=\"").Raw(Markup.Number(y + 17)).Raw("\" text-anchor=\"end\">").Text(name).Raw("</text>");
            html.Raw("<rect class=\"bar\" x=\"").Raw(Markup.Number(LabelWidth)).Raw("\" y=\"").Raw(Markup.Number(y + 4)).Raw("\" width=\"").Raw(Markup.Number(barWidth))
                .Raw("\" height=\"").Raw(Markup.Number(RowHeight - 8)).Raw("\"/>");
            html.Raw("<text x=\"").Raw(Markup.Number(LabelWidth + barWidth + 8)).Raw("\" y=\"").Raw(Markup.Number(y + 17)).Raw("\">").Text(Markup.Count(count)).Raw("</text>\n");
        }

        html.Raw("</svg>\n");
    }

    private static void Section(HtmlWriter html, string id, string heading) =>
        html.Raw("<section id=\"").Raw(id).Raw("\">\n<h2>").Text(heading).Raw("</h2>\n");

    private static void Fact(HtmlWriter html, string name, string value) =>
        html.Raw("<tr><th scope=\"row\">").Text(name).Raw("</th><td>").Text(value).Raw("</td></tr>\n");

    private static void NumberHeader(HtmlWriter html, string text) =>
        html.Raw("<th scope=\"col\" class=\"n\">").Text(text).Raw("</th>");

    private static void NumberCell(HtmlWriter html, string text) =>
        html.Raw("<td class=\"n\">").Text(text).Raw("</td>");

    private long Sum(Etiology etiology) =>
        byEtiology[(int)etiology, 0] + byEtiology[(int)etiology, 1] + byEtiology[(int)etiology, 2];

    private string Share(long count) =>
        Classified == 0 ? "\u2013" : (100.0 * count / Classified).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private string Term(string key) => Markup.Term(key, language);

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #111; background: #fff; line-height: 1.4; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.2rem; border-bottom: 2px solid #111; padding-bottom: .15rem; margin: 2rem 0 .6rem; }
        table { border-collapse: collapse; margin: .4rem 0 1rem; }
        th, td { border: 1px solid #777; padding: .2rem .6rem; text-align: left; vertical-align: top; }
        thead th, tfoot th, tfoot td { background: #eee; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        table.facts th { background: #eee; font-weight: normal; }
        svg.chart { display: block; max-width: 100%; height: auto; font-size: 13px; margin: .2rem 0 .4rem; }
        svg.chart .bar { fill: #2f4b7c; }
        footer { margin-top: 2.5rem; border-top: 1px solid #777; font-size: .9rem; }
        @media print {
          @page { margin: 15mm; }
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          section { break-inside: avoid; }
          h2 { break-after: avoid; }
          svg.chart .bar { fill: #000; }
          thead th, tfoot th, tfoot td, table.facts th { background: none; }
        }

        """;

    /// <summary>Writes markup as given and text escaped, to a <see cref="TextWriter"/>.</summary>
    private sealed class HtmlWriter(TextWriter writer)
    {
        internal HtmlWriter Raw(string markup)
        {
            writer.Write(markup);
            return this;
        }

        internal HtmlWriter Text(string text)
        {
            writer.Write(Markup.Html(text));
            return this;
        }
    }
}
