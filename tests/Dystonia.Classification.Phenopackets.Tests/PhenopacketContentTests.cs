using System.Collections.Generic;
using System.Text.Json;
using Dystonia.Classification.Fhir;

namespace Dystonia.Classification.Phenopackets.Tests;

/// <summary>What a clinician or registry reads in the exported phenopacket: terms, onset, exclusions and the gene.</summary>
public sealed class PhenopacketContentTests
{
    private static List<(string Id, string Label, bool Excluded, string? Onset)> Features(JsonElement phenopacket) =>
        phenopacket.GetProperty("phenotypicFeatures").EnumerateArray().Select(f => (
            f.GetProperty("type").GetProperty("id").GetString()!,
            f.GetProperty("type").GetProperty("label").GetString()!,
            f.TryGetProperty("excluded", out var excluded) && excluded.GetBoolean(),
            f.TryGetProperty("onset", out var onset) ? onset.GetProperty("age").GetProperty("iso8601duration").GetString() : null)).ToList();

    [Fact]
    public void A_right_writers_arm_dystonia_from_34_reads_dystonia_and_arm_dystonia_from_P34Y_and_focal_dystonia_now()
    {
        // c-002: upper limb, right, onset there at 34; isolated (associated features examined, none found).
        var features = Features(Exports.CohortRecord("c-002"));

        features.Where(f => !f.Excluded).Should().Equal(
            ("HP:0001332", "Dystonia", false, "P34Y"),
            ("HP:0004373", "Focal dystonia", false, null),
            ("HP:0031960", "Arm dystonia", false, "P34Y"));
    }

    [Fact]
    public void Every_hpo_term_written_for_the_cohort_is_a_term_of_the_verified_table_with_its_label()
    {
        var table = VerifiedCodes.Dystonia
            .Concat(Enum.GetValues<Distribution>().SelectMany(VerifiedCodes.ForDistribution))
            .Concat(Enum.GetValues<BodyRegion>().SelectMany(VerifiedCodes.ForRegion))
            .Concat(Enum.GetValues<MovementDisorders>().SelectMany(VerifiedCodes.ForMovementDisorder))
            .Concat(Enum.GetValues<NeurologicalFeatures>().SelectMany(VerifiedCodes.ForNeurologicalFeature))
            .Where(c => c.System == FhirSystems.Hpo)
            .Select(c => (c.Code, c.Display)).ToHashSet();

        var written = Exports.Classified(RepositoryFiles.Path("samples", "cohort.jsonl"))
            .SelectMany(r => Features(Exports.Export(r.Presentation, r.Result)))
            .Select(f => (f.Id, f.Label)).ToHashSet();

        written.Should().NotBeEmpty().And.BeSubsetOf(table);
        written.Should().Contain([("HP:0001332", "Dystonia"), ("HP:0000473", "Torticollis"), ("HP:0001337", "Tremor")]);
    }

    [Fact]
    public void The_broad_term_of_a_region_is_written_not_the_narrower_one()
    {
        var presentation = new Presentation { Id = "p", Regions = [BodyRegion.JawAndTongue, new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left)] };

        var ids = Features(Exports.Export(presentation, Exports.Classify(presentation))).Select(f => f.Id).ToList();

        ids.Should().Contain(["HP:0012048", "HP:0031960"], "oromandibular and arm dystonia")
            .And.NotContain(["HP:0031008", "HP:0002356"], "lingual dystonia and writer's cramp say more than the region");
    }

    [Fact]
    public void Features_are_excluded_only_when_the_associated_features_were_examined()
    {
        var notExamined = new Presentation { Id = "a", Regions = [BodyRegion.Neck] };
        var examined = new Presentation
        {
            Id = "b",
            Regions = [BodyRegion.Neck],
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Tremor, Neurological = NeurologicalFeatures.Seizures },
        };

        var unknown = Features(Exports.Export(notExamined, Exports.Classify(notExamined)));
        var recorded = Features(Exports.Export(examined, Exports.Classify(examined)));

        unknown.Should().NotContain(f => f.Excluded);
        unknown.Select(f => f.Id).Should().NotContain("HP:0001337", "tremor was neither recorded nor ruled out");
        recorded.Should().Contain(("HP:0001337", "Tremor", false, null)).And.Contain(("HP:0001250", "Seizure", false, null));
        recorded.Where(f => f.Excluded).Select(f => f.Label).Should().BeEquivalentTo(
            ["Parkinsonism", "Myoclonus", "Chorea", "Athetosis", "Ataxia", "Spasticity", "Intellectual disability"]);
    }

    [Theory]
    [InlineData(34.0, "P34Y")]
    [InlineData(1.5, "P1Y6M")]
    [InlineData(0.25, "P3M")]
    [InlineData(0.0, "P0Y")]
    [InlineData(11.99, "P12Y")]
    [InlineData(58.75, "P58Y9M")]
    public void The_age_at_onset_is_written_in_years_and_months(double years, string duration)
    {
        DystoniaPhenopacket.AgeDuration(years).Should().Be(duration);

        var presentation = new Presentation { Id = "p", Regions = [BodyRegion.Neck], AgeAtOnset = years };
        Features(Exports.Export(presentation, Exports.Classify(presentation)))[0].Onset.Should().Be(duration);
    }

    [Fact]
    public void A_presentation_without_an_age_at_onset_has_no_onset()
    {
        var presentation = new Presentation { Id = "p", Regions = [BodyRegion.Neck], OnsetRegion = BodyRegion.Neck };

        Features(Exports.Export(presentation, Exports.Classify(presentation))).Should().OnlyContain(f => f.Onset == null);
    }

    /// <summary>
    /// Gene, ACMG/AMP class, zygosity, and the status and progress written. The status follows what the classifier
    /// concluded about the gene: TOR1A and THAP1 are autosomal dominant, so one pathogenic variant is causative; PANK2 and
    /// PRKN are autosomal recessive only, so one heterozygous pathogenic variant (a carrier) or one whose zygosity is not
    /// recorded establishes nothing and is only a candidate; TAF1 is X-linked.
    /// </summary>
    public static TheoryData<string, VariantClassification?, Zygosity?, string, string> GeneCases() => new()
    {
        { "THAP1", VariantClassification.Pathogenic, null, "CAUSATIVE", "SOLVED" },
        { "THAP1", VariantClassification.LikelyPathogenic, null, "CAUSATIVE", "SOLVED" },
        { "THAP1", VariantClassification.UncertainSignificance, null, "CANDIDATE", "UNKNOWN_PROGRESS" },
        { "THAP1", VariantClassification.LikelyBenign, null, "REJECTED", "UNKNOWN_PROGRESS" },
        { "THAP1", VariantClassification.Benign, null, "REJECTED", "UNKNOWN_PROGRESS" },
        { "THAP1", null, null, "UNKNOWN_STATUS", "UNKNOWN_PROGRESS" },
        { "TOR1A", VariantClassification.Pathogenic, Zygosity.Heterozygous, "CAUSATIVE", "SOLVED" },
        { "PANK2", VariantClassification.Pathogenic, Zygosity.Heterozygous, "CANDIDATE", "UNKNOWN_PROGRESS" },
        { "PANK2", VariantClassification.LikelyPathogenic, Zygosity.Heterozygous, "CANDIDATE", "UNKNOWN_PROGRESS" },
        { "PRKN", VariantClassification.Pathogenic, Zygosity.Heterozygous, "CANDIDATE", "UNKNOWN_PROGRESS" },
        { "PANK2", VariantClassification.Pathogenic, null, "CANDIDATE", "UNKNOWN_PROGRESS" },
        { "PANK2", VariantClassification.Pathogenic, Zygosity.CompoundHeterozygous, "CAUSATIVE", "SOLVED" },
        { "PANK2", VariantClassification.Pathogenic, Zygosity.Homozygous, "CAUSATIVE", "SOLVED" },
        { "PANK2", VariantClassification.UncertainSignificance, Zygosity.Homozygous, "CANDIDATE", "UNKNOWN_PROGRESS" },
        { "TAF1", VariantClassification.Pathogenic, Zygosity.Hemizygous, "CAUSATIVE", "SOLVED" },
    };

    internal static Presentation GenePresentation(string gene, VariantClassification? classification, Zygosity? zygosity) => new()
    {
        Id = "p",
        Regions = [BodyRegion.Neck],
        Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding(gene) { Classification = classification, Zygosity = zygosity } },
    };

    [Theory]
    [MemberData(nameof(GeneCases))]
    public void The_interpretation_status_is_causative_only_when_the_classifier_found_the_cause(
        string gene, VariantClassification? classification, Zygosity? zygosity, string status, string progress)
    {
        var presentation = GenePresentation(gene, classification, zygosity);
        var result = Exports.Classify(presentation);

        var interpretation = Exports.Export(presentation, result).GetProperty("interpretations")[0];

        interpretation.GetProperty("progressStatus").GetString().Should().Be(progress);
        interpretation.GetProperty("diagnosis").GetProperty("genomicInterpretations")[0]
            .GetProperty("interpretationStatus").GetString().Should().Be(status);
        result.Reasoning.Any(step => step.RuleId == "GENE-KNOWN").Should().Be(status == "CAUSATIVE", "CAUSATIVE is written exactly when the classifier's reasoning says the gene establishes the cause");
    }

    [Theory]
    [InlineData(Zygosity.Heterozygous, "GENE-SINGLE-RECESSIVE-ALLELE")]
    [InlineData(null, "GENE-ZYGOSITY-NOT-RECORDED")]
    public void A_pathogenic_variant_the_classifier_says_establishes_nothing_is_a_candidate_not_the_cause(Zygosity? zygosity, string rule)
    {
        var presentation = GenePresentation("PANK2", VariantClassification.Pathogenic, zygosity);
        var result = Exports.Classify(presentation);
        result.Reasoning.Should().Contain(step => step.RuleId == rule);

        var phenopacket = Exports.Export(presentation, result);

        var interpretation = phenopacket.GetProperty("interpretations")[0];
        interpretation.GetProperty("diagnosis").GetProperty("genomicInterpretations")[0]
            .GetProperty("interpretationStatus").GetString().Should().Be("CANDIDATE");
        interpretation.GetProperty("progressStatus").GetString().Should().NotBe("SOLVED");
    }

    /// <summary>
    /// Gene, class and zygosity, and what the variant interpretation says: the ACMG/AMP class, the GENO allelic state
    /// (ids and labels as read in geno.obo, docs/evidence/phenopacket-export.md) and the status.
    /// </summary>
    public static TheoryData<string, VariantClassification?, Zygosity, string, string, string, string> AllelicStateCases() => new()
    {
        { "TOR1A", VariantClassification.Pathogenic, Zygosity.Heterozygous, "PATHOGENIC", "GENO:0000135", "heterozygous", "CAUSATIVE" },
        { "PANK2", VariantClassification.Pathogenic, Zygosity.Heterozygous, "PATHOGENIC", "GENO:0000135", "heterozygous", "CANDIDATE" },
        { "PANK2", VariantClassification.Pathogenic, Zygosity.CompoundHeterozygous, "PATHOGENIC", "GENO:0000402", "compound heterozygous", "CAUSATIVE" },
        { "PRKN", VariantClassification.LikelyPathogenic, Zygosity.Homozygous, "LIKELY_PATHOGENIC", "GENO:0000136", "homozygous", "CAUSATIVE" },
        { "TAF1", VariantClassification.Pathogenic, Zygosity.Hemizygous, "PATHOGENIC", "GENO:0000134", "hemizygous", "CAUSATIVE" },
        { "PANK2", VariantClassification.UncertainSignificance, Zygosity.Homozygous, "UNCERTAIN_SIGNIFICANCE", "GENO:0000136", "homozygous", "CANDIDATE" },
        { "THAP1", VariantClassification.LikelyBenign, Zygosity.Heterozygous, "LIKELY_BENIGN", "GENO:0000135", "heterozygous", "REJECTED" },
        { "THAP1", VariantClassification.Benign, Zygosity.Heterozygous, "BENIGN", "GENO:0000135", "heterozygous", "REJECTED" },
        { "THAP1", null, Zygosity.Heterozygous, "NOT_PROVIDED", "GENO:0000135", "heterozygous", "UNKNOWN_STATUS" },
    };

    [Theory]
    [MemberData(nameof(AllelicStateCases))]
    public void A_recorded_zygosity_is_the_geno_allelic_state_of_a_variant_in_the_genes_context(
        string symbol, VariantClassification? classification, Zygosity zygosity, string acmg, string genoId, string genoLabel, string status)
    {
        var presentation = GenePresentation(symbol, classification, zygosity);

        var phenopacket = Exports.Export(presentation, Exports.Classify(presentation));

        var genomic = phenopacket.GetProperty("interpretations")[0].GetProperty("diagnosis").GetProperty("genomicInterpretations")[0];
        genomic.GetProperty("interpretationStatus").GetString().Should().Be(status);
        genomic.TryGetProperty("gene", out _).Should().BeFalse("the call is one of gene or variant interpretation");
        var variant = genomic.GetProperty("variantInterpretation");
        variant.GetProperty("acmgPathogenicityClassification").GetString().Should().Be(acmg);
        var descriptor = variant.GetProperty("variationDescriptor");
        descriptor.GetProperty("id").GetString().Should().Be("p-variant");
        var gene = descriptor.GetProperty("geneContext");
        (gene.GetProperty("valueId").GetString(), gene.GetProperty("symbol").GetString())
            .Should().Be((Internal.PhenopacketTables.Instance.Genes[symbol].HgncId, symbol));
        var state = descriptor.GetProperty("allelicState");
        (state.GetProperty("id").GetString(), state.GetProperty("label").GetString()).Should().Be((genoId, genoLabel));
        descriptor.EnumerateObject().Select(p => p.Name).Should().Equal("id", "geneContext", "allelicState");
        var geno = phenopacket.GetProperty("metaData").GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "geno");
        (geno.GetProperty("namespacePrefix").GetString(), geno.GetProperty("version").GetString()).Should().Be(("GENO", "2023-10-08"));
    }

    [Fact]
    public void Every_zygosity_of_the_contract_has_its_verified_allelic_state()
    {
        Internal.PhenopacketTables.Instance.AllelicStates.Keys.Should().BeEquivalentTo(Enum.GetValues<Zygosity>());
        Internal.PhenopacketTables.Instance.AllelicStates.Values.Should().BeEquivalentTo(
            AllelicStateCases().Select(row => ((string)row[4], (string)row[5])).Distinct());
    }

    [Fact]
    public void Without_a_recorded_zygosity_the_gene_is_written_and_no_geno_resource()
    {
        var presentation = GenePresentation("PANK2", VariantClassification.Pathogenic, null);

        var phenopacket = Exports.Export(presentation, Exports.Classify(presentation));

        var genomic = phenopacket.GetProperty("interpretations")[0].GetProperty("diagnosis").GetProperty("genomicInterpretations")[0];
        genomic.GetProperty("gene").GetProperty("symbol").GetString().Should().Be("PANK2");
        genomic.TryGetProperty("variantInterpretation", out _).Should().BeFalse();
        phenopacket.GetProperty("metaData").GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal("hp", "mondo", "hgnc");
    }

    [Fact]
    public void The_tor1a_sample_names_its_gene_by_hgnc_id_with_mondo_dystonia_as_the_diagnosis()
    {
        var phenopacket = Exports.CohortRecord("c-023");

        var interpretation = phenopacket.GetProperty("interpretations")[0];
        interpretation.GetProperty("diagnosis").GetProperty("disease").GetProperty("id").GetString().Should().Be("MONDO:0003441");
        var gene = interpretation.GetProperty("diagnosis").GetProperty("genomicInterpretations")[0].GetProperty("gene");
        (gene.GetProperty("valueId").GetString(), gene.GetProperty("symbol").GetString()).Should().Be(("HGNC:3098", "TOR1A"));
        phenopacket.GetProperty("metaData").GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal("hp", "mondo", "hgnc");
    }

    [Fact]
    public void The_gch1_sample_names_its_gene_by_the_hgnc_id_read_for_it()
    {
        // c-013: GCH1, pathogenic; HGNC:4193 was read on GCH1's own row of HGNC's complete set (docs/evidence/hgnc-ids.md).
        var phenopacket = Exports.CohortRecord("c-013");

        var gene = phenopacket.GetProperty("interpretations")[0].GetProperty("diagnosis").GetProperty("genomicInterpretations")[0].GetProperty("gene");
        (gene.GetProperty("valueId").GetString(), gene.GetProperty("symbol").GetString()).Should().Be(("HGNC:4193", "GCH1"));
        phenopacket.GetProperty("metaData").GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Contain("hgnc");
    }

    [Theory]
    [InlineData("ATP1A3", null)]
    [InlineData("ATP7B", Zygosity.Heterozygous)]
    [InlineData("ATP7B", Zygosity.CompoundHeterozygous)]
    public void A_gene_without_a_verified_hgnc_id_gets_no_interpretation(string symbol, Zygosity? zygosity)
    {
        // ATP1A3 and ATP7B are in the gene table but their rows were not found in the stored copy of HGNC's complete set,
        // so they have no hgncId (docs/evidence/hgnc-ids.md, "Not yet verified"): whether the ATP7B finding is a carrier's
        // or establishes Wilson disease, nothing is written rather than a guessed id.
        var presentation = GenePresentation(symbol, VariantClassification.Pathogenic, zygosity);
        Internal.PhenopacketTables.Instance.Genes.Should().NotContainKey(symbol);

        var phenopacket = Exports.Export(presentation, Exports.Classify(presentation));

        phenopacket.TryGetProperty("interpretations", out _).Should().BeFalse();
        phenopacket.GetProperty("metaData").GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal("hp");
    }

    [Fact]
    public void A_gene_symbol_in_another_letter_case_is_written_as_the_approved_symbol()
    {
        var presentation = new Presentation
        {
            Id = "p",
            Regions = [BodyRegion.Neck],
            Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("tor1a") { Classification = VariantClassification.Pathogenic } },
        };

        var gene = Exports.Export(presentation, Exports.Classify(presentation)).GetProperty("interpretations")[0]
            .GetProperty("diagnosis").GetProperty("genomicInterpretations")[0].GetProperty("gene");

        gene.GetProperty("symbol").GetString().Should().Be("TOR1A");
    }

    [Fact]
    public void Created_is_written_in_utc_and_ids_come_from_the_options_or_the_presentation()
    {
        var presentation = new Presentation { Id = "record-7", Regions = [BodyRegion.Neck] };
        var result = Exports.Classify(presentation);

        var byPresentation = Exports.Export(presentation, result);
        using var byOptions = JsonDocument.Parse(DystoniaPhenopacket.ToJson(presentation, result, new PhenopacketOptions
        {
            Id = "pp-1", SubjectId = "patient-1", Created = Exports.Created, CreatedBy = "clinic",
        }));

        byPresentation.GetProperty("metaData").GetProperty("created").GetString().Should().Be("2026-12-07T04:00:00Z");
        byPresentation.GetProperty("metaData").GetProperty("createdBy").GetString().Should().Be("Dystonia.Classification");
        (byPresentation.GetProperty("id").GetString(), byPresentation.GetProperty("subject").GetProperty("id").GetString()).Should().Be(("record-7", "record-7"));
        (byOptions.RootElement.GetProperty("id").GetString(), byOptions.RootElement.GetProperty("subject").GetProperty("id").GetString()).Should().Be(("pp-1", "patient-1"));
        byOptions.RootElement.GetProperty("metaData").GetProperty("createdBy").GetString().Should().Be("clinic");
    }

    [Fact]
    public void The_export_refuses_what_it_cannot_write_without_inventing()
    {
        var noId = new Presentation { Regions = [BodyRegion.Neck] };
        var invalid = new Presentation { Id = "x", Regions = [] };

        var missingCreated = () => DystoniaPhenopacket.ToJson(noId, Exports.Classify(noId), new PhenopacketOptions { Id = "x" });
        var missingId = () => DystoniaPhenopacket.ToJson(noId, Exports.Classify(noId), Exports.Options());
        var invalidResult = () => DystoniaPhenopacket.ToJson(invalid, Exports.Classify(invalid), Exports.Options());

        missingCreated.Should().Throw<ArgumentException>().WithMessage("*Created*");
        missingId.Should().Throw<ArgumentException>().WithMessage("*id*");
        invalidResult.Should().Throw<ArgumentException>().WithMessage("*invalid*");
    }
}
