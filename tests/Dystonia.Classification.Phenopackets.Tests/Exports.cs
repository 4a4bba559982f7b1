using System.Collections.Generic;
using System.Text.Json;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Phenopackets.Tests;

/// <summary>The phenopackets of the sample cohort and of the hostile corpus's records that classify, exported once.</summary>
internal static class Exports
{
    internal static readonly System.DateTimeOffset Created = new(2026, 12, 7, 6, 0, 0, System.TimeSpan.FromHours(2));

    private static readonly DystoniaClassifier Classifier = new();

    internal static PhenopacketOptions Options(string? id = null) => new() { Id = id, Created = Created };

    /// <summary>Returns the file, line, presentation and result of every record of the files that reads and classifies.</summary>
    internal static IEnumerable<(string Source, Presentation Presentation, ClassificationResult Result)> Classified(params string[] files)
    {
        foreach (var file in files)
        {
            int line = 0;
            foreach (var text in File.ReadAllLines(file))
            {
                line++;
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                var read = DystoniaJson.ReadPresentation(text);
                if (read.Presentation is not { } presentation)
                {
                    continue;
                }

                var result = Classifier.Classify(presentation);
                if (result.IsClassified)
                {
                    yield return (System.IO.Path.GetFileName(file) + ":" + line, presentation, result);
                }
            }
        }
    }

    internal static JsonElement Export(Presentation presentation, ClassificationResult result, string? id = null)
    {
        using var document = JsonDocument.Parse(DystoniaPhenopacket.ToJson(presentation, result, Options(id)));
        return document.RootElement.Clone();
    }

    internal static ClassificationResult Classify(Presentation presentation) => Classifier.Classify(presentation);

    /// <summary>Returns the cohort's record of the id, exported.</summary>
    internal static JsonElement CohortRecord(string id)
    {
        foreach (var (_, presentation, result) in Classified(RepositoryFiles.Path("samples", "cohort.jsonl")))
        {
            if (presentation.Id == id)
            {
                return Export(presentation, result);
            }
        }

        throw new KeyNotFoundException(id);
    }
}
