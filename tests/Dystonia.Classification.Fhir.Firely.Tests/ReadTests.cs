using Dystonia.Classification.Serialization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Dystonia.Classification.Fhir.Firely.Tests;

/// <summary>Presentations read from a Firely Bundle, and the resources used as the Observation's sources.</summary>
public sealed class ReadTests
{
    private static readonly DystoniaClassifier Classifier = new();

    /// <summary>The sample CDS Hooks prefetch (left arm and left leg) as one Bundle, plus a recognised family history and an unrecognised Observation.</summary>
    internal static Bundle SampleBundle()
    {
        var deserializer = new FhirJsonDeserializer();
        using var request = System.Text.Json.JsonDocument.Parse(RepositoryFiles.Read("samples", "cds-hooks", "patient-view.json"));
        var prefetch = request.RootElement.GetProperty("prefetch");
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = deserializer.DeserializeResource(prefetch.GetProperty("patient").GetRawText()) });
        var conditions = (Bundle)deserializer.DeserializeResource(prefetch.GetProperty("conditions").GetRawText());
        bundle.Entry.AddRange(conditions.Entry);
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = "urn:uuid:7d1f0b1e-3c55-4f55-9a59-5c2f7d0c9b01",
            Resource = new Observation
            {
                Status = ObservationStatus.Final,
                Code = new CodeableConcept(FhirSystems.Findings, "familyHistory/negative"),
                Subject = new ResourceReference("Patient/p1"),
            },
        });
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            Resource = new Observation
            {
                Id = "bp",
                Status = ObservationStatus.Final,
                Code = new CodeableConcept("http://loinc.org", "85354-9"),
                Subject = new ResourceReference("Patient/p1"),
            },
        });
        return bundle;
    }

    [Fact]
    public void A_firely_bundle_reads_as_the_same_bundle_in_json_does()
    {
        var bundle = SampleBundle();
        var firely = DystoniaFirely.Read(bundle);
        var json = FhirPresentationReader.ReadBundle(new FhirJsonSerializer().SerializeToBytes(bundle));

        firely.Errors.Should().BeEmpty();
        DystoniaJson.WritePresentation(firely.Presentation!).Should().Be(DystoniaJson.WritePresentation(json.Presentation!));
        firely.NotUsed.Select(i => i.ToString()).Should().Equal(json.NotUsed.Select(i => i.ToString()));
    }

    [Fact]
    public void Used_names_the_conditions_and_observations_read_and_not_the_patient_or_an_unrecognised_observation()
    {
        var read = DystoniaFirely.Read(SampleBundle());

        read.Used.Select(r => r.Type + " " + r.Reference).Should().Equal(
            "Condition Condition/c1", "Condition Condition/c2", "Observation urn:uuid:7d1f0b1e-3c55-4f55-9a59-5c2f7d0c9b01");
        read.NotUsed.Should().Contain(i => i.Location == "entry[4].resource.code");
    }

    [Fact]
    public void The_observation_from_a_bundle_points_at_its_sources_and_validates()
    {
        var read = DystoniaFirely.Read(SampleBundle());
        var result = Classifier.Classify(read.Presentation!);
        var observation = DystoniaFirely.ToObservation(result, new FirelyObservationOptions
        {
            Subject = new ResourceReference("Patient/p1"),
            DerivedFrom = read.Used,
        });

        observation.DerivedFrom.Select(r => r.Reference).Should().Equal("urn:uuid:7d1f0b1e-3c55-4f55-9a59-5c2f7d0c9b01");
        observation.Extension.Select(e => ((ResourceReference)e.Value!).Reference).Should().Equal("Condition/c1", "Condition/c2");
        FirelyValidation.Errors(observation).Should().BeEmpty();
    }

    [Fact]
    public void A_refuted_condition_and_an_entry_that_cannot_be_referenced_are_not_among_the_used()
    {
        var bundle = SampleBundle();
        ((Condition)bundle.Entry[2].Resource!).VerificationStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "refuted");
        var anonymous = (Condition)bundle.Entry[1].Resource!.DeepCopy();
        anonymous.Id = null;
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = anonymous });

        var read = DystoniaFirely.Read(bundle);

        read.Presentation.Should().NotBeNull();
        read.Used.Select(r => r.Reference).Should().Equal("Condition/c1", "urn:uuid:7d1f0b1e-3c55-4f55-9a59-5c2f7d0c9b01");
    }

    [Fact]
    public void A_bundle_with_no_dystonia_finding_uses_nothing()
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = new Patient { Id = "p1" } });

        var read = DystoniaFirely.Read(bundle);

        read.Presentation.Should().BeNull();
        read.Used.Should().BeEmpty();
        read.Errors.Should().NotBeEmpty();
    }
}
