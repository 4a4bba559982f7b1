using System.IO;
using System.Text.Json;

namespace Dystonia.Classification.Fhir.Tests;

/// <summary>
/// The two C# snippets of docs/ehr-integration.md ("Out" and "In") run here on a sample, and the page is checked to hold
/// each statement verbatim, so that the guide cannot drift from an API that compiles.
/// </summary>
public sealed class EhrIntegrationExamplesTests
{
    private const string OutSnippet = "string json = DystoniaFhir.ToObservation(result, new ObservationOptions { SubjectReference = \"Patient/123\", Effective = \"2026-11-21\" });";
    private const string InSnippet = "FhirReadResult read = FhirPresentationReader.ReadBundle(bundleUtf8, new FhirReadOptions { PatientReference = \"Patient/123\" });";

    [Fact]
    public void The_guides_out_and_in_snippets_run_as_written()
    {
        var classifier = new DystoniaClassifier();
        var presentation = new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = 45 };
        var result = classifier.Classify(presentation);

        // As in the guide ("Out").
        string json = DystoniaFhir.ToObservation(result, new ObservationOptions { SubjectReference = "Patient/123", Effective = "2026-11-21" });

        using var observation = JsonDocument.Parse(json);
        observation.RootElement.GetProperty("subject").GetProperty("reference").GetString().Should().Be("Patient/123");
        byte[] bundleUtf8 = System.Text.Encoding.UTF8.GetBytes(
            "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Condition\",\"subject\":{\"reference\":\"Patient/123\"},"
            + "\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0000473\"}]}}}]}");

        // As in the guide ("In").
        FhirReadResult read = FhirPresentationReader.ReadBundle(bundleUtf8, new FhirReadOptions { PatientReference = "Patient/123" });

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        var guide = File.ReadAllText(RepositoryFiles.Path("docs", "ehr-integration.md"));
        guide.Should().Contain(OutSnippet).And.Contain(InSnippet);
    }
}
