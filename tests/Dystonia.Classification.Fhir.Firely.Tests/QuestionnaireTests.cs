using System.Collections.Generic;
using Dystonia.Classification.Serialization;
using Hl7.Fhir.Model;

namespace Dystonia.Classification.Fhir.Firely.Tests;

/// <summary>The findings Questionnaire and the reader of its responses.</summary>
public sealed class QuestionnaireTests
{
    private static QuestionnaireResponse.ItemComponent Answer(string linkId, params DataType[] values) => new()
    {
        LinkId = linkId,
        Answer = values.Select(v => new QuestionnaireResponse.AnswerComponent { Value = v }).ToList(),
    };

    private static Coding Finding(string code) => new(FhirSystems.Findings, code);

    private static QuestionnaireResponse.ItemComponent Region(string code, bool onset = false)
    {
        var item = new QuestionnaireResponse.ItemComponent { LinkId = "regions", Item = [Answer("regions.region", new Coding(FhirSystems.BodyRegion, code))] };
        if (onset)
        {
            item.Item.Add(Answer("regions.onset", new FhirBoolean(true)));
        }

        return item;
    }

    /// <summary>Left arm and leg, onset in the arm at 34, static, examined with no other features, a vascular lesion, no family history.</summary>
    internal static QuestionnaireResponse Filled() => new()
    {
        Questionnaire = DystoniaQuestionnaire.Url,
        Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Subject = new ResourceReference("Patient/p1"),
        Item =
        [
            Region("upperLimb:left", onset: true),
            Region("lowerLimb:left"),
            Answer("ageAtOnset", new FhirDecimal(34m)),
            Answer("course", Finding("course/static")),
            Answer("variability", Finding("variability/persistent")),
            new() { LinkId = "associatedFeatures", Item = [Answer("associatedFeatures.examined", new FhirBoolean(true))] },
            new()
            {
                LinkId = "etiology",
                Item =
                [
                    Answer("etiology.nervousSystemPathology", Finding("nervousSystemPathology/structuralLesion")),
                    Answer("etiology.acquiredCauses", Finding("acquiredCause/vascular")),
                    Answer("etiology.familyHistory", Finding("familyHistory/negative")),
                ],
            },
        ],
    };

    [Theory]
    [InlineData("en")]
    [InlineData("lv")]
    public void The_questionnaire_passes_firelys_validator(string language)
    {
        FirelyValidation.Errors(DystoniaQuestionnaire.Create(language)).Should().BeEmpty();
    }

    [Fact]
    public void The_questionnaire_texts_follow_the_language_and_the_link_ids_are_contract_paths()
    {
        var english = DystoniaQuestionnaire.Create("en");
        var latvian = DystoniaQuestionnaire.Create("lv");

        latvian.Language.Should().Be("lv");
        latvian.Item[1].Text.Should().Be("Vecums slimības sākumā (gados)");
        static IEnumerable<string> LinkIds(IEnumerable<Questionnaire.ItemComponent> items) => items.SelectMany(i => LinkIds(i.Item).Prepend(i.LinkId!));
        LinkIds(latvian.Item).Should().Equal(LinkIds(english.Item));
        LinkIds(english.Item).Should().Contain(["regions.region", "regions.onset", "ageAtOnset", "course", "variability", "associatedFeatures.movementDisorders",
            "diagnosticClues", "etiology.nervousSystemPathology", "etiology.acquiredCauses", "etiology.geneticFinding.gene",
            "etiology.geneticFinding.classification", "etiology.geneticFinding.zygosity", "etiology.familyHistory"]);
    }

    [Fact]
    public void Every_answer_offered_is_a_code_of_a_published_code_system_with_its_display()
    {
        var systems = ProjectTerminology.All().OfType<CodeSystem>().ToDictionary(s => s.Url!, s => s.Concept.ToDictionary(c => c.Code!, c => c.Display));
        static IEnumerable<Questionnaire.ItemComponent> All(IEnumerable<Questionnaire.ItemComponent> items) => items.SelectMany(i => All(i.Item).Prepend(i));
        var answers = All(DystoniaQuestionnaire.Create().Item).SelectMany(i => i.AnswerOption).Select(o => (Coding)o.Value!).ToList();

        answers.Should().NotBeEmpty();
        foreach (var coding in answers)
        {
            systems[coding.System!].Should().Contain(coding.Code!, coding.Display!);
        }
    }

    [Fact]
    public void A_filled_response_validates_reads_as_the_presentation_and_classifies()
    {
        var response = Filled();
        FirelyValidation.Errors(response).Should().BeEmpty();

        var read = DystoniaQuestionnaire.Read(response);

        read.Errors.Should().BeEmpty();
        read.NotUsed.Should().BeEmpty();
        DystoniaJson.WritePresentation(read.Presentation!).Should().Be(DystoniaJson.WritePresentation(DystoniaJson.ReadPresentation(
            """{"ageAtOnset":34,"regions":[{"region":"upperLimb","side":"left","onset":true},{"region":"lowerLimb","side":"left"}],"course":"static","variability":["persistent"],"associatedFeatures":{},"etiology":{"nervousSystemPathology":"structuralLesion","acquiredCauses":["vascular"],"familyHistory":false}}""").Presentation!));
        var result = new DystoniaClassifier().Classify(read.Presentation!);
        result.Labels.Distribution.Should().Be(Distribution.Hemidystonia);

        var observation = DystoniaFirely.ToObservation(result, new FirelyObservationOptions
        {
            Subject = new ResourceReference("Patient/p1"),
            DerivedFrom = [new ResourceReference("QuestionnaireResponse/qr1")],
        });
        observation.DerivedFrom.Select(r => r.Reference).Should().Equal("QuestionnaireResponse/qr1");
        FirelyValidation.Errors(observation).Should().BeEmpty();
    }

    [Fact]
    public void A_genetic_finding_with_its_variant_classification_and_the_diagnostic_clues_are_read()
    {
        var response = new QuestionnaireResponse
        {
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Item =
            [
                Region("neck", onset: true),
                Answer("ageAtOnset", new Integer(12)),
                Answer("diagnosticClues", Finding("diagnosticClue/abruptOnset")),
                new()
                {
                    LinkId = "etiology",
                    Item = [new() { LinkId = "etiology.geneticFinding", Item = [Answer("etiology.geneticFinding.gene", new FhirString("TOR1A")), Answer("etiology.geneticFinding.classification", Finding("variantClassification/pathogenic"))] }],
                },
            ],
        };

        var presentation = DystoniaQuestionnaire.Read(response).Presentation!;

        presentation.AgeAtOnset.Should().Be(12);
        presentation.DiagnosticClues.Should().Be(DiagnosticClues.AbruptOnset);
        presentation.Etiology.GeneticFinding!.Gene.Should().Be("TOR1A");
        presentation.Etiology.GeneticFinding.Classification.Should().Be(VariantClassification.Pathogenic);
    }

    private static QuestionnaireResponse GeneticFinding(params QuestionnaireResponse.ItemComponent[] answers) => new()
    {
        Questionnaire = DystoniaQuestionnaire.Url,
        Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Item =
        [
            Region("neck", onset: true),
            Answer("ageAtOnset", new Integer(16)),
            new() { LinkId = "etiology", Item = [new() { LinkId = "etiology.geneticFinding", Item = [.. answers] }] },
        ],
    };

    public static TheoryData<string, Zygosity, bool> Zygosities() => new()
    {
        { "zygosity/heterozygous", Zygosity.Heterozygous, false },
        { "zygosity/homozygous", Zygosity.Homozygous, true },
        { "zygosity/compoundHeterozygous", Zygosity.CompoundHeterozygous, true },
        { "zygosity/hemizygous", Zygosity.Hemizygous, true },
    };

    [Theory]
    [MemberData(nameof(Zygosities))]
    public void A_genetic_findings_zygosity_is_offered_read_and_round_trips_through_the_contract(string code, Zygosity expected, bool establishes)
    {
        var offered = DystoniaQuestionnaire.Create().Item.Single(i => i.LinkId == "etiology").Item.Single(i => i.LinkId == "etiology.geneticFinding")
            .Item.Single(i => i.LinkId == "etiology.geneticFinding.zygosity").AnswerOption.Select(o => ((Coding)o.Value!).Code);
        offered.Should().Contain(code);
        var response = GeneticFinding(
            Answer("etiology.geneticFinding.gene", new FhirString("ATP7B")),
            Answer("etiology.geneticFinding.classification", Finding("variantClassification/pathogenic")),
            Answer("etiology.geneticFinding.zygosity", Finding(code)));
        FirelyValidation.Errors(response).Should().BeEmpty();

        var read = DystoniaQuestionnaire.Read(response);

        read.NotUsed.Should().BeEmpty();
        read.Presentation!.Etiology.GeneticFinding!.Zygosity.Should().Be(expected);
        DystoniaJson.WritePresentation(read.Presentation).Should().Contain("\"zygosity\":\"" + ContractNames.Of(expected) + "\"");
        DystoniaJson.ReadPresentation(DystoniaJson.WritePresentation(read.Presentation)).Presentation!.Etiology.GeneticFinding!.Zygosity.Should().Be(expected);
        // ATP7B is autosomal recessive: one heterozygous pathogenic variant is a carrier's finding.
        var labels = new DystoniaClassifier().Classify(read.Presentation).Labels;
        (labels.Etiology == Etiology.Secondary).Should().Be(establishes);
        (labels.Heritability == Heritability.Inherited).Should().Be(establishes);
    }

    [Fact]
    public void A_zygosity_without_a_gene_or_not_offered_is_reported_not_used()
    {
        var withoutGene = DystoniaQuestionnaire.Read(GeneticFinding(Answer("etiology.geneticFinding.zygosity", Finding("zygosity/homozygous"))));
        var notOffered = DystoniaQuestionnaire.Read(GeneticFinding(
            Answer("etiology.geneticFinding.gene", new FhirString("PANK2")),
            Answer("etiology.geneticFinding.classification", Finding("variantClassification/pathogenic")),
            Answer("etiology.geneticFinding.zygosity", Finding("zygosity/heteroplasmic"))));

        withoutGene.NotUsed.Should().Equal("etiology.geneticFinding.zygosity: a zygosity without a gene.");
        withoutGene.Presentation!.Etiology.GeneticFinding.Should().BeNull();
        notOffered.NotUsed.Should().ContainSingle(n => n.StartsWith("etiology.geneticFinding.zygosity:", StringComparison.Ordinal));
        var result = new DystoniaClassifier().Classify(notOffered.Presentation!);
        result.MissingFindings.Select(m => m.Field).Should().Contain("etiology.geneticFinding.zygosity");
    }

    [Fact]
    public void Answers_not_offered_are_reported_and_no_region_is_an_error()
    {
        var response = new QuestionnaireResponse
        {
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.InProgress,
            Item =
            [
                Region("upperLimb"),
                Answer("course", new Coding("http://snomed.info/sct", "255363002")),
                Answer("favouriteColour", new FhirString("blue")),
            ],
        };

        var read = DystoniaQuestionnaire.Read(response);

        read.Presentation.Should().BeNull();
        read.Errors.Should().NotBeEmpty();
        read.NotUsed.Should().HaveCount(3).And.Contain(n => n.StartsWith("regions.region:", StringComparison.Ordinal))
            .And.Contain(n => n.StartsWith("course:", StringComparison.Ordinal)).And.Contain(n => n.StartsWith("favouriteColour:", StringComparison.Ordinal));
    }
}
