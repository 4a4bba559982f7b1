using System;
using System.Globalization;
using System.Text;

namespace Dystonia.Classification.Cli.Output;

/// <summary>Counts of a batch run: records, invalid records, and classified records by label.</summary>
internal sealed class RunSummary
{
    private readonly long[] byDistribution = new long[Enum.GetValues<Distribution>().Length];
    private readonly long[] byEtiology = new long[Enum.GetValues<Etiology>().Length];

    internal long Total { get; private set; }

    internal long Invalid { get; private set; }

    internal void Count(ClassificationResult result)
    {
        Total++;
        if (!result.IsClassified)
        {
            Invalid++;
            return;
        }

        byDistribution[(int)result.Labels.Distribution]++;
        byEtiology[(int)result.Labels.Etiology]++;
    }

    internal void Add(RunSummary other)
    {
        Total += other.Total;
        Invalid += other.Invalid;
        for (int i = 0; i < byDistribution.Length; i++)
        {
            byDistribution[i] += other.byDistribution[i];
        }

        for (int i = 0; i < byEtiology.Length; i++)
        {
            byEtiology[i] += other.byEtiology[i];
        }
    }

    internal string Describe(TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"dystonia: {Total} records, {Total - Invalid} classified, {Invalid} invalid in {elapsed.TotalSeconds:0.0} s.");
        if (Total > Invalid)
        {
            text.Append(" Distribution:");
            foreach (var value in Enum.GetValues<Distribution>())
            {
                text.Append(CultureInfo.InvariantCulture, $" {Serialization.ContractNames.Of(value)} {byDistribution[(int)value]}");
            }

            text.Append(". Etiology:");
            foreach (var value in Enum.GetValues<Etiology>())
            {
                text.Append(CultureInfo.InvariantCulture, $" {Serialization.ContractNames.Of(value)} {byEtiology[(int)value]}");
            }

            text.Append('.');
        }

        return text.ToString();
    }
}
