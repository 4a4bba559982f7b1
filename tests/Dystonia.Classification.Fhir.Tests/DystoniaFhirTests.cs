using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Fhir.Tests;

/// <summary>The classification as a FHIR R4 Observation, checked field by field and against the official R4 schema.</summary>
public sealed class DystoniaFhirTests
{
    private static readonly DystoniaClassifier Classifier = new();

    private static readonly DystoniaClassifier Latvian = new(new ClassificationOptions { Language = "lv" });

    private static readonly (string Label, string Json)[] OnePerDistribution =
    [
        ("focal", """{"regions":[{"region":"neck"}],"ageAtOnset":45,"associatedFeatures":{},"etiology":{"nervousSystemPathology":"none","familyHistory":false}}"""),
        ("segmental", """{"regions":[{"region":"upperFace"},{"region":"jawAndTongue"}],"ageAtOnset":60}"""),
        ("multifocal", """{"regions":[{"region":"upperFace"},{"region":"upperLimb","side":"right"}],"ageAtOnset":50,"variability":["actionSpecific"]}"""),
        ("hemidystonia", """{"regions":[{"region":"upperLimb","side":"left"},{"region":"lowerLimb","side":"left"}],"etiology":{"nervousSystemPathology":"structuralLesion","acquiredCauses":["vascular"]}}"""),
        ("generalized", """{"regions":[{"region":"trunk"},{"region":"neck"},{"region":"lowerLimb","side":"both"}],"ageAtOnset":9,"course":"progressive","etiology":{"geneticFinding":{"gene":"TOR1A"}}}"""),
    ];

    private static ClassificationResult Classify(string json) =>
        DystoniaJson.Classify(Classifier, System.Text.Encoding.UTF8.GetBytes(json));

    private static ClassificationResult ClassifyLatvian(string json) =>
        DystoniaJson.Classify(Latvian, System.Text.Encoding.UTF8.GetBytes(json));

    private static JsonElement Observation(string json, ObservationOptions? options = null) =>
        JsonDocument.Parse(DystoniaFhir.ToObservation(Classify(json), options)).RootElement;

    private static string[] Codes(JsonElement codeableConcept, string system) =>
        codeableConcept.GetProperty("coding").EnumerateArray()
            .Where(c => c.GetProperty("system").GetString() == system)
            .Select(c => c.GetProperty("code").GetString()!)
            .ToArray();

    private static JsonElement[] Components(JsonElement observation, string axis) =>
        observation.GetProperty("component").EnumerateArray()
            .Where(c => c.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString() == axis)
            .ToArray();

    [Theory]
    [InlineData("focal", "445006008", "HP:0004373")]
    [InlineData("segmental", "427945008", null)]
    [InlineData("multifocal", null, null)]
    [InlineData("hemidystonia", "427232004", "HP:0032005")]
    [InlineData("generalized", "425492002", "HP:0007325")]
    public void The_value_codes_the_distribution_in_every_system_that_has_a_code_and_no_other(string label, string? snomed, string? hpo)
    {
        var value = Observation(OnePerDistribution.Single(c => c.Label == label).Json).GetProperty("valueCodeableConcept");

        Codes(value, FhirSystems.Labels).Should().Equal("distribution/" + label);
        Codes(value, FhirSystems.Snomed).Should().Equal(snomed is null ? [] : [snomed]);
        Codes(value, FhirSystems.Hpo).Should().Equal(hpo is null ? [] : [hpo]);
        Codes(value, FhirSystems.Icd10Cm).Should().BeEmpty("ICD-10-CM has no body-distribution codes");
    }

    [Fact]
    public void Each_affected_region_is_a_component_with_its_side()
    {
        var observation = Observation(OnePerDistribution.Single(c => c.Label == "generalized").Json);

        Components(observation, "affectedRegion")
            .Select(c => Codes(c.GetProperty("valueCodeableConcept"), FhirSystems.BodyRegion).Single())
            .Should().Equal("neck", "trunk", "lowerLimb:left", "lowerLimb:right");
        Components(observation, "legInvolvement").Single().GetProperty("valueBoolean").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Every_axis_with_a_label_is_a_component_and_undetermined_axes_are_left_out()
    {
        var complete = Observation(OnePerDistribution.Single(c => c.Label == "focal").Json);
        var thin = Observation(OnePerDistribution.Single(c => c.Label == "segmental").Json);

        Codes(Components(complete, "etiology").Single().GetProperty("valueCodeableConcept"), FhirSystems.Labels).Should().Equal("etiology/primary");
        Codes(Components(complete, "associatedFeatures").Single().GetProperty("valueCodeableConcept"), FhirSystems.Labels).Should().Equal("associatedFeatures/isolated");
        Components(thin, "associatedFeatures").Should().BeEmpty();
        Components(thin, "legacyCategory").Should().BeEmpty();
        // Regions alone examine nothing that could reveal a secondary cause: undetermined, so no certainty either.
        Components(thin, "etiologyCertainty").Should().BeEmpty();
    }

    [Fact]
    public void The_method_names_the_rule_set_and_version_and_the_note_carries_the_reasoning()
    {
        var observation = Observation(OnePerDistribution.Single(c => c.Label == "hemidystonia").Json);

        var method = observation.GetProperty("method").GetProperty("coding")[0];
        method.GetProperty("code").GetString().Should().Be("Albanese2013");
        method.TryGetProperty("version", out _).Should().BeFalse("Coding.version is the code system's version, not the rule set's");
        observation.GetProperty("method").GetProperty("text").GetString().Should().Be("Albanese2013 1.0.0");
        var note = observation.GetProperty("note")[0].GetProperty("text").GetString();
        note.Should().Contain("**DIST-HEMIDYSTONIA**").And.Contain("**ETIO-SECONDARY**");
    }

    [Fact]
    public void Subject_id_and_time_are_written_only_when_given()
    {
        var bare = Observation(OnePerDistribution[0].Json);
        var full = Observation(OnePerDistribution[0].Json, new ObservationOptions { Id = "dc-1", SubjectReference = "Patient/p1", Effective = "2026-11-21", IncludeReasoning = false });

        bare.TryGetProperty("subject", out _).Should().BeFalse();
        bare.TryGetProperty("effectiveDateTime", out _).Should().BeFalse("the library never reads the clock");
        full.GetProperty("id").GetString().Should().Be("dc-1");
        full.GetProperty("subject").GetProperty("reference").GetString().Should().Be("Patient/p1");
        full.GetProperty("effectiveDateTime").GetString().Should().Be("2026-11-21");
        full.TryGetProperty("note", out _).Should().BeFalse();
    }

    [Fact]
    public void An_invalid_result_cannot_be_written_as_an_observation()
    {
        var invalid = Classify("""{"regions":[]}""");

        var write = () => DystoniaFhir.ToObservation(invalid);

        write.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Every_emitted_observation_validates_against_the_official_fhir_r4_schema()
    {
        var observations = OnePerDistribution.Select(c => c.Json)
            .Concat(File.ReadLines(RepositoryFiles.Path("samples", "cohort.jsonl")))
            .SelectMany(json => new[] { Classify(json), ClassifyLatvian(json) })
            .Select(result => JsonDocument.Parse(DystoniaFhir.ToObservation(result, new ObservationOptions { SubjectReference = "Patient/p1", Effective = "2026-11-21" })).RootElement)
            .ToList();
        var validation = SchemaValidator.ValidateFhir(JsonSerializer.Serialize(observations));

        validation.Summary.Should().Be(observations.Count + " valid, 0 invalid", validation.ToString());
    }

    [Fact]
    public void The_fhir_schema_rejects_a_doctored_observation()
    {
        // Negative control for the FHIR R4 schema: an emitted observation, changed in one place the schema forbids.
        var observation = JsonNode.Parse(DystoniaFhir.ToObservation(Classify(OnePerDistribution[0].Json)))!.AsObject();
        var wrongStatus = observation.DeepClone().AsObject();
        wrongStatus["status"] = "done";
        var extraElement = observation.DeepClone().AsObject();
        extraElement["colour"] = 1;

        var validation = SchemaValidator.ValidateFhir(new JsonArray(observation, wrongStatus, extraElement).ToJsonString());

        validation.Summary.Should().Be("1 valid, 2 invalid", validation.ToString());
        validation.Failures[0].Should().StartWith("#2 (Observation): ").And.Contain("/status: ").And.Contain("/enum: ");
        validation.Failures[1].Should().StartWith("#3 (Observation): ").And.Contain("/colour: ").And.Contain("/additionalProperties");
    }

    [Fact]
    public void A_latvian_observation_has_latvian_texts_and_language_and_keeps_the_english_code_displays()
    {
        var json = OnePerDistribution.Single(c => c.Label == "generalized").Json;
        var english = Observation(json);
        var latvian = JsonDocument.Parse(DystoniaFhir.ToObservation(ClassifyLatvian(json))).RootElement;

        english.GetProperty("language").GetString().Should().Be("en");
        latvian.GetProperty("language").GetString().Should().Be("lv");
        latvian.GetProperty("code").GetProperty("text").GetString().Should().Be("Distonijas klasifikācija (2013. gada starptautiskais konsenss, Albanese u. c.)");
        latvian.GetProperty("valueCodeableConcept").GetProperty("text").GetString().Should().Be("Ģeneralizēta distonija");
        english.GetProperty("valueCodeableConcept").GetProperty("text").GetString().Should().Be("Generalized dystonia");
        Components(latvian, "ageAtOnsetGroup").Single().GetProperty("valueCodeableConcept").GetProperty("text").GetString().Should().Be("Bērnība");
        Components(latvian, "course").Single().GetProperty("valueCodeableConcept").GetProperty("text").GetString().Should().Be("Progresējoša");
        Components(latvian, "affectedRegion").Select(c => c.GetProperty("valueCodeableConcept").GetProperty("text").GetString())
            .Should().Equal("Kakls", "Rumpis", "Kreisā apakšējā ekstremitāte", "Labā apakšējā ekstremitāte");
        latvian.GetProperty("note")[0].GetProperty("text").GetString().Should().StartWith("**Pamatojums** (Albanese2013 1.0.0)")
            .And.Contain("**DIST-GENERALIZED**: Skartās ķermeņa daļas: kakls, rumpis");

        static IEnumerable<string> Displays(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "display" ? [p.Value.GetString()!] : Displays(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Displays),
            _ => [],
        };
        Displays(latvian).Should().Equal(Displays(english), "codings keep the code systems' English displays");
    }

    [Fact]
    public void The_reasoning_note_is_written_in_the_language_of_the_result()
    {
        var json = OnePerDistribution.Single(c => c.Label == "hemidystonia").Json;

        var english = DystoniaFhir.ReasoningMarkdown(Classify(json));
        var latvian = DystoniaFhir.ReasoningMarkdown(ClassifyLatvian(json));

        english.Should().StartWith("**Reasoning** (Albanese2013 1.0.0)");
        latvian.Should().StartWith("**Pamatojums** (Albanese2013 1.0.0)").And.NotContain("Reasoning").And.NotContain("Suggested workup");
        latvian.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)).Should().Be(english.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }
}
