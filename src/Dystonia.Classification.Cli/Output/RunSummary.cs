using System;
using System.Collections.Generic;
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

    /// <summary>Gets the number of records whose id repeats the id of an earlier record (counted where batches are added in input order).</summary>
    internal long DuplicateIds { get; private set; }

    // Ids are kept as 64-bit hashes, not strings, so that a run of millions of records keeps the check in tens of MB;
    // two different ids share a hash with a chance of about 3 in 100 million at a million records.
    private List<ulong>? batchIds;
    private HashSet<ulong>? seenIds;

    internal void Count(ClassificationResult result)
    {
        Total++;
        if (result.PresentationId is { } id)
        {
            (batchIds ??= []).Add(HashOf(id));
        }

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
        DuplicateIds += other.DuplicateIds;
        if (other.batchIds is { } ids)
        {
            seenIds ??= [];
            foreach (var hash in ids)
            {
                if (!seenIds.Add(hash))
                {
                    DuplicateIds++;
                }
            }
        }

        for (int i = 0; i < byDistribution.Length; i++)
        {
            byDistribution[i] += other.byDistribution[i];
        }

        for (int i = 0; i < byEtiology.Length; i++)
        {
            byEtiology[i] += other.byEtiology[i];
        }
    }

    /// <summary>FNV-1a, 64 bits, over the id's UTF-16 code units: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static ulong HashOf(string id)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
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
