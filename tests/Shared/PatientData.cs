using System.Collections.Generic;

namespace Dystonia.Classification.Tests.Privacy;

/// <summary>
/// Distinctive patient data (an id, an age, a date, free text, a gene-like word) and records that carry it into
/// every kind of invalid input. Tests feed them through the readers, the classifier, the tool and the CDS Hooks
/// service and check that none of the values comes back in an error message, an exception, standard error or a log.
/// Linked into the core, CLI and CDS Hooks test projects.
/// </summary>
internal static class PatientData
{
    internal const string Id = "PATIENT-ID-4417-ZQ";
    internal const string Age = "987.654";
    internal const string BirthDate = "1931-07-23";
    internal const string FreeText = "Mrs Zqxwvy fell from a ladder";
    internal const string Word = "ZQXWVY";

    /// <summary>Gets every marker; none may appear in an error message, exception, standard error or log.</summary>
    internal static IReadOnlyList<string> Markers { get; } = [Id, Age, BirthDate, FreeText, Word, "Zqxwvy"];

    private const string Neck = "\"regions\":[{\"region\":\"neck\"}]";

    /// <summary>Gets JSON records, one per kind of problem, each carrying the markers.</summary>
    internal static IReadOnlyList<string> InvalidRecords { get; } =
    [
        "{\"id\":\"" + Id + "\"," + Neck + ",\"notes\":\"" + FreeText + "\"}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"ageAtOnset\":\"" + Age + "\"}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"ageAtOnset\":" + Age + "}",
        "{\"id\":\"" + Id + "\",\"regions\":[{\"region\":\"" + FreeText + "\"}]}",
        "{\"id\":\"" + Id + "\",\"regions\":[{\"region\":\"upperLimb\",\"side\":\"" + Word + "\"}]}",
        "{\"id\":\"" + Id + "\",\"regions\":[{\"region\":\"upperLimb\"}],\"ageAtOnset\":" + Age + "}",
        "{\"id\":\"" + Id + "\",\"regions\":[{\"region\":\"neck\",\"onset\":\"" + BirthDate + "\"}]}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"course\":\"" + FreeText + "\"}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"variability\":[\"" + Word + "\"]}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"associatedFeatures\":{\"movementDisorders\":[\"" + FreeText + "\"]}}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"etiology\":{\"nervousSystemPathology\":\"" + Word + "\"}}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"etiology\":{\"acquiredCauses\":[\"" + FreeText + "\"]}}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"etiology\":{\"geneticFinding\":{\"gene\":\"" + Word + " " + Age + "\"}}}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"etiology\":{\"geneticFinding\":{\"gene\":\"TOR1A\",\"inheritance\":\"" + Word + "\"}}}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"etiology\":{\"familyHistory\":\"" + FreeText + "\"}}",
        "{\"id\":\"" + Id + "\",\"id\":\"" + Word + "\"," + Neck + "}",
        "{\"id\":\"" + Id + "\"," + Neck + ",\"notes\":\"" + FreeText,
        "{\"id\":\"" + Id + "\"," + Neck + ",\"ageAtOnset\":" + Age + "x}",
        "{\"id\":\"" + string.Concat(Enumerable.Repeat(Id, 12)) + "\"," + Neck + "}",
        "{\"id\":\"" + Id + "\",\"regions\":[{\"region\":\"neck\"},{\"region\":\"neck\"}],\"ageAtOnset\":" + Age + "}",
        "{\"id\":\"" + Id + "\",\"regions\":\"" + FreeText + "\"}",
        "[\"" + Id + "\",\"" + FreeText + "\"]",
        "\"" + FreeText + "\"",
    ];
}
