using System.Collections.Generic;
using System.Text.Json;

namespace Dystonia.Classification.Cli.Tests.Infrastructure;

/// <summary>The sample cohort of the repository (samples/cohort.jsonl and samples/cohort.csv) and shapes derived from it.</summary>
internal static class Samples
{
    internal static string CohortJsonLines => RepositoryFiles.Path("samples", "cohort.jsonl");

    internal static string CohortCsv => RepositoryFiles.Path("samples", "cohort.csv");

    /// <summary>Gets the non-blank lines of the JSON Lines sample.</summary>
    internal static IReadOnlyList<string> CohortLines => System.IO.File.ReadAllLines(CohortJsonLines).Where(l => l.Trim().Length > 0).ToList();

    /// <summary>Gets the ids of the sample, in file order.</summary>
    internal static IReadOnlyList<string> CohortIds =>
        CohortLines.Select(l =>
        {
            using var document = JsonDocument.Parse(l);
            return document.RootElement.GetProperty("id").GetString()!;
        }).ToList();

    /// <summary>Gets the sample as one pretty JSON array: "[", one element per line with a trailing comma, "]".</summary>
    internal static string CohortAsJsonArray => "[\n" + string.Join(",\n", CohortLines) + "\n]\n";

    /// <summary>The label fields of a result record; the same presentation must get the same values whatever the input format.</summary>
    internal static readonly string[] LabelFields =
    [
        "status", "distribution", "legInvolvement", "ageAtOnsetGroup", "course", "variability", "associatedFeatures",
        "nervousSystemPathology", "heritability", "etiology", "etiologyCertainty", "legacyCategory",
    ];

    /// <summary>Maps each record's id to its label fields as raw JSON text, for comparing runs.</summary>
    internal static Dictionary<string, string> LabelsById(IEnumerable<JsonElement> records) =>
        records.ToDictionary(
            r => r.GetProperty("id").GetString()!,
            r => string.Join("; ", LabelFields.Select(f => f + "=" + (r.TryGetProperty(f, out var v) ? v.GetRawText() : "(absent)"))));
}
