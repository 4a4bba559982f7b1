using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Cli.Output;

/// <summary>
/// The tidy tables of <c>dystonia summary</c>: one row per observation, one column per variable, in the contract's words,
/// so that R, pandas and a spreadsheet read them as they are. Records are added in input order, one at a time.
/// </summary>
internal sealed class CohortSummary
{
    /// <summary>The label axes counted, in the order of the result record.</summary>
    internal static readonly string[] Axes =
    [
        "status", "distribution", "legInvolvement", "ageAtOnsetGroup", "course", "variability", "associatedFeatures",
        "nervousSystemPathology", "heritability", "etiology", "etiologyCertainty", "legacyCategory",
    ];

    private readonly SortedDictionary<(int Axis, string Label), long> labels = [];
    private readonly SortedDictionary<(string Etiology, string Distribution), long> etiologyByDistribution = new(Comparer<(string, string)>.Create((a, b) => Order(a, b)));
    private readonly Dictionary<string, List<double>> agesByDistribution = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> classifiedByDistribution = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> missing = new(StringComparer.Ordinal);
    private readonly SortedDictionary<(string RuleId, string Axis, string Outcome), long> rules = [];
    private readonly SortedDictionary<(string RuleId, string Kind, string Gene), long> workup = [];

    internal long Total { get; private set; }

    internal long Classified { get; private set; }

    /// <summary>Returns a result's label on each axis of <see cref="Axes"/>; empty where the contract writes null.</summary>
    internal static string[] LabelsOf(ClassificationResult result)
    {
        var values = new string[Axes.Length];
        values[0] = result.IsClassified ? "classified" : "invalid";
        if (!result.IsClassified)
        {
            for (int i = 1; i < values.Length; i++)
            {
                values[i] = "";
            }

            return values;
        }

        var l = result.Labels;
        values[1] = ContractNames.Of(l.Distribution);
        values[2] = l.LegInvolvement is { } legs ? (legs ? "true" : "false") : "";
        values[3] = l.AgeAtOnsetGroup is { } group ? ContractNames.Of(group) : "";
        values[4] = ContractNames.Of(l.Course);
        values[5] = string.Join(';', ContractNames.Of(l.Variability));
        values[6] = l.IsolatedOrCombined is { } association ? ContractNames.Of(association) : "";
        values[7] = ContractNames.Of(l.NervousSystemPathology);
        values[8] = ContractNames.Of(l.Heritability);
        values[9] = ContractNames.Of(l.Etiology);
        values[10] = l.EtiologyCertainty is { } certainty ? ContractNames.Of(certainty) : "";
        values[11] = l.LegacyCategory is { } legacy ? ContractNames.Of(legacy) : "";
        return values;
    }

    internal void Add(ClassificationResult result, Presentation? presentation)
    {
        Total++;
        var values = LabelsOf(result);
        Count(labels, (0, values[0]));
        if (!result.IsClassified)
        {
            return;
        }

        Classified++;
        for (int axis = 1; axis < Axes.Length; axis++)
        {
            if (Axes[axis] == "variability")
            {
                // A set: each pattern is counted; a record with none is counted once as empty.
                var patterns = ContractNames.Of(result.Labels.Variability);
                foreach (var pattern in patterns.Length == 0 ? [""] : patterns)
                {
                    Count(labels, (axis, pattern));
                }
            }
            else if (!(Axes[axis] == "legInvolvement" && values[axis].Length == 0))
            {
                Count(labels, (axis, values[axis]));
            }
        }

        Count(etiologyByDistribution, (values[9], values[1]));
        Count(classifiedByDistribution, values[1]);
        if (presentation?.AgeAtOnset is { } age)
        {
            if (!agesByDistribution.TryGetValue(values[1], out var ages))
            {
                agesByDistribution[values[1]] = ages = [];
            }

            ages.Add(age);
        }

        foreach (var finding in result.MissingFindings)
        {
            Count(missing, finding.Field);
        }

        foreach (var step in result.Reasoning)
        {
            Count(rules, (step.RuleId, ContractNames.Of(step.Axis), step.Outcome switch { RuleOutcome.Applied => "applied", RuleOutcome.NotApplied => "notApplied", _ => "note" }));
        }

        foreach (var suggestion in result.SuggestedWorkup)
        {
            Count(workup, (suggestion.RuleId, ContractNames.Of(suggestion.Kind), suggestion.Gene ?? ""));
        }
    }

    /// <summary>Writes the tables as files of <paramref name="write"/> (file name, rows with the header first).</summary>
    internal void WriteTables(Action<string, IEnumerable<string[]>> write, TableFormat format)
    {
        write("labels.csv", Table(["axis", "label", "count", "share"], labels.Select(entry =>
        {
            long of = entry.Key.Axis == 0 ? Total : Classified;
            return new[] { Axes[entry.Key.Axis], entry.Key.Label, Number(entry.Value), format.Share(entry.Value, of) };
        })));
        write("etiology-by-distribution.csv", Table(["etiology", "distribution", "count", "share"], etiologyByDistribution.Select(entry =>
            new[] { entry.Key.Etiology, entry.Key.Distribution, Number(entry.Value), format.Share(entry.Value, Classified) })));
        write("age-at-onset-by-distribution.csv", Table(["distribution", "classified", "withAge", "median", "q1", "q3", "min", "max"], classifiedByDistribution.Keys
            .OrderBy(d => Array.IndexOf(WireOrder, d))
            .Select(distribution =>
            {
                var ages = agesByDistribution.TryGetValue(distribution, out var list) ? list : [];
                ages.Sort();
                return new[]
                {
                    distribution, Number(classifiedByDistribution[distribution]), Number(ages.Count),
                    format.Years(Quantile(ages, 0.5)), format.Years(Quantile(ages, 0.25)), format.Years(Quantile(ages, 0.75)),
                    format.Years(ages.Count > 0 ? ages[0] : null), format.Years(ages.Count > 0 ? ages[^1] : null),
                };
            })));
        write("missing-findings.csv", Table(["field", "missing", "share"], missing.Select(entry =>
            new[] { entry.Key, Number(entry.Value), format.Share(entry.Value, Classified) })));
        write("rules.csv", Table(["ruleId", "axis", "outcome", "count", "share"], rules.Select(entry =>
            new[] { entry.Key.RuleId, entry.Key.Axis, entry.Key.Outcome, Number(entry.Value), format.Share(entry.Value, Classified) })));
        write("workup.csv", Table(["ruleId", "kind", "gene", "count", "share"], workup.Select(entry =>
            new[] { entry.Key.RuleId, entry.Key.Kind, entry.Key.Gene, Number(entry.Value), format.Share(entry.Value, Classified) })));
    }

    /// <summary>The quantile of sorted values by linear interpolation between order statistics (R's type 7, numpy's default).</summary>
    internal static double? Quantile(List<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        double h = (sorted.Count - 1) * p;
        int below = (int)Math.Floor(h);
        int above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes rows as CSV text with the delimiter and the byte order mark of <paramref name="format"/>.</summary>
    internal static void WriteCsv(Stream stream, IEnumerable<string[]> rows, TableFormat format, bool byteOrderMark = true)
    {
        if (format.Excel && byteOrderMark)
        {
            stream.Write("\uFEFF"u8);
        }

        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n", Separator = format.Delimiter }, leaveOpen: true);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }
    }

    private static readonly string[] WireOrder = [.. Enum.GetValues<Distribution>().Select(ContractNames.Of)];

    private static IEnumerable<string[]> Table(string[] header, IEnumerable<string[]> rows)
    {
        yield return header;
        foreach (var row in rows)
        {
            yield return row;
        }
    }

    private static int Order((string Etiology, string Distribution) a, (string Etiology, string Distribution) b)
    {
        int byEtiology = string.CompareOrdinal(a.Etiology, b.Etiology);
        return byEtiology != 0 ? byEtiology : Array.IndexOf(WireOrder, a.Distribution).CompareTo(Array.IndexOf(WireOrder, b.Distribution));
    }

    private static void Count<TKey>(IDictionary<TKey, long> counts, TKey key)
        where TKey : notnull
    {
        counts.TryGetValue(key, out long count);
        counts[key] = count + 1;
    }
}

/// <summary>How numbers and cells are written: plain CSV (<c>,</c>, decimal point), or for a spreadsheet in a European locale (<c>--excel</c>: byte order mark, <c>;</c>, decimal comma).</summary>
internal sealed record TableFormat(bool Excel)
{
    internal char Delimiter => Excel ? ';' : ',';

    internal string Share(long count, long of) => of == 0 ? "" : Decimal(Math.Round((double)count / of, 4).ToString("0.####", CultureInfo.InvariantCulture));

    internal string Years(double? years) => years is { } value ? Decimal(Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture)) : "";

    private string Decimal(string text) => Excel ? text.Replace('.', ',') : text;
}
