using System.Collections.Generic;
using System.Text;

namespace Dystonia.Classification.Fhir.Tests;

/// <summary>
/// Records as EHRs send them (issue 15): searchset Bundles of Conditions with clinical and verification status,
/// subjects, dates, SNOMED CT body sites with and without laterality, and ICD-10-CM codes. One table per reproduction.
/// </summary>
public sealed class FhirRecordReadingTests
{
    private const string Sct = FhirSystems.Snomed;
    private const string Icd = FhirSystems.Icd10Cm;
    private static readonly DystoniaClassifier Classifier = new();

    /// <summary>A Condition as a problem list holds it; <paramref name="extra"/> adds elements (status, dates, body site).</summary>
    private static string Condition(string id, string system, string code, string display, string extra = "", string subject = "Patient/p1") => $$$"""
        {"fullUrl":"https://ehr.example.org/fhir/Condition/{{{id}}}","resource":{"resourceType":"Condition","id":"{{{id}}}",
         "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"problem-list-item","display":"Problem List Item"}]}],
         "code":{"coding":[{"system":"{{{system}}}","code":"{{{code}}}","display":"{{{display}}}"}],"text":"{{{display}}}"},
         "subject":{"reference":"{{{subject}}}"}{{{extra}}}},"search":{"mode":"match"}}
        """;

    private static string Clinical(string code) =>
        ",\"clinicalStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-clinical\",\"code\":\"" + code + "\"}]}";

    private static string Verification(string code) =>
        ",\"verificationStatus\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/condition-ver-status\",\"code\":\"" + code + "\"}]}";

    private static string Site(string code, string display, string laterality = "") =>
        ",\"bodySite\":[{" + laterality + "\"coding\":[{\"system\":\"" + Sct + "\",\"code\":\"" + code + "\",\"display\":\"" + display + "\"}]}]";

    private static string Active => Clinical("active") + Verification("confirmed");

    /// <summary>Cervical dystonia with onset in 2024, the finding every record below starts from.</summary>
    private static string CervicalDystonia => Condition("cd", Sct, "74333002", "Cervical dystonia", Active + ",\"onsetDateTime\":\"2024-03-01\"");

    private static string Bundle(params string[] entries) =>
        "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[" +
        "{\"fullUrl\":\"https://ehr.example.org/fhir/Patient/p1\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1972-05-14\"}}," +
        string.Join(",", entries) + "]}";

    private static FhirReadResult Read(string json, FhirReadOptions? options = null) => FhirPresentationReader.ReadBundle(Encoding.UTF8.GetBytes(json), options);

    public static TheoryData<string, string, string, string> ConditionsNotAboutThisPatientNow => new()
    {
        { "another patient's blepharospasm", Condition("b1", Icd, "G24.5", "Blepharospasm", Active, subject: "Patient/p2"), FhirReadIssueCodes.OtherPatient, "entry[2].resource.subject" },
        { "another patient, by full URL", Condition("b1", Icd, "G24.5", "Blepharospasm", Active, subject: "https://ehr.example.org/fhir/Patient/p2"), FhirReadIssueCodes.OtherPatient, "entry[2].resource.subject" },
        { "resolved blepharospasm", Condition("b1", Icd, "G24.5", "Blepharospasm", Clinical("resolved") + Verification("confirmed")), FhirReadIssueCodes.NotActive, "entry[2].resource.clinicalStatus" },
        { "blepharospasm in remission", Condition("b1", Icd, "G24.5", "Blepharospasm", Clinical("remission")), FhirReadIssueCodes.NotActive, "entry[2].resource.clinicalStatus" },
        { "blepharospasm as a differential", Condition("b1", Icd, "G24.5", "Blepharospasm", Clinical("active") + Verification("differential")), FhirReadIssueCodes.Unconfirmed, "entry[2].resource.verificationStatus" },
        { "provisional blepharospasm", Condition("b1", Icd, "G24.5", "Blepharospasm", Clinical("active") + Verification("provisional")), FhirReadIssueCodes.Unconfirmed, "entry[2].resource.verificationStatus" },
        { "blepharospasm entered in error", Condition("b1", Icd, "G24.5", "Blepharospasm", Verification("entered-in-error")), FhirReadIssueCodes.NotAsserted, "entry[2].resource" },
        { "a resolved differential of another patient", Condition("b1", Icd, "G24.5", "Blepharospasm", Clinical("resolved") + Verification("differential"), subject: "Patient/p2"), FhirReadIssueCodes.OtherPatient, "entry[2].resource.subject" },
    };

    [Theory]
    [MemberData(nameof(ConditionsNotAboutThisPatientNow))]
    public void A_condition_that_is_not_this_patients_current_confirmed_finding_is_reported_not_used(string about, string condition, string code, string location)
    {
        var read = Read(Bundle(CervicalDystonia, condition));

        read.Presentation!.Regions.Should().Equal([new AffectedRegion(BodyRegion.Neck)], about);
        read.NotUsed.Should().ContainSingle(about).Which.Should().Match<FhirReadIssue>(i => i.Code == code && i.Location == location);
        Classifier.Classify(read.Presentation).Labels.Distribution.Should().Be(Distribution.Focal, about);
    }

    [Theory]
    [InlineData("recurrence")]
    [InlineData("relapse")]
    [InlineData("active")]
    public void An_active_recurring_or_relapsing_condition_is_used(string status)
    {
        var read = Read(Bundle(CervicalDystonia, Condition("b1", Icd, "G24.5", "Blepharospasm", Clinical(status) + Verification("confirmed"))));

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck), new AffectedRegion(BodyRegion.UpperFace));
        read.NotUsed.Should().BeEmpty();
    }

    [Fact]
    public void Unconfirmed_conditions_are_used_when_the_caller_asks()
    {
        var read = Read(Bundle(CervicalDystonia, Condition("b1", Icd, "G24.5", "Blepharospasm", Verification("provisional"))), new FhirReadOptions { UseUnconfirmedConditions = true });

        read.Presentation!.Regions.Should().HaveCount(2);
    }

    [Fact]
    public void The_patient_in_context_is_the_callers_for_cds_hooks_prefetch_without_a_patient_resource()
    {
        var resources = new[] { CervicalDystonia, Condition("b1", Icd, "G24.5", "Blepharospasm", Active, subject: "Patient/p2") }
            .Select((entry, i) => ("prefetch.conditions.entry[" + i + "].resource", System.Text.Json.JsonDocument.Parse(entry).RootElement.GetProperty("resource")))
            .ToList();

        var read = FhirPresentationReader.Read(resources, new FhirReadOptions { PatientReference = "p1" });

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        var other = read.NotUsed.Single(i => i.Code == FhirReadIssueCodes.OtherPatient);
        other.Location.Should().Be("prefetch.conditions.entry[1].resource.subject");
        other.Message.Should().NotContain("p2", "no ids in messages");
    }

    [Fact]
    public void An_input_of_several_patients_without_a_patient_in_context_is_not_merged()
    {
        string json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" +
            CervicalDystonia + "," + Condition("b1", Icd, "G24.5", "Blepharospasm", Active, subject: "Patient/p2") + "]}";

        var read = Read(json);

        read.Presentation.Should().BeNull();
        read.NotUsed.Select(i => i.Code).Should().Equal(FhirReadIssueCodes.OtherPatient, FhirReadIssueCodes.OtherPatient);
        Read(json, new FhirReadOptions { PatientReference = "Patient/p2" }).Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.UpperFace));
    }

    [Fact]
    public void A_subject_given_as_the_patients_bundle_full_url_is_the_patient()
    {
        const string Uuid = "urn:uuid:9b0e5f4c-2f6d-4d7a-8f51-0c2d6c1f3a11";
        string json = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[" +
            "{\"fullUrl\":\"" + Uuid + "\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1972-05-14\"}}," +
            Condition("cd", Sct, "74333002", "Cervical dystonia", Active, subject: Uuid) + "," +
            Condition("b1", Icd, "G24.5", "Blepharospasm", Active, subject: "urn:uuid:0f3c2a9e-1111-4e2b-9c3d-5a6b7c8d9e0f") + "]}";

        var read = Read(json);

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        read.NotUsed.Single().Code.Should().Be(FhirReadIssueCodes.OtherPatient);
    }

    private static string Stroke(string extra) => Condition("st", Sct, "230690007", "Cerebrovascular accident", extra);

    public static TheoryData<string, string, double?, string?, string> StrokesAndCervicalDystoniaIn2024 => new()
    {
        { "stroke resolved in 2001", Stroke(Clinical("resolved") + ",\"onsetDateTime\":\"2001-02-10\",\"abatementDateTime\":\"2001-05-02\""), FhirReadOptions.DefaultResolvedCauseMaximumYearsBeforeOnset, FhirReadIssueCodes.CauseResolvedLongBeforeOnset, "entry[2].resource.abatementDateTime" },
        { "stroke resolved in 2001, year only", Stroke(Clinical("resolved") + ",\"abatementDateTime\":\"2001\""), FhirReadOptions.DefaultResolvedCauseMaximumYearsBeforeOnset, FhirReadIssueCodes.CauseResolvedLongBeforeOnset, "entry[2].resource.abatementDateTime" },
        { "stroke resolved at age 28", Stroke(Clinical("inactive") + ",\"abatementAge\":{\"value\":28,\"unit\":\"years\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"a\"}"), FhirReadOptions.DefaultResolvedCauseMaximumYearsBeforeOnset, FhirReadIssueCodes.CauseResolvedLongBeforeOnset, "entry[2].resource.abatementAge" },
        { "stroke in 2025, after the dystonia", Stroke(Clinical("active") + ",\"onsetDateTime\":\"2025-01-20\""), FhirReadOptions.DefaultResolvedCauseMaximumYearsBeforeOnset, FhirReadIssueCodes.CauseAfterOnset, "entry[2].resource.onsetDateTime" },
        { "stroke in 2019, still on the problem list", Stroke(Clinical("active") + ",\"onsetDateTime\":\"2019-11-02\""), FhirReadOptions.DefaultResolvedCauseMaximumYearsBeforeOnset, null, "2019-11-02" },
        { "stroke resolved in 2020", Stroke(Clinical("resolved") + ",\"onsetDateTime\":\"2020-01-05\",\"abatementDateTime\":\"2020-04-30\""), FhirReadOptions.DefaultResolvedCauseMaximumYearsBeforeOnset, null, "2020-01-05" },
        { "stroke resolved, no dates", Stroke(Clinical("resolved")), FhirReadOptions.DefaultResolvedCauseMaximumYearsBeforeOnset, null, "" },
        { "stroke resolved in 2001, option off", Stroke(Clinical("resolved") + ",\"abatementDateTime\":\"2001-05-02\""), null, null, "2001-05-02" },
        { "stroke resolved in 2001, 30-year window", Stroke(Clinical("resolved") + ",\"abatementDateTime\":\"2001-05-02\""), 30.0, null, "2001-05-02" },
    };

    [Theory]
    [MemberData(nameof(StrokesAndCervicalDystoniaIn2024))]
    public void An_acquired_cause_counts_only_when_its_dates_make_it_plausible(string about, string stroke, double? years, string? setAside, string where)
    {
        var read = Read(Bundle(CervicalDystonia, stroke), new FhirReadOptions { ResolvedCauseMaximumYearsBeforeOnset = years });
        var etiology = Classifier.Classify(read.Presentation!).Labels.Etiology;

        if (setAside is null)
        {
            read.Presentation!.Etiology.AcquiredCauses.Should().Be(AcquiredCauses.Vascular, about);
            etiology.Should().Be(Etiology.Secondary, about);
            var used = read.Used.Should().ContainSingle(about).Subject;
            used.Code.Should().Be(FhirReadIssueCodes.CauseUsed);
            used.Location.Should().Be("entry[2].resource");
            (used.Date ?? "").Should().Be(where, about);
            read.NotUsed.Should().BeEmpty(about);
        }
        else
        {
            read.Presentation!.Etiology.AcquiredCauses.Should().Be(AcquiredCauses.None, about);
            etiology.Should().NotBe(Etiology.Secondary, about);
            var issue = read.NotUsed.Should().ContainSingle(about).Subject;
            issue.Code.Should().Be(setAside, about);
            issue.Location.Should().Be(where, about);
            issue.Date.Should().NotBeNull(about);
            issue.Message.Should().NotContain(issue.Date!, "dates stay out of messages").And.Contain("230690007");
            read.Used.Should().BeEmpty(about);
        }
    }

    [Theory]
    [InlineData("\"abatementDateTime\":\"9999\"", 20.0)]
    [InlineData("\"abatementDateTime\":\"9999-12\"", 20.0)]
    [InlineData("\"abatementDateTime\":\"0001\"", 1e300)]
    [InlineData("\"abatementAge\":{\"value\":1e300,\"code\":\"a\"}", 20.0)]
    [InlineData("\"onsetDateTime\":\"9999-12-31T23:59:59Z\",\"abatementDateTime\":\"not a date\"", 20.0)]
    public void Extreme_dates_and_options_do_not_throw(string dates, double years)
    {
        var read = Read(Bundle(CervicalDystonia, Stroke(Clinical("resolved") + "," + dates)), new FhirReadOptions { ResolvedCauseMaximumYearsBeforeOnset = years });

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_negative_or_undefined_window_is_refused(double years)
    {
        var reading = () => Read(Bundle(CervicalDystonia), new FhirReadOptions { ResolvedCauseMaximumYearsBeforeOnset = years });

        reading.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
    }

    [Fact]
    public void The_set_aside_cause_says_why_in_both_languages()
    {
        var read = Read(Bundle(CervicalDystonia, Stroke(Clinical("resolved") + ",\"abatementDateTime\":\"2001-05-02\"")));

        var issue = read.NotUsed.Single();
        issue.Text("en").Should().Contain("20 years");
        issue.Text("lv").Should().Contain("20 gadus");
        issue.Message.Should().Contain("ResolvedCauseMaximumYearsBeforeOnset");
    }

    public static TheoryData<string, string, AffectedRegion[]> CodingAsRecordsHoldIt => new()
    {
        { "SNOMED left upper limb", Condition("c1", Icd, "G24.9", "Dystonia, unspecified", Active + Site("80768000", "Structure of left upper limb")), [new(BodyRegion.UpperLimb, BodySide.Left)] },
        { "SNOMED right upper limb", Condition("c1", Icd, "G24.9", "Dystonia, unspecified", Active + Site("6921000", "Structure of right upper limb")), [new(BodyRegion.UpperLimb, BodySide.Right)] },
        { "SNOMED left lower limb", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("32153003", "Structure of left lower limb")), [new(BodyRegion.LowerLimb, BodySide.Left)] },
        { "SNOMED right lower limb", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("62175007", "Structure of right lower limb")), [new(BodyRegion.LowerLimb, BodySide.Right)] },
        { "SNOMED right upper arm", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("368209003", "Right upper arm structure")), [new(BodyRegion.UpperLimb, BodySide.Right)] },
        { "SNOMED left forearm", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("66480008", "Structure of left forearm")), [new(BodyRegion.UpperLimb, BodySide.Left)] },
        { "SNOMED right calf", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("722116009", "Structure of calf of right lower leg")), [new(BodyRegion.LowerLimb, BodySide.Right)] },
        { "SNOMED ankle with a laterality extension, left", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("344001", "Ankle region structure", Extension("7771000", "Left"))), [new(BodyRegion.LowerLimb, BodySide.Left)] },
        { "upper limb with an R4 laterality extension, left", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("53120007", "Upper limb structure", Extension("7771000", "Left"))), [new(BodyRegion.UpperLimb, BodySide.Left)] },
        { "lower limb with the R4 value set's unilateral right", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("61685007", "Lower limb structure", Extension("419465000", "Unilateral right"))), [new(BodyRegion.LowerLimb, BodySide.Right)] },
        { "lower limb, bilateral", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("61685007", "Lower limb structure", Extension("51440002", "Bilateral"))), [new(BodyRegion.LowerLimb, BodySide.Both)] },
        { "upper limb with the laterality as a second coding", Condition("c1", Sct, "15802004", "Dystonia", Active + ",\"bodySite\":[{\"coding\":[{\"system\":\"" + Sct + "\",\"code\":\"53120007\"},{\"system\":\"" + Sct + "\",\"code\":\"24028007\",\"display\":\"Right\"}]}]"), [new(BodyRegion.UpperLimb, BodySide.Right)] },
        { "HPO arm dystonia with only a laterality as body site", Condition("c1", FhirSystems.Hpo, "HP:0031960", "Arm dystonia", Active + ",\"bodySite\":[{\"coding\":[{\"system\":\"" + Sct + "\",\"code\":\"419161000\",\"display\":\"Unilateral left\"}]}]"), [new(BodyRegion.UpperLimb, BodySide.Left)] },
        { "a local profile's laterality extension with a valueCoding", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("61685007", "Lower limb structure", "\"extension\":[{\"url\":\"https://ehr.example.org/fhir/StructureDefinition/laterality\",\"valueCoding\":{\"system\":\"" + Sct + "\",\"code\":\"24028007\"}}],")), [new(BodyRegion.LowerLimb, BodySide.Right)] },
        { "a neck with a laterality keeps no side", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("45048000", "Neck structure", Extension("7771000", "Left"))), [new(BodyRegion.Neck)] },
        { "eyelid and lip", Condition("c1", Sct, "15802004", "Dystonia", Active + ",\"bodySite\":[{\"coding\":[{\"system\":\"" + Sct + "\",\"code\":\"80243003\",\"display\":\"Eyelid\"}]},{\"coding\":[{\"system\":\"" + Sct + "\",\"code\":\"48477009\",\"display\":\"Lip\"}]}]"), [new(BodyRegion.UpperFace), new(BodyRegion.LowerFace)] },
        { "ICD-10-CM G24.4 of the tongue", Condition("c1", Icd, "G24.4", "Idiopathic orofacial dystonia", Active + Site("21974007", "Tongue")), [new(BodyRegion.JawAndTongue)] },
        { "ICD-10-CM G24.3 spasmodic torticollis", Condition("c1", Icd, "G24.3", "Spasmodic torticollis", Active), [new(BodyRegion.Neck)] },
        { "ICD-10-CM G24.5 blepharospasm", Condition("c1", Icd, "G24.5", "Blepharospasm", Active), [new(BodyRegion.UpperFace)] },
        { "ICD-10-CM G24.4 with its body site", Condition("c1", Icd, "G24.4", "Idiopathic orofacial dystonia", Active + ",\"bodySite\":[{\"coding\":[{\"system\":\"" + FhirSystems.BodyRegion + "\",\"code\":\"jawAndTongue\"}]}]"), [new(BodyRegion.JawAndTongue)] },
        { "ICD-10-CM G24.1 in the right leg", Condition("c1", Icd, "G24.1", "Genetic torsion dystonia", Active + Site("62175007", "Structure of right lower limb")), [new(BodyRegion.LowerLimb, BodySide.Right)] },
        { "ICD-10-CM G24.8 of the trunk", Condition("c1", Icd, "G24.8", "Other dystonia", Active + Site("22943007", "Trunk structure")), [new(BodyRegion.Trunk)] },
    };

    private static string Extension(string code, string display) =>
        "\"extension\":[{\"url\":\"http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality\",\"valueCodeableConcept\":{\"coding\":[{\"system\":\"" + Sct + "\",\"code\":\"" + code + "\",\"display\":\"" + display + "\"}]}}],";

    [Theory]
    [MemberData(nameof(CodingAsRecordsHoldIt))]
    public void Standard_codes_name_the_region_and_its_side(string about, string condition, AffectedRegion[] regions)
    {
        var read = Read(Bundle(condition));

        read.Presentation!.Regions.Should().Equal(regions, about);
        read.NotUsed.Should().BeEmpty(about);
        Classifier.Classify(read.Presentation).IsClassified.Should().BeTrue(about);
    }

    [Fact]
    public void Drug_induced_dystonia_in_icd10cm_is_a_dystonia_and_names_the_drug_as_its_cause()
    {
        var read = Read(Bundle(Condition("c1", Icd, "G24.02", "Drug induced acute dystonia", Active + Site("45048000", "Neck structure") + ",\"onsetDateTime\":\"2025-06-02\"")));

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        read.Presentation.Etiology.AcquiredCauses.Should().Be(AcquiredCauses.Drug);
        read.Used.Single().Location.Should().Be("entry[1].resource");
    }

    [Fact]
    public void A_resolved_drug_induced_dystonia_is_not_a_current_finding_and_says_so()
    {
        var read = Read(Bundle(CervicalDystonia, Condition("c1", Icd, "G24.02", "Drug induced acute dystonia", Clinical("resolved") + Site("45048000", "Neck structure") + ",\"onsetDateTime\":\"2010-06-02\",\"abatementDateTime\":\"2010-06-09\"")));

        read.Presentation!.Regions.Should().Equal(new AffectedRegion(BodyRegion.Neck));
        read.NotUsed.Select(i => i.Code).Should().Equal(FhirReadIssueCodes.NotActive);
        read.Presentation.Etiology.AcquiredCauses.Should().Be(AcquiredCauses.Drug, "a drug-induced dystonia 14 years before is within the default window");
    }

    [Fact]
    public void No_message_repeats_a_date_an_id_or_free_text_of_the_record()
    {
        string record = Bundle(
            Condition("c-7Q2Z", Icd, "G24.5", "Blepharospasm", Active, subject: "Patient/other-9XK3"),
            Condition("c-8R4W", Sct, "15802004", "Dystonia", Active + Site("53120007", "Upper limb structure") + ",\"onsetDateTime\":\"2023-07-19\""),
            Stroke(Clinical("resolved") + ",\"abatementDateTime\":\"1999-02-27\""),
            Condition("c-9T1V", Sct, "15802004", "Free text Zanzibarian", Active + Site("45048000", "Neck structure") + ",\"onsetDateTime\":\"2024-03-17\""));

        var read = Read(record);
        var messages = read.NotUsed.Concat(read.Used).SelectMany(i => new[] { i.Message, i.ToString(), i.Text("en"), i.Text("lv") }).ToList();

        messages.Should().NotBeEmpty();
        foreach (var secret in new[] { "7Q2Z", "8R4W", "9XK3", "9T1V", "2023", "2024", "1999", "1972", "Zanzibarian" })
        {
            messages.Should().NotContain(m => m.Contains(secret, StringComparison.Ordinal), secret);
        }
    }

    public static TheoryData<string, string, string, BodyRegion?> IncompleteFindings => new()
    {
        { "SNOMED upper limb without a side", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("53120007", "Upper limb structure")), FhirReadIssueCodes.SideMissing, BodyRegion.UpperLimb },
        { "SNOMED lower limb without a side", Condition("c1", Icd, "G24.9", "Dystonia, unspecified", Active + Site("61685007", "Lower limb structure")), FhirReadIssueCodes.SideMissing, BodyRegion.LowerLimb },
        { "HPO leg dystonia without a body site", Condition("c1", FhirSystems.Hpo, "HP:0031959", "Leg dystonia", Active), FhirReadIssueCodes.SideMissing, BodyRegion.LowerLimb },
        { "left upper limb said to be on the right", Condition("c1", Sct, "15802004", "Dystonia", Active + Site("80768000", "Structure of left upper limb", Extension("24028007", "Right"))), FhirReadIssueCodes.SideConflict, BodyRegion.UpperLimb },
        { "ICD-10-CM G24.4 without a body site", Condition("c1", Icd, "G24.4", "Idiopathic orofacial dystonia", Active), FhirReadIssueCodes.RegionMissing, null },
        { "HPO limb dystonia without a body site", Condition("c1", FhirSystems.Hpo, "HP:0002451", "Limb dystonia", Active), FhirReadIssueCodes.RegionMissing, null },
    };

    [Theory]
    [MemberData(nameof(IncompleteFindings))]
    public void An_incomplete_finding_is_a_missing_finding_and_the_rest_is_classified(string about, string condition, string code, BodyRegion? region)
    {
        var read = Read(Bundle(CervicalDystonia, condition));
        var result = Classifier.Classify(read.Presentation!);

        result.IsClassified.Should().BeTrue(about);
        read.Presentation!.Regions.Should().Equal([new AffectedRegion(BodyRegion.Neck)], about);
        read.Errors.Should().BeEmpty();
        var missing = read.MissingFindings.Should().ContainSingle(about).Subject;
        missing.Code.Should().Be(code, about);
        missing.Region.Should().Be(region, about);
        missing.Location.Should().StartWith("entry[2].resource", about);
        read.NotUsed.Should().Contain(missing);
        missing.Text("en").Should().NotBeNullOrWhiteSpace();
        missing.Text("lv").Should().NotBe(missing.Text("en"));
    }

    [Fact]
    public void A_limb_without_a_side_says_which_limb_in_the_clinicians_language()
    {
        var read = Read(Bundle(Condition("c1", Sct, "15802004", "Dystonia", Active + Site("53120007", "Upper limb structure"))));

        read.Presentation.Should().BeNull("the only region is incomplete");
        read.MissingFindings.Single().Text("en").Should().Be("Side not recorded for the upper limb: record left, right or both.");
        read.MissingFindings.Single().Text("lv").Should().Be("Nav norādīta puse (augšējā ekstremitāte): norādiet kreiso, labo vai abas.");
    }

    [Fact]
    public void The_records_of_this_file_are_valid_fhir_r4()
    {
        var bundles = new List<string> { Bundle(CervicalDystonia) };
        bundles.AddRange(ConditionsNotAboutThisPatientNow.Select(row => Bundle(CervicalDystonia, (string)row[1])));
        bundles.AddRange(StrokesAndCervicalDystoniaIn2024.Select(row => Bundle(CervicalDystonia, (string)row[1])));
        bundles.AddRange(CodingAsRecordsHoldIt.Select(row => Bundle((string)row[1])));
        bundles.AddRange(IncompleteFindings.Select(row => Bundle(CervicalDystonia, (string)row[1])));

        var validation = SchemaValidator.ValidateFhir("[" + string.Join(",", bundles) + "]");

        validation.Summary.Should().Be(bundles.Count + " valid, 0 invalid", validation.ToString());
    }
}
