using System.Collections.Generic;
using System.Xml.Linq;
using Dystonia.Classification.Serialization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Dystonia.Classification.Fhir.Firely.Tests;

/// <summary>The classification as a Firely Observation: validated by Firely's validator, with derivedFrom, identifier and narrative.</summary>
public sealed class ObservationTests
{
    private static readonly DystoniaClassifier English = new();
    private static readonly DystoniaClassifier Latvian = new(new ClassificationOptions { Language = "lv" });

    internal static readonly (string Label, string Json)[] OnePerDistribution =
    [
        ("focal", """{"regions":[{"region":"neck"}],"ageAtOnset":45,"associatedFeatures":{},"etiology":{"nervousSystemPathology":"none","familyHistory":false}}"""),
        ("segmental", """{"regions":[{"region":"upperFace"},{"region":"jawAndTongue"}],"ageAtOnset":60}"""),
        ("multifocal", """{"regions":[{"region":"upperFace"},{"region":"upperLimb","side":"right"}],"ageAtOnset":50,"variability":["actionSpecific"]}"""),
        ("hemidystonia", """{"regions":[{"region":"upperLimb","side":"left"},{"region":"lowerLimb","side":"left"}],"etiology":{"nervousSystemPathology":"structuralLesion","acquiredCauses":["vascular"]}}"""),
        ("generalized", """{"regions":[{"region":"trunk"},{"region":"neck"},{"region":"lowerLimb","side":"both"}],"ageAtOnset":9,"course":"progressive","etiology":{"geneticFinding":{"gene":"TOR1A"}}}"""),
    ];

    public static TheoryData<string, string> EveryDistributionInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var (label, _) in OnePerDistribution)
        {
            data.Add(label, "en");
            data.Add(label, "lv");
        }

        return data;
    }

    internal static ClassificationResult Classify(string json, string language = "en") =>
        DystoniaJson.Classify(language == "lv" ? Latvian : English, System.Text.Encoding.UTF8.GetBytes(json));

    private static readonly FirelyObservationOptions Full = new()
    {
        Id = "dystonia-1",
        Subject = new ResourceReference("Patient/p1"),
        Effective = new FhirDateTime("2026-11-21"),
        DerivedFrom = [new ResourceReference("Condition/c1") { Type = "Condition" }, new ResourceReference("Observation/o1")],
    };

    [Theory]
    [MemberData(nameof(EveryDistributionInEveryLanguage))]
    public void Every_emitted_observation_passes_firelys_validator_on_the_core_r4_specification(string label, string language)
    {
        var observation = DystoniaFirely.ToObservation(Classify(OnePerDistribution.Single(c => c.Label == label).Json, language), Full);

        FirelyValidation.Errors(observation).Should().BeEmpty();
    }

    [Fact]
    public void The_validator_does_report_an_invariant_broken_on_purpose()
    {
        // obs-6: dataAbsentReason only when there is no value. The check would be worthless if it passed anything.
        var observation = DystoniaFirely.ToObservation(Classify(OnePerDistribution[0].Json), Full);
        observation.DataAbsentReason = new CodeableConcept("http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown");

        FirelyValidation.Errors(observation).Should().Contain(e => e.Contains("obs-6", StringComparison.Ordinal));
    }

    [Fact]
    public void The_validator_says_nothing_at_all_not_even_a_warning_about_an_observation_with_its_sources()
    {
        var observation = DystoniaFirely.ToObservation(Classify(OnePerDistribution[4].Json, "lv"), Full);

        FirelyValidation.AllIssues(observation).Should().BeEmpty();
    }

    [Fact]
    public void The_validator_does_report_a_narrative_with_a_script_element()
    {
        // txt-1 and the XHTML rules: the narrative the library writes must pass them, so they must be checked.
        var observation = DystoniaFirely.ToObservation(Classify(OnePerDistribution[0].Json), Full);
        observation.Text!.Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></div>";

        FirelyValidation.Errors(observation).Should().NotBeEmpty();
    }

    [Fact]
    public void The_method_coding_carries_no_version_and_the_rule_set_version_stays_in_the_text()
    {
        var result = Classify(OnePerDistribution[0].Json);
        var method = DystoniaFirely.ToObservation(result).Method!;

        method.Coding.Should().ContainSingle().Which.Version.Should().BeNull("Coding.version is the code system's version, not the rule set's");
        method.Coding[0].Code.Should().Be(result.RuleSet.Name);
        method.Text.Should().Be(result.RuleSet.Name + " " + result.RuleSet.Version);
    }

    [Fact]
    public void Observations_and_questionnaire_responses_are_derived_from_and_conditions_are_supporting_information()
    {
        var observation = DystoniaFirely.ToObservation(Classify(OnePerDistribution[0].Json), new FirelyObservationOptions
        {
            DerivedFrom =
            [
                new ResourceReference("Condition/c1"),
                new ResourceReference("urn:uuid:0f8f3f7e-1111-4c6b-9b1d-8a3b8b0e2a10") { Type = "Observation" },
                new ResourceReference("https://ehr.example.org/fhir/QuestionnaireResponse/q1/_history/2"),
            ],
        });

        observation.DerivedFrom.Select(r => r.Reference).Should().Equal(
            "urn:uuid:0f8f3f7e-1111-4c6b-9b1d-8a3b8b0e2a10", "https://ehr.example.org/fhir/QuestionnaireResponse/q1/_history/2");
        observation.Extension.Where(e => e.Url == DystoniaFirely.SupportingInfoExtension)
            .Select(e => ((ResourceReference)e.Value!).Reference).Should().Equal("Condition/c1");
    }

    [Fact]
    public void A_rerun_gives_the_same_identifier_whatever_the_language_id_or_time()
    {
        string json = OnePerDistribution[3].Json;
        var first = DystoniaFirely.ToObservation(Classify(json), Full).Identifier.Single();
        var rerun = DystoniaFirely.ToObservation(Classify(json, "lv"), new FirelyObservationOptions
        {
            Subject = new ResourceReference("Patient/p1"),
            Effective = new FhirDateTime("2027-01-02"),
            DerivedFrom = Full.DerivedFrom.Reverse().ToList(),
            IncludeReasoning = false,
        }).Identifier.Single();

        first.System.Should().Be(DystoniaFirely.IdentifierSystem);
        first.Value.Should().MatchRegex("^sha256-[0-9a-f]{64}$");
        rerun.Value.Should().Be(first.Value);
    }

    [Fact]
    public void Another_patient_other_findings_or_other_sources_give_another_identifier()
    {
        string json = OnePerDistribution[3].Json;
        string Id(string presentation, string subject, params string[] sources) => DystoniaFirely.ToObservation(Classify(presentation), new FirelyObservationOptions
        {
            Subject = new ResourceReference(subject),
            DerivedFrom = sources.Select(s => new ResourceReference(s)).ToList(),
        }).Identifier.Single().Value!;

        string baseline = Id(json, "Patient/p1", "Condition/c1");
        new[]
        {
            Id(json, "Patient/p2", "Condition/c1"),
            Id(json, "Patient/p1", "Condition/c1", "Condition/c2"),
            Id(json.Replace("\"vascular\"", "\"brainInjury\"", StringComparison.Ordinal), "Patient/p1", "Condition/c1"),
            Id(OnePerDistribution[0].Json, "Patient/p1", "Condition/c1"),
        }.Should().OnlyHaveUniqueItems().And.NotContain(baseline);
    }

    [Theory]
    [InlineData("en", "Hemidystonia", "Left upper limb")]
    [InlineData("lv", "Hemidistonija", "Kreisā augšējā ekstremitāte")]
    public void The_narrative_is_generated_xhtml_in_the_result_language(string language, string distribution, string region)
    {
        var text = DystoniaFirely.ToObservation(Classify(OnePerDistribution[3].Json, language)).Text!;

        text.Status.Should().Be(Narrative.NarrativeStatus.Generated);
        var div = XElement.Parse(text.Div!);
        div.Name.Should().Be(XName.Get("div", "http://www.w3.org/1999/xhtml"));
        div.Attribute("lang")!.Value.Should().Be(language);
        div.Value.Should().Contain(distribution).And.Contain(region);
    }

    [Fact]
    public void Narrative_text_is_escaped()
    {
        DystoniaFirely.Escape("<script>alert('x') & \"y\"</script>").Should().Be("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    [Fact]
    public void The_codes_and_texts_are_those_of_the_dependency_free_package()
    {
        var result = Classify(OnePerDistribution[4].Json, "lv");
        var firely = DystoniaFirely.ToObservation(result);
        var plain = new FhirJsonDeserializer().DeserializeResource(DystoniaFhir.ToObservation(result)).Should().BeOfType<Observation>().Subject;

        static IEnumerable<string> Codes(Observation o) =>
            o.Component.SelectMany(c => c.Code!.Coding.Concat(((c.Value as CodeableConcept)?.Coding) ?? [])).Concat(((CodeableConcept)o.Value!).Coding)
                .Select(c => c.System + "|" + c.Code + "|" + c.Display);
        Codes(firely).Should().Equal(Codes(plain));
        firely.Note.Single().Text.Should().Be(plain.Note.Single().Text);
        firely.Language.Should().Be("lv");
    }

    [Fact]
    public void An_invalid_result_cannot_become_an_observation()
    {
        var invalid = Classify("""{"regions":[{"region":"upperLimb"}]}""");

        FluentActions.Invoking(() => DystoniaFirely.ToObservation(invalid)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_dependency_free_packages_observation_passes_the_same_validator_with_no_error_and_no_warning()
    {
        foreach (var (_, json) in OnePerDistribution)
        {
            string text = DystoniaFhir.ToObservation(Classify(json), new ObservationOptions { SubjectReference = "Patient/123", Effective = "2026-11-21" });
            var observation = new Hl7.Fhir.Serialization.FhirJsonDeserializer().Deserialize<Observation>(text);

            FirelyValidation.Errors(observation).Should().BeEmpty();
        }
    }
}
