using System.Text;
using System.Text.Json;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Fhir.Tests;

/// <summary>Presentations read from FHIR Bundles, with everything not used reported back.</summary>
public sealed class FhirPresentationReaderTests
{
    private const string Region = FhirSystems.BodyRegion;
    private static readonly DystoniaClassifier Classifier = new();

    internal static string Condition(string id, string system, string code, string? bodySiteSystem = null, string? bodySite = null, string? onset = null) =>
        "{\"fullUrl\":\"urn:uuid:" + id + "\",\"resource\":{\"resourceType\":\"Condition\",\"id\":\"" + id + "\",\"subject\":{\"reference\":\"Patient/p1\"}," +
        "\"code\":{\"coding\":[{\"system\":\"" + system + "\",\"code\":\"" + code + "\"}]}" +
        (bodySite is null ? "" : ",\"bodySite\":[{\"coding\":[{\"system\":\"" + bodySiteSystem + "\",\"code\":\"" + bodySite + "\"}]}]") +
        (onset ?? "") + "}}";

    internal static string Finding(string id, string code) =>
        "{\"fullUrl\":\"urn:uuid:" + id + "\",\"resource\":{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/p1\"}," +
        "\"code\":{\"coding\":[{\"system\":\"" + FhirSystems.Findings + "\",\"code\":\"" + code + "\"}]},\"valueBoolean\":true}}";

    internal static string Bundle(params string[] entries) =>
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" +
        "{\"fullUrl\":\"urn:uuid:p1\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1980-03-15\"}}," +
        string.Join(",", entries) + "]}";

    internal static readonly (string Label, string Json)[] OnePerDistribution =
    [
        ("focal", Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000643", onset: ",\"onsetDateTime\":\"2031-06-01\""), Finding("o1", "nervousSystemPathology/none"))),
        ("segmental", Bundle(Condition("c1", FhirSystems.Snomed, "74333002"), Condition("c2", FhirSystems.Snomed, "15802004", Region, "upperLimb:right"))),
        ("multifocal", Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000643"), Condition("c2", FhirSystems.Hpo, "HP:0002356", Region, "upperLimb:right"))),
        ("hemidystonia", Bundle(Condition("c1", FhirSystems.Hpo, "HP:0001332", Region, "upperLimb:left"), Condition("c2", FhirSystems.Hpo, "HP:0001332", Region, "lowerLimb:left"), Condition("c3", FhirSystems.Snomed, "230690007"))),
        ("generalized", Bundle(Condition("c1", FhirSystems.Hpo, "HP:0002530", onset: ",\"onsetAge\":{\"value\":9,\"unit\":\"years\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"a\"}"), Condition("c2", FhirSystems.Hpo, "HP:0031959", Region, "lowerLimb:both"))),
    ];

    private static FhirReadResult Read(string json) => FhirPresentationReader.ReadBundle(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData("focal")]
    [InlineData("segmental")]
    [InlineData("multifocal")]
    [InlineData("hemidystonia")]
    [InlineData("generalized")]
    public void A_bundle_classifies_to_its_distribution_and_comes_back_as_an_observation(string label)
    {
        var read = Read(OnePerDistribution.Single(c => c.Label == label).Json);

        var result = Classifier.Classify(read.Presentation!);
        var observation = JsonDocument.Parse(DystoniaFhir.ToObservation(result, new ObservationOptions { SubjectReference = "Patient/p1" })).RootElement;

        Serialization.ContractNames.Of(result.Labels.Distribution).Should().Be(label);
        observation.GetProperty("valueCodeableConcept").GetProperty("coding")[0].GetProperty("code").GetString().Should().Be("distribution/" + label);
    }

    [Fact]
    public void Onset_age_comes_from_the_onset_date_and_the_birth_date()
    {
        var presentation = Read(OnePerDistribution[0].Json).Presentation!;

        presentation.AgeAtOnset.Should().BeApproximately(51.21, 0.01);
        presentation.OnsetRegion.Should().Be(new AffectedRegion(BodyRegion.UpperFace));
        presentation.Etiology.Pathology.Should().Be(NervousSystemPathology.None);
    }

    [Fact]
    public void Onset_age_in_years_is_used_as_given()
    {
        Read(OnePerDistribution.Single(c => c.Label == "generalized").Json).Presentation!.AgeAtOnset.Should().Be(9);
    }

    [Fact]
    public void A_stroke_on_the_problem_list_is_a_vascular_cause()
    {
        var presentation = Read(OnePerDistribution.Single(c => c.Label == "hemidystonia").Json).Presentation!;

        presentation.Etiology.AcquiredCauses.Should().Be(AcquiredCauses.Vascular);
        Classifier.Classify(presentation).Labels.Etiology.Should().Be(Etiology.Secondary);
    }

    [Fact]
    public void Unrecognised_codes_and_resources_are_reported_not_dropped()
    {
        var read = Read(Bundle(
            Condition("c1", FhirSystems.Hpo, "HP:0000473"),
            Condition("c2", FhirSystems.Snomed, "38341003"),
            "{\"resource\":{\"resourceType\":\"MedicationRequest\",\"id\":\"m1\"}}"));

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        read.NotUsed.Select(n => n.Location).Should().Equal("entry[2].resource.code", "entry[3].resource");
        read.NotUsed[0].Message.Should().Contain("http://snomed.info/sct|38341003");
        read.NotUsed[1].ResourceType.Should().Be("MedicationRequest");
    }

    [Fact]
    public void A_refuted_condition_is_not_used_and_says_so()
    {
        var refuted = "{\"resource\":{\"resourceType\":\"Condition\",\"verificationStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-ver-status\",\"code\":\"refuted\"}]},\"code\":{\"coding\":[{\"system\":\"" + FhirSystems.Hpo + "\",\"code\":\"HP:0002530\"}]},\"subject\":{\"reference\":\"Patient/p1\"}}}";

        var read = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473"), refuted));

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        read.NotUsed.Single().Message.Should().StartWith("Refuted");
    }

    [Theory]
    [InlineData("\"resourceType\":7", "entry[2].resource")]
    [InlineData("\"resourceType\":\"Condition\",\"code\":\"dystonia\"", "entry[2].resource.code")]
    [InlineData("\"resourceType\":\"Condition\",\"code\":{\"coding\":{\"code\":\"HP:0001332\"}}", "entry[2].resource.code")]
    [InlineData("\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0001332\"}]},\"bodySite\":\"neck\"", "entry[2].resource.bodySite[0]")]
    [InlineData("\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0001332\"}]},\"bodySite\":[7]", "entry[2].resource.bodySite[0]")]
    [InlineData("\"resourceType\":\"Condition\",\"verificationStatus\":\"refuted\",\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0001332\"}]}", "entry[2].resource")]
    [InlineData("\"resourceType\":\"Condition\",\"verificationStatus\":{\"coding\":{\"code\":\"refuted\"}},\"code\":{\"coding\":[{\"system\":\"http://human-phenotype-ontology.org\",\"code\":\"HP:0001332\"}]}", "entry[2].resource")]
    public void Elements_of_the_wrong_json_shape_are_reported_as_not_used_instead_of_throwing(string resource, string location)
    {
        var read = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473"), "{\"resource\":{" + resource + "}}"));

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        read.NotUsed.Select(n => n.Location).Should().Contain(location);
    }

    [Theory]
    [InlineData("\"34\"")]
    [InlineData("{\"value\":\"34\",\"code\":\"a\"}")]
    public void An_onset_age_of_the_wrong_json_shape_is_not_used_instead_of_throwing(string onsetAge)
    {
        var read = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473", onset: ",\"onsetAge\":" + onsetAge)));

        read.Presentation!.AgeAtOnset.Should().BeNull();
        read.NotUsed.Single().Location.Should().Be("entry[1].resource.onsetAge");
    }

    [Fact]
    public void An_imprecise_onset_date_is_reported_rather_than_guessed()
    {
        var read = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473", onset: ",\"onsetDateTime\":\"2030\"")));

        read.Presentation!.AgeAtOnset.Should().BeNull();
        read.NotUsed.Single().Location.Should().Be("entry[1].resource.onsetDateTime");
    }

    [Fact]
    public void A_limb_coded_without_a_side_is_a_missing_finding_not_an_invalid_presentation()
    {
        var read = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0001332", FhirSystems.Snomed, "53120007")));

        read.Presentation.Should().BeNull("the limb was the only region, and it is left out until its side is recorded");
        read.Errors.Single().Code.Should().Be(ErrorCodes.RegionsRequired);
        read.MissingFindings.Single().Should().Match<FhirReadIssue>(i => i.Code == FhirReadIssueCodes.SideMissing && i.Region == BodyRegion.UpperLimb && i.Location == "entry[1].resource.bodySite[0]");
    }

    [Fact]
    public void A_project_limb_code_without_a_side_is_a_missing_finding_too()
    {
        var read = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473"), Condition("c2", FhirSystems.Hpo, "HP:0001332", Region, "lowerLimb")));

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        read.MissingFindings.Single().Region.Should().Be(BodyRegion.LowerLimb);
    }

    [Fact]
    public void Project_findings_set_course_family_history_genes_and_associated_features()
    {
        var gene = "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"" + FhirSystems.Findings + "\",\"code\":\"geneticFinding\"}]},\"valueString\":\"TOR1A\"}}";

        var presentation = Read(Bundle(
            Condition("c1", FhirSystems.Hpo, "HP:0000473"),
            Finding("o1", "course/progressive"),
            Finding("o2", "familyHistory/positive"),
            Finding("o3", "associatedFeatures/examined"),
            Condition("c2", FhirSystems.Hpo, "HP:0001337"),
            gene)).Presentation!;

        presentation.Course.Should().Be(Course.Progressive);
        presentation.Etiology.FamilyHistory.Should().Be(FamilyHistory.Positive);
        presentation.Etiology.GeneticFinding!.Gene.Should().Be("TOR1A");
        presentation.AssociatedFeatures!.MovementDisorders.Should().Be(MovementDisorders.Tremor);
    }

    [Fact]
    public void A_diagnostic_clue_in_the_projects_findings_system_reaches_the_workup()
    {
        var presentation = Read(Bundle(
            Condition("c1", FhirSystems.Hpo, "HP:0000473"),
            Finding("o1", "diagnosticClue/faciobrachialDystonicSeizures"))).Presentation!;

        presentation.DiagnosticClues.Should().Be(DiagnosticClues.FaciobrachialDystonicSeizures);
        new DystoniaClassifier().Classify(presentation).SuggestedWorkup.Should().Contain(w => w.RuleId == "WORKUP-AUTOIMMUNE-LGI1");
    }

    [Theory]
    [InlineData("LA6668-3", VariantClassification.Pathogenic)]
    [InlineData("LA26332-9", VariantClassification.LikelyPathogenic)]
    [InlineData("LA26333-7", VariantClassification.UncertainSignificance)]
    [InlineData("LA6682-4", VariantClassification.UncertainSignificance)]
    [InlineData("LA6675-8", VariantClassification.Benign)]
    [InlineData("LA9999-9", null)]
    public void A_genetic_finding_carries_its_clinical_significance_as_the_genomics_reporting_ig_records_it(string answer, VariantClassification? expected)
    {
        // Component LOINC 53037-8 "Genetic variation clinical significance" with a LOINC answer (HL7 Genomics Reporting IG).
        var gene = "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"" + FhirSystems.Findings
            + "\",\"code\":\"geneticFinding\"}]},\"valueString\":\"TOR1A\",\"component\":[{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"53037-8\"}]},"
            + "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"" + answer + "\"}]}}]}}";

        var presentation = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473"), gene)).Presentation!;

        presentation.Etiology.GeneticFinding!.Classification.Should().Be(expected);
        var result = new DystoniaClassifier().Classify(presentation);
        result.Labels.Heritability.Should().Be(expected is VariantClassification.Pathogenic or VariantClassification.LikelyPathogenic ? Heritability.Inherited : Heritability.Unknown);
    }

    /// <summary>A genetic-finding Observation with the classification (53037-8) and the given extra components, as the Genomics Reporting IG records them.</summary>
    private static string GeneticVariant(string gene, string classification, params string[] components) =>
        "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"" + FhirSystems.Findings
        + "\",\"code\":\"geneticFinding\"}]},\"valueString\":\"" + gene + "\",\"component\":["
        + string.Join(",", new[] { LoincComponent("53037-8", classification) }.Concat(components)) + "]}}";

    private static string LoincComponent(string question, string answer) =>
        "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"" + question + "\"}]},"
        + "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"" + answer + "\"}]}}";

    public static TheoryData<string, string, Zygosity?> ZygosityComponents() => new()
    {
        // Component LOINC 53034-5 "Allelic state" (the IG's Variant profile) with its LOINC answers.
        { "53034-5", "LA6706-1", Zygosity.Heterozygous },
        { "53034-5", "LA6705-3", Zygosity.Homozygous },
        { "53034-5", "LA6707-9", Zygosity.Hemizygous },
        // A compound heterozygote is a complex variant: component LOINC 81263-6 "Complex variant type", answer LA26217-2.
        { "81263-6", "LA26217-2", Zygosity.CompoundHeterozygous },
        // An answer under the wrong question, or one the table does not hold, is not guessed.
        { "53034-5", "LA26217-2", null },
        { "81263-6", "LA6706-1", null },
        { "53034-5", "LA6703-8", null },
        { "53037-8", "LA6705-3", null },
    };

    [Theory]
    [MemberData(nameof(ZygosityComponents))]
    public void A_genetic_finding_carries_its_zygosity_as_the_genomics_reporting_ig_records_it(string question, string answer, Zygosity? expected)
    {
        var presentation = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473"), GeneticVariant("PANK2", "LA6668-3", LoincComponent(question, answer)))).Presentation!;

        presentation.Etiology.GeneticFinding!.Zygosity.Should().Be(expected);
        presentation.Etiology.GeneticFinding.Classification.Should().Be(VariantClassification.Pathogenic);
        var result = Classifier.Classify(presentation);
        result.Labels.Heritability.Should().Be(expected is Zygosity.Heterozygous or null ? Heritability.Unknown : Heritability.Inherited, "PANK2 is autosomal recessive");
        result.MissingFindings.Select(m => m.Field).Contains("etiology.geneticFinding.zygosity").Should().Be(expected is null);
    }

    public static TheoryData<string, string?> GeneticComponentsNotRead() => new()
    {
        // component (after the classification, 53037-8 = pathogenic), and the note the reader gives it, or none when read
        { LoincComponent("53034-5", "LA6706-1"), null },
        { LoincComponent("53034-5", "LA6703-8"), "Zygosity answer not recognised (http://loinc.org|LA6703-8); the zygosity is left unrecorded." },
        { LoincComponent("81263-6", "LA6706-1"), "Zygosity answer not recognised (http://loinc.org|LA6706-1); the zygosity is left unrecorded." },
        // A component about something else (the IG's variant also carries HGVS, the gene studied, ...); example codes.
        { "{\"code\":{\"coding\":[{\"system\":\"http://example.org/other\",\"code\":\"other\"}]},\"valueString\":\"x\"}", "Component not used by the classification." },
    };

    [Theory]
    [MemberData(nameof(GeneticComponentsNotRead))]
    public void A_genetic_findings_component_that_gives_nothing_is_reported_not_dropped(string component, string? message)
    {
        var read = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473"), GeneticVariant("PANK2", "LA6668-3", component)));

        var notUsed = read.NotUsed.Where(i => i.Location.StartsWith("entry[2].resource.component", StringComparison.Ordinal)).ToList();
        if (message is null)
        {
            notUsed.Should().BeEmpty();
        }
        else
        {
            notUsed.Should().ContainSingle().Which.Should().Match<FhirReadIssue>(i => i.Location == "entry[2].resource.component[1]" && i.Message == message);
        }
    }

    [Fact]
    public void A_classification_answer_the_reader_does_not_know_is_reported_and_leaves_the_classification_unrecorded()
    {
        var read = Read(Bundle(Condition("c1", FhirSystems.Hpo, "HP:0000473"), GeneticVariant("TOR1A", "LA9999-9")));

        read.Presentation!.Etiology.GeneticFinding!.Classification.Should().BeNull();
        read.NotUsed.Should().Contain(i => i.Location == "entry[2].resource.component[0]" && i.Message.StartsWith("Variant classification answer not recognised", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LA6706-1", false)]
    [InlineData("LA6705-3", true)]
    public void One_heterozygous_pathogenic_atp7b_variant_read_from_fhir_is_a_carriers_finding_and_establishes_no_cause(string allelicState, bool establishes)
    {
        var presentation = Read(Bundle(
            Condition("c1", FhirSystems.Hpo, "HP:0000473"),
            GeneticVariant("ATP7B", "LA6668-3", LoincComponent("53034-5", allelicState)))).Presentation!;

        var result = Classifier.Classify(presentation);

        (result.Labels.Etiology == Etiology.Secondary).Should().Be(establishes);
        (result.Labels.Heritability == Heritability.Inherited).Should().Be(establishes);
        result.Reasoning.Any(s => s.RuleId == "GENE-SINGLE-RECESSIVE-ALLELE").Should().Be(!establishes);
    }

    [Fact]
    public void A_dominant_genes_variant_needs_no_zygosity_and_a_misshapen_component_is_ignored_without_an_exception()
    {
        var presentation = Read(Bundle(
            Condition("c1", FhirSystems.Hpo, "HP:0000473"),
            GeneticVariant("TOR1A", "LA6668-3", "1", "{\"code\":\"53034-5\",\"valueCodeableConcept\":\"LA6706-1\"}", "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"53034-5\"}]},\"valueCodeableConcept\":{\"coding\":\"LA6706-1\"}}"))).Presentation!;

        presentation.Etiology.GeneticFinding!.Zygosity.Should().BeNull();
        Classifier.Classify(presentation).Labels.Heritability.Should().Be(Heritability.Inherited);
    }

    [Theory]
    [InlineData("{not json", ErrorCodes.MalformedInput)]
    [InlineData("{\"resourceType\":\"Patient\"}", ErrorCodes.WrongType)]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}", ErrorCodes.RegionsRequired)]
    public void Input_that_names_no_dystonia_gives_an_error(string json, string code)
    {
        var read = Read(json);

        read.Presentation.Should().BeNull();
        read.Errors.Single().Code.Should().Be(code);
    }

    [Fact]
    public void The_example_bundles_are_valid_fhir_r4()
    {
        var validation = SchemaValidator.ValidateFhir("[" + string.Join(",", OnePerDistribution.Select(c => c.Json)) + "]");

        validation.Summary.Should().Be("5 valid, 0 invalid", validation.ToString());
    }
}
