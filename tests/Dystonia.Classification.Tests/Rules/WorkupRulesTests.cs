using Dystonia.Classification.Reasoning;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Rules;

/// <summary>Suggested next steps and their thresholds.</summary>
public sealed class WorkupRulesTests
{
    private static string[] WorkupOf(Presentation presentation, ClassificationOptions? options = null) =>
        Classify(presentation, options).SuggestedWorkup.Select(w => w.RuleId).ToArray();

    private static Presentation Onset(double age, string onset, NervousSystemPathology pathology = NervousSystemPathology.None, params string[] regions) =>
        new()
        {
            Regions = (regions.Length == 0 ? [onset] : regions).Select(Region).ToArray(),
            OnsetRegion = Region(onset),
            AgeAtOnset = age,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = pathology },
        };

    private static Presentation Paroxysmal(double age, Variability variability = Variability.Paroxysmal, GeneticFinding? gene = null) =>
        new()
        {
            Regions = [new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left)],
            AgeAtOnset = age,
            Variability = variability,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { GeneticFinding = gene },
        };

    [Fact]
    public void Brain_mri_is_suggested_only_while_pathology_is_not_assessed()
    {
        WorkupOf(Regions("neck")).Should().Contain("WORKUP-MRI");
        WorkupOf(Onset(50, "neck", NervousSystemPathology.None)).Should().NotContain(id => id.StartsWith("WORKUP-MRI", StringComparison.Ordinal));
    }

    [Fact]
    public void Hemidystonia_gets_the_lesion_specific_mri_text()
    {
        var result = Classify("upperLimb:left", "lowerLimb:left");
        var mri = result.SuggestedWorkup.Single(w => w.Kind == WorkupKind.BrainMri);

        mri.RuleId.Should().Be("WORKUP-MRI-HEMIDYSTONIA");
        mri.Text.Should().Contain("basal ganglia or thalamus in the right hemisphere, opposite the left-sided hemidystonia");
        mri.Sources.Select(s => s.Id).Should().Contain(["pettigrew1985", "chuang2002", "vizcarra2023"]);
    }

    [Fact]
    public void Red_flags_other_than_hemidystonia_get_the_red_flag_mri_text()
    {
        var presentation = new Presentation { Regions = [BodyRegion.Neck], AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Chorea } };

        Classify(presentation).SuggestedWorkup.Single(w => w.Kind == WorkupKind.BrainMri).Text.Should().Contain("combined dystonia suggest");
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(20.9, true)]
    [InlineData(21, false)]
    public void Levodopa_trial_is_suggested_for_early_onset_without_an_alternative_diagnosis(double age, bool suggested)
    {
        WorkupOf(Onset(age, "lowerLimb:left")).Contains("WORKUP-LEVODOPA-TRIAL").Should().Be(suggested);
    }

    [Fact]
    public void Levodopa_trial_follows_the_early_onset_option()
    {
        WorkupOf(Onset(25, "lowerLimb:left"), new ClassificationOptions { EarlyOnsetMaximumAge = 25 }).Should().Contain("WORKUP-LEVODOPA-TRIAL");
    }

    [Fact]
    public void No_levodopa_or_genetic_suggestion_once_a_cause_is_established()
    {
        var secondary = Onset(8, "lowerLimb:left", NervousSystemPathology.StructuralLesion);
        var genetic = new Presentation
        {
            Regions = [new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
            AgeAtOnset = 8,
            Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("GCH1") { Classification = VariantClassification.Pathogenic } },
        };

        WorkupOf(secondary).Should().NotContain(id => id == "WORKUP-LEVODOPA-TRIAL" || id.StartsWith("WORKUP-GENETIC", StringComparison.Ordinal));
        WorkupOf(genetic).Should().NotContain(id => id == "WORKUP-LEVODOPA-TRIAL" || id.StartsWith("WORKUP-GENETIC", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(29.9, "upperLimb:right", true)]
    [InlineData(30, "upperLimb:right", false)]
    [InlineData(12, "neck", false)]
    public void Tor1a_testing_follows_the_efns_limb_onset_before_thirty_rule(double age, string onset, bool suggested)
    {
        var workup = Classify(Onset(age, onset)).SuggestedWorkup;

        workup.Any(w => w.Gene == "TOR1A").Should().Be(suggested);
    }

    [Fact]
    public void Tor1a_text_names_the_onset_and_cites_efns()
    {
        var tor1a = Classify(Onset(9, "lowerLimb:left")).SuggestedWorkup.Single(w => w.Gene == "TOR1A");

        tor1a.Text.Should().EndWith("onset here was at 9 years in the left lower limb.");
        tor1a.Sources.Single().Id.Should().Be("efns2011");
    }

    [Fact]
    public void Without_an_onset_region_the_tor1a_criterion_is_listed_as_missing_not_guessed()
    {
        var presentation = new Presentation { Regions = [new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left)], AgeAtOnset = 15 };
        var result = Classify(presentation);

        result.SuggestedWorkup.Should().NotContain(w => w.Gene == "TOR1A");
        result.MissingFindings.Should().Contain(m => m.Field == "onsetRegion");
    }

    [Fact]
    public void Thap1_testing_for_early_onset_or_familial_cranio_cervical_dystonia()
    {
        var early = Onset(18, "neck");
        var familialAdult = new Presentation
        {
            Regions = [BodyRegion.UpperFace, BodyRegion.Neck],
            AgeAtOnset = 45,
            Etiology = new EtiologyFindings { FamilyHistory = FamilyHistory.Positive },
        };
        var sporadicAdult = Onset(45, "neck");

        Classify(early).SuggestedWorkup.Should().Contain(w => w.Gene == "THAP1");
        Classify(familialAdult).SuggestedWorkup.Single(w => w.Gene == "THAP1").Text.Should().EndWith("there is cranio-cervical involvement and a relative has dystonia.");
        Classify(sporadicAdult).SuggestedWorkup.Should().NotContain(w => w.Gene == "THAP1");
    }

    [Fact]
    public void Sgce_testing_for_early_onset_myoclonus()
    {
        var presentation = new Presentation
        {
            Regions = [BodyRegion.Neck],
            AgeAtOnset = 10,
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Myoclonus },
        };

        Classify(presentation).SuggestedWorkup.Should().Contain(w => w.Gene == "SGCE");
    }

    [Fact]
    public void Prrt2_testing_for_early_onset_paroxysmal_dystonia()
    {
        var prrt2 = Classify(Paroxysmal(10)).SuggestedWorkup.Single(w => w.Gene == "PRRT2");

        prrt2.RuleId.Should().Be("WORKUP-GENETIC-PRRT2");
        prrt2.Kind.Should().Be(WorkupKind.GeneticTesting);
        prrt2.Text.Should().Contain("if the attacks are brief and triggered by sudden movement");
        prrt2.Sources.Single().Id.Should().Be("genereviews-prrt2");
    }

    [Fact]
    public void No_prrt2_testing_for_adult_onset_an_established_gene_or_without_paroxysmal_variability()
    {
        var adultOnset = Paroxysmal(50);
        var tor1aEstablished = Paroxysmal(10, gene: new GeneticFinding("TOR1A") { Classification = VariantClassification.Pathogenic });
        var persistent = Paroxysmal(10, Variability.Persistent);

        Classify(adultOnset).SuggestedWorkup.Should().NotContain(w => w.Gene == "PRRT2");
        Classify(tor1aEstablished).SuggestedWorkup.Should().NotContain(w => w.Gene == "PRRT2");
        Classify(persistent).SuggestedWorkup.Should().NotContain(w => w.Gene == "PRRT2");
    }

    [Theory]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(39.9, true)]
    [InlineData(40, false)]
    public void Wilson_screening_from_adolescence_to_below_forty(double age, bool suggested)
    {
        WorkupOf(Onset(age, "neck")).Contains("WORKUP-WILSON").Should().Be(suggested);
    }

    [Fact]
    public void Wilson_screening_can_be_turned_off()
    {
        WorkupOf(Onset(25, "neck"), new ClassificationOptions { WilsonScreeningBeforeAge = 0 }).Should().NotContain("WORKUP-WILSON");
    }

    [Fact]
    public void Emg_is_suggested_for_focal_dystonia_only()
    {
        WorkupOf(Regions("neck")).Should().Contain("WORKUP-EMG");
        WorkupOf(Regions("neck", "trunk")).Should().NotContain("WORKUP-EMG");
    }

    [Fact]
    public void Every_suggestion_has_a_source_and_a_rendered_text()
    {
        var result = Classify(Onset(10, "lowerLimb:left", NervousSystemPathology.NotAssessed));

        result.SuggestedWorkup.Should().NotBeEmpty();
        result.SuggestedWorkup.Should().OnlyContain(w => w.Sources.Count > 0 && w.Text.Length > 40 && !w.Text.Contains('{', StringComparison.Ordinal));
    }
}
