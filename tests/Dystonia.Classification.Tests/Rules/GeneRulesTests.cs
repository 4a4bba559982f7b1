using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Rules;

/// <summary>
/// A genetic finding read against the gene table (docs/genes.md): what establishes a cause, and what each class does
/// to etiology, heritability and the older category. One row per case, as NodaTime's pattern tests do.
/// </summary>
public sealed class GeneRulesTests
{
    // Isolated dystonia with a clean examination, so that only the gene can move the labels.
    private static Presentation With(string gene, VariantClassification? classification, AssociatedFeatures? features = null, Zygosity? zygosity = null) => new()
    {
        Regions = [Region("lowerLimb:left")],
        AgeAtOnset = 9,
        AssociatedFeatures = features ?? AssociatedFeatures.None,
        Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding(gene) { Classification = classification, Zygosity = zygosity }, FamilyHistory = FamilyHistory.Negative },
    };

    public static TheoryData<string, VariantClassification?, Zygosity?, string, Etiology, EtiologyCertainty?, Heritability, LegacyCategory?> Cases => new()
    {
        // gene, classification, zygosity, note, etiology, certainty, heritability, older category
        { "TOR1A", VariantClassification.Pathogenic, null, "GENE-KNOWN", Etiology.Primary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Primary },
        { "TOR1A", VariantClassification.Pathogenic, Zygosity.Heterozygous, "GENE-KNOWN", Etiology.Primary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Primary },
        { "tor1a", VariantClassification.LikelyPathogenic, null, "GENE-KNOWN", Etiology.Primary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Primary },
        { "GCH1", VariantClassification.Pathogenic, null, "GENE-KNOWN", Etiology.Primary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.DystoniaPlus },
        { "PRRT2", VariantClassification.Pathogenic, null, "GENE-KNOWN", Etiology.Primary, EtiologyCertainty.Established, Heritability.Inherited, null },
        { "ATP7B", VariantClassification.Pathogenic, Zygosity.CompoundHeterozygous, "GENE-KNOWN", Etiology.Secondary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Heredodegenerative },
        { "ATP7B", VariantClassification.Pathogenic, Zygosity.Homozygous, "GENE-KNOWN", Etiology.Secondary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Heredodegenerative },
        { "ATP7B", VariantClassification.Pathogenic, Zygosity.Hemizygous, "GENE-KNOWN", Etiology.Secondary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Heredodegenerative },
        { "PANK2", VariantClassification.Pathogenic, Zygosity.Homozygous, "GENE-KNOWN", Etiology.Secondary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Heredodegenerative },
        { "TAF1", VariantClassification.Pathogenic, null, "GENE-KNOWN", Etiology.Secondary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Heredodegenerative },
        { "PRKN", VariantClassification.Pathogenic, Zygosity.CompoundHeterozygous, "GENE-KNOWN", Etiology.Secondary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Heredodegenerative },
        { "GCDH", VariantClassification.LikelyPathogenic, Zygosity.Homozygous, "GENE-KNOWN", Etiology.Secondary, EtiologyCertainty.Established, Heritability.Inherited, LegacyCategory.Heredodegenerative },
        // One pathogenic allele of a recessive gene is a carrier's finding; without its zygosity it establishes nothing either.
        { "ATP7B", VariantClassification.Pathogenic, Zygosity.Heterozygous, "GENE-SINGLE-RECESSIVE-ALLELE", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "PRKN", VariantClassification.LikelyPathogenic, Zygosity.Heterozygous, "GENE-SINGLE-RECESSIVE-ALLELE", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "ATP7B", VariantClassification.Pathogenic, null, "GENE-ZYGOSITY-NOT-RECORDED", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "PANK2", VariantClassification.Pathogenic, null, "GENE-ZYGOSITY-NOT-RECORDED", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "ATP7B", VariantClassification.UncertainSignificance, Zygosity.Homozygous, "GENE-NOT-ESTABLISHING", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "TOR1A", VariantClassification.UncertainSignificance, null, "GENE-NOT-ESTABLISHING", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "TOR1A", VariantClassification.Benign, null, "GENE-NOT-ESTABLISHING", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "ATP7B", null, null, "GENE-NOT-ESTABLISHING", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "dyt1", VariantClassification.Pathogenic, null, "GENE-PREVIOUS-SYMBOL", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
        { "BRCA1", VariantClassification.Pathogenic, null, "GENE-NOT-IN-TABLE", Etiology.Primary, EtiologyCertainty.Provisional, Heritability.Unknown, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_gene_establishes_a_cause_only_when_in_the_table_and_pathogenic_and_then_decides_by_its_class(
        string gene, VariantClassification? classification, Zygosity? zygosity, string note, Etiology etiology, EtiologyCertainty? certainty, Heritability heritability, LegacyCategory? legacy)
    {
        var result = Classify(With(gene, classification, zygosity: zygosity));

        result.RuleIds(RuleOutcome.Note).Should().Contain(note);
        result.Labels.Etiology.Should().Be(etiology);
        result.Labels.EtiologyCertainty.Should().Be(certainty);
        result.Labels.Heritability.Should().Be(heritability);
        result.Labels.LegacyCategory.Should().Be(legacy);
    }

    [Fact]
    public void One_heterozygous_variant_in_a_recessive_gene_is_a_carrier_and_the_step_says_why_and_cites_the_gene()
    {
        var result = Classify(With("ATP7B", VariantClassification.Pathogenic, zygosity: Zygosity.Heterozygous));
        var step = result.Step("GENE-SINGLE-RECESSIVE-ALLELE");

        step.Text.Should().StartWith("One heterozygous pathogenic variant in ATP7B is a carrier's finding: the gene table lists ATP7B as autosomal recessive");
        step.Sources.Select(s => s.Id).Should().Contain(["genereviews-wilson", "hgnc-2021"]);
        result.Reasoning.Should().NotContain(s => s.RuleId == "GENE-KNOWN" || s.RuleId == "GENE-TREATABLE");
        result.MissingFindings.Select(m => m.Field).Should().NotContain("etiology.geneticFinding.zygosity");
    }

    [Fact]
    public void A_recessive_gene_without_its_zygosity_lists_the_zygosity_as_missing_and_a_dominant_gene_does_not()
    {
        Classify(With("PANK2", VariantClassification.Pathogenic)).MissingFindings.Select(m => m.Field).Should().Contain("etiology.geneticFinding.zygosity");
        Classify(With("PANK2", VariantClassification.Pathogenic, zygosity: Zygosity.CompoundHeterozygous)).MissingFindings.Select(m => m.Field).Should().NotContain("etiology.geneticFinding.zygosity");
        Classify(With("TOR1A", VariantClassification.Pathogenic)).MissingFindings.Select(m => m.Field).Should().NotContain("etiology.geneticFinding.zygosity");
        Classify(With("PANK2", VariantClassification.UncertainSignificance)).MissingFindings.Select(m => m.Field).Should().NotContain("etiology.geneticFinding.zygosity");
    }

    [Fact]
    public void A_known_gene_is_named_with_its_designation_class_and_sources_and_the_step_cites_them()
    {
        var step = Classify(With("TOR1A", VariantClassification.Pathogenic)).Step("GENE-KNOWN");

        step.Text.Should().Be("A pathogenic variant in TOR1A (DYT-TOR1A) establishes an inherited cause: the gene table lists TOR1A as a gene of isolated dystonias (autosomal dominant); sources: hgnc-2021, mondo-2023, genereviews-tor1a.");
        step.Sources.Select(s => s.Id).Should().Equal("marras2016", "lange2022", "richards2015", "hgnc-2021", "mondo-2023", "genereviews-tor1a");
    }

    [Fact]
    public void A_degenerative_gene_never_says_without_neurodegeneration_or_no_cause_found()
    {
        var result = Classify(With("PANK2", VariantClassification.Pathogenic, zygosity: Zygosity.Homozygous));

        result.DecisionFor(ClassificationAxis.Etiology)!.Text.Should().Contain("heredodegenerative or metabolic disease");
        result.Reasoning.Should().NotContain(step => step.Text.Contains("without neurodegeneration", StringComparison.Ordinal) || step.Text.Contains("no cause found", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ATP7B", Zygosity.CompoundHeterozygous, "copper chelation or zinc")]
    [InlineData("GCH1", Zygosity.Heterozygous, "levodopa")]
    [InlineData("SLC2A1", Zygosity.Heterozygous, "ketogenic diet")]
    [InlineData("PRRT2", Zygosity.Heterozygous, "carbamazepine (low dose)")]
    public void A_treatable_disease_says_how(string gene, Zygosity zygosity, string treatment)
    {
        Classify(With(gene, VariantClassification.Pathogenic, zygosity: zygosity)).Step("GENE-TREATABLE").Text.Should().EndWith(": " + treatment + ".");
    }

    [Fact]
    public void An_untreatable_gene_adds_no_treatment_note()
    {
        Classify(With("TOR1A", VariantClassification.Pathogenic)).RuleIds(RuleOutcome.Note).Should().NotContain("GENE-TREATABLE");
    }

    [Fact]
    public void A_previous_symbol_names_the_approved_one_without_changing_the_recorded_letters()
    {
        var step = Classify(With("dyt1", VariantClassification.Pathogenic)).Step("GENE-PREVIOUS-SYMBOL");

        step.Text.Should().StartWith("The gene is recorded as dyt1, a previous symbol or retired locus name of TOR1A (HGNC)");
    }

    [Fact]
    public void A_missing_classification_is_a_missing_finding_only_for_a_gene_of_the_table()
    {
        Classify(With("TOR1A", null)).MissingFindings.Select(m => m.Field).Should().Contain("etiology.geneticFinding.classification");
        Classify(With("BRCA1", null)).MissingFindings.Select(m => m.Field).Should().NotContain("etiology.geneticFinding.classification");
        Classify(With("TOR1A", VariantClassification.UncertainSignificance)).MissingFindings.Select(m => m.Field).Should().NotContain("etiology.geneticFinding.classification");
    }

    [Fact]
    public void A_gene_of_isolated_dystonia_with_combined_dystonia_leaves_the_older_category_open_and_says_why()
    {
        var result = Classify(With("TOR1A", VariantClassification.Pathogenic, new AssociatedFeatures { MovementDisorders = MovementDisorders.Myoclonus }));

        result.Labels.LegacyCategory.Should().BeNull();
        result.DecisionFor(ClassificationAxis.LegacyCategory)!.Text.Should().Contain("the gene's class and the examination disagree");
    }

    [Fact]
    public void A_paroxysmal_gene_leaves_the_older_category_open_because_the_older_scheme_lists_it_apart()
    {
        Classify(With("PRRT2", VariantClassification.Pathogenic)).DecisionFor(ClassificationAxis.LegacyCategory)!.Text
            .Should().Contain("paroxysmal dyskinesias as a category of their own");
    }

    [Fact]
    public void The_table_holds_the_isolated_combined_and_heredodegenerative_genes_the_issue_names_each_with_a_source()
    {
        string[] required =
        [
            "TOR1A", "THAP1", "GNAL", "ANO3", "KMT2B", "HPCA", "GCH1", "TH", "SPR", "SGCE", "PRKRA", "TAF1", "ATP1A3", "PRRT2", "PNKD", "SLC2A1",
            "ATP7B", "PANK2", "PLA2G6", "VPS13A", "XK", "GLB1", "HEXA", "HEXB", "GCDH", "HTT", "PRKN", "PINK1", "PARK7",
        ];
        var table = ClinicalData.Genes;

        foreach (var symbol in required)
        {
            table.TryFind(symbol, out var row).Should().BeTrue(symbol + " is in the table");
            row.Sources.Should().NotBeEmpty();
        }

        table.TryFind("PANK2", out var pank2).Should().BeTrue();
        pank2.Class.Should().Be(GeneClass.Heredodegenerative, "PKAN (Hallervorden-Spatz disease), named by the Latvian seed, is a degenerative cause");
    }
}
