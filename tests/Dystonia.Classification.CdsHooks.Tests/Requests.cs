namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>CDS Hooks patient-view requests with prefetched FHIR resources, written as an EHR would send them.</summary>
internal static class Requests
{
    internal const string PatientId = "patient-7f3a";
    private const string Region = "https://dystonia-classification.invalid/fhir/CodeSystem/body-region";
    private const string Hpo = "http://human-phenotype-ontology.org";

    internal static string Dystonia(string region, string? onset = null) =>
        "{\"resource\":{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"Patient/" + PatientId + "\"},\"code\":{\"coding\":[{\"system\":\"" + Hpo + "\",\"code\":\"HP:0001332\"}]}," +
        "\"bodySite\":[{\"coding\":[{\"system\":\"" + Region + "\",\"code\":\"" + region + "\"}]}]" + (onset is null ? "" : ",\"onsetDateTime\":\"" + onset + "\"") + "}}";

    internal static string Coded(string system, string code) =>
        "{\"resource\":{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"Patient/" + PatientId + "\"},\"code\":{\"coding\":[{\"system\":\"" + system + "\",\"code\":\"" + code + "\"}]}}}";

    internal static string Finding(string code) =>
        "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"https://dystonia-classification.invalid/fhir/CodeSystem/findings\",\"code\":\"" + code + "\"}]},\"valueBoolean\":true}}";

    internal static string PatientView(string[] conditions, string[]? observations = null, string hook = "patient-view") =>
        "{\"hook\":\"" + hook + "\",\"hookInstance\":\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\",\"context\":{\"userId\":\"Practitioner/example\",\"patientId\":\"" + PatientId + "\"}," +
        "\"prefetch\":{\"patient\":{\"resourceType\":\"Patient\",\"id\":\"" + PatientId + "\",\"birthDate\":\"1990-05-01\"}," +
        "\"conditions\":{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[" + string.Join(",", conditions) + "]}," +
        "\"observations\":{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[" + string.Join(",", observations ?? []) + "]}}}";

    internal static readonly (string Label, string Request)[] OnePerDistribution =
    [
        ("focal", PatientView([Dystonia("neck", "2031-01-10")], [Finding("nervousSystemPathology/none"), Finding("associatedFeatures/examined")])),
        ("segmental", PatientView([Dystonia("upperFace"), Dystonia("jawAndTongue")])),
        ("multifocal", PatientView([Dystonia("upperFace"), Dystonia("upperLimb:right")])),
        ("hemidystonia", PatientView([Dystonia("upperLimb:left"), Dystonia("lowerLimb:left")])),
        ("generalized", PatientView([Dystonia("trunk"), Dystonia("neck"), Dystonia("lowerLimb:both")], [Finding("nervousSystemPathology/structuralLesion"), Coded("http://snomed.info/sct", "128188000")])),
    ];
}
