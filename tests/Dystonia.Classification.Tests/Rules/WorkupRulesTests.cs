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
    public void An_established_gene_withholds_the_levodopa_trial_and_further_genetic_tests()
    {
        var genetic = new Presentation
        {
            Regions = [new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
            AgeAtOnset = 8,
            Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("GCH1") { Classification = VariantClassification.Pathogenic } },
        };

        WorkupOf(genetic).Should().NotContain(id => id == "WORKUP-LEVODOPA-TRIAL" || id.StartsWith("WORKUP-GENETIC", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recorded_cause_does_not_silence_the_levodopa_trial_that_could_overturn_it()
    {
        // Dopa-responsive dystonia is a known mimic of cerebral palsy (Pediatr Neurol 2004, PMID 15464646; Friedman 2012).
        var cerebralPalsy = new Presentation
        {
            Regions = [new AffectedRegion(BodyRegion.LowerLimb, BodySide.Both), BodyRegion.Trunk],
            AgeAtOnset = 2,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, AcquiredCauses = AcquiredCauses.PerinatalBrainInjury },
        };

        var result = Classify(cerebralPalsy);

        result.Labels.Etiology.Should().Be(Etiology.Secondary);
        var trial = result.SuggestedWorkup.Single(w => w.RuleId == "WORKUP-LEVODOPA-TRIAL");
        trial.Text.Should().Contain("dopa-responsive dystonia is a known mimic of cerebral palsy");
        trial.Sources.Select(s => s.Id).Should().Contain(["drd-misdiagnoses-2004", "friedman2012"]);
        Classify(Onset(8, "lowerLimb:left", NervousSystemPathology.StructuralLesion)).SuggestedWorkup.Should().Contain(w => w.RuleId == "WORKUP-LEVODOPA-TRIAL");
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
    [InlineData(2.9, false)]
    [InlineData(3, true)]
    [InlineData(12, true)]
    [InlineData(39.9, true)]
    [InlineData(40, false)]
    public void Wilson_screening_by_age_from_three_to_below_forty(double age, bool suggested)
    {
        WorkupOf(Onset(age, "neck")).Contains("WORKUP-WILSON").Should().Be(suggested);
    }

    [Theory]
    [InlineData(SystemicFeatures.LiverDisease, NeurologicalFeatures.None, "because of liver disease")]
    [InlineData(SystemicFeatures.KayserFleischerRings, NeurologicalFeatures.None, "because of Kayser-Fleischer rings")]
    [InlineData(SystemicFeatures.None, NeurologicalFeatures.Psychiatric, "because of psychiatric change")]
    [InlineData(SystemicFeatures.None, NeurologicalFeatures.CognitiveImpairment, "because of cognitive impairment")]
    public void Wilson_screening_at_any_age_when_the_findings_call_for_it(SystemicFeatures systemic, NeurologicalFeatures neurological, string basis)
    {
        // Onset at 46: past the age limit, as in the reproduction "a little over 40 with liver disease".
        var presentation = new Presentation
        {
            Regions = [BodyRegion.Neck],
            AgeAtOnset = 46,
            AssociatedFeatures = new AssociatedFeatures { Systemic = systemic, Neurological = neurological },
        };

        Classify(presentation).SuggestedWorkup.Single(w => w.RuleId == "WORKUP-WILSON").Text.Should().Contain(basis);
    }

    [Fact]
    public void Wilson_screening_is_not_silenced_by_a_recorded_drug_cause()
    {
        var drugInduced = new Presentation
        {
            Regions = [BodyRegion.Neck],
            AgeAtOnset = 19,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { AcquiredCauses = AcquiredCauses.Drug },
        };

        var wilson = Classify(drugInduced).SuggestedWorkup.Single(w => w.RuleId == "WORKUP-WILSON");

        wilson.Text.Should().Contain("because of onset at 19 years; the recorded cause (drug) does not exclude Wilson disease");
        wilson.Sources.Select(s => s.Id).Should().Contain(["genereviews-wilson", "aasld2008-wilson", "dystonia-coalition-special-populations"]);
    }

    [Fact]
    public void The_age_option_turns_off_only_the_age_trigger()
    {
        var off = new ClassificationOptions { WilsonScreeningBeforeAge = 0 };
        var liver = new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = 25, AssociatedFeatures = new AssociatedFeatures { Systemic = SystemicFeatures.LiverDisease } };

        WorkupOf(Onset(25, "neck"), off).Should().NotContain("WORKUP-WILSON");
        WorkupOf(liver, off).Should().Contain("WORKUP-WILSON");
    }

    [Fact]
    public void Parkinsonism_gets_dopamine_transporter_imaging()
    {
        // A normal structural MRI does not end the workup of dystonia with parkinsonism (Kägi 2010; Schneider 2007).
        var presentation = new Presentation
        {
            Regions = [new AffectedRegion(BodyRegion.UpperLimb, BodySide.Right)],
            AgeAtOnset = 55,
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Parkinsonism },
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None },
        };

        var result = Classify(presentation);

        result.SuggestedWorkup.Should().Contain(w => w.RuleId == "WORKUP-DAT-SPECT" && w.Kind == WorkupKind.DopamineTransporterImaging);
        WorkupOf(Onset(55, "upperLimb:right")).Should().NotContain("WORKUP-DAT-SPECT");
    }

    [Fact]
    public void Adult_onset_leg_dystonia_is_a_red_flag_not_a_typical_focal_dystonia()
    {
        // McKeon 2008: in adults presenting with leg dystonia a cause was found in over half, parkinsonism among them.
        var adultLeg = new Presentation { Regions = [new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)], AgeAtOnset = 47, AssociatedFeatures = AssociatedFeatures.None };
        var childLeg = new Presentation { Regions = [new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)], AgeAtOnset = 9, AssociatedFeatures = AssociatedFeatures.None };

        var adult = Classify(adultLeg);

        adult.Labels.Etiology.Should().Be(Etiology.Undetermined);
        var mri = adult.SuggestedWorkup.Single(w => w.Kind == WorkupKind.BrainMri);
        mri.RuleId.Should().Be("WORKUP-MRI-RED-FLAGS");
        mri.Text.Should().Contain("leg dystonia beginning in adulthood").And.NotContain("cervical dystonia");
        mri.Sources.Select(s => s.Id).Should().Contain("mckeon2008");
        Classify(childLeg).Labels.Etiology.Should().Be(Etiology.Primary);
    }

    [Fact]
    public void Kinesigenic_attacks_get_prrt2_and_carbamazepine_not_stroke_wording_or_levodopa()
    {
        var pkd = new Presentation
        {
            Regions = [new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
            AgeAtOnset = 11,
            Variability = Variability.Paroxysmal,
            DiagnosticClues = DiagnosticClues.KinesigenicAttacks,
            AssociatedFeatures = AssociatedFeatures.None,
        };

        var workup = Classify(pkd).SuggestedWorkup;

        workup.Select(w => w.RuleId).Should().Contain(["WORKUP-GENETIC-PRRT2", "WORKUP-CARBAMAZEPINE-TRIAL"]).And.NotContain(["WORKUP-LEVODOPA-TRIAL", "WORKUP-MRI-HEMIDYSTONIA"]);
        workup.Single(w => w.RuleId == "WORKUP-GENETIC-PRRT2").Text.Should().StartWith("Attacks triggered by sudden movement are recorded");
        workup.Should().NotContain(w => w.Text.Contains("stroke", StringComparison.Ordinal));
    }

    [Fact]
    public void Faciobrachial_dystonic_seizures_get_lgi1_antibodies_whatever_else_is_recorded()
    {
        var fbds = new Presentation
        {
            Regions = [BodyRegion.LowerFace, new AffectedRegion(BodyRegion.UpperLimb, BodySide.Right)],
            AgeAtOnset = 64,
            Variability = Variability.Paroxysmal,
            DiagnosticClues = DiagnosticClues.FaciobrachialDystonicSeizures,
            Etiology = new EtiologyFindings { AcquiredCauses = AcquiredCauses.Vascular },
        };

        Classify(fbds).SuggestedWorkup.Should().Contain(w => w.RuleId == "WORKUP-AUTOIMMUNE-LGI1" && w.Kind == WorkupKind.AutoimmuneAntibodies);
    }

    [Theory]
    [InlineData(DiagnosticClues.AbruptOnset, "WORKUP-GENETIC-ATP1A3", "ATP1A3")]
    [InlineData(DiagnosticClues.AlcoholResponsive, "WORKUP-GENETIC-SGCE-ALCOHOL", "SGCE")]
    public void A_recorded_clue_targets_its_gene(DiagnosticClues clue, string ruleId, string gene)
    {
        var presentation = new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = 33, DiagnosticClues = clue, AssociatedFeatures = AssociatedFeatures.None };

        Classify(presentation).SuggestedWorkup.Should().ContainSingle(w => w.RuleId == ruleId).Which.Gene.Should().Be(gene);
    }

    [Fact]
    public void Alcohol_responsiveness_with_early_myoclonus_suggests_sgce_once()
    {
        var presentation = new Presentation
        {
            Regions = [BodyRegion.Neck],
            AgeAtOnset = 9,
            DiagnosticClues = DiagnosticClues.AlcoholResponsive,
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Myoclonus },
        };

        Classify(presentation).SuggestedWorkup.Where(w => w.Gene == "SGCE").Select(w => w.RuleId).Should().Equal("WORKUP-GENETIC-SGCE");
    }

    [Fact]
    public void Degeneration_without_a_gene_gets_genetic_testing_and_iron_sensitive_mri()
    {
        // NBIA and neuroacanthocytosis are diagnosed by their genes (GeneReviews PKAN, PLA2G6, VPS13A; Lee 2020).
        var degeneration = new Presentation
        {
            Regions = [BodyRegion.JawAndTongue, BodyRegion.Neck],
            AgeAtOnset = 12,
            Course = Course.Progressive,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.Degeneration },
        };

        var workup = Classify(degeneration).SuggestedWorkup;

        workup.Should().Contain(w => w.RuleId == "WORKUP-GENETIC-DEGENERATION" && w.Kind == WorkupKind.GeneticTesting && w.Gene == null);
        workup.Should().Contain(w => w.RuleId == "WORKUP-MRI-IRON" && w.Text.Contains("iron-sensitive", StringComparison.Ordinal));
        workup.Should().NotContain(w => w.RuleId == "WORKUP-GENETIC-PANEL");
    }

    [Fact]
    public void Early_onset_progressive_combined_dystonia_gets_one_mri_with_iron_sensitive_sequences()
    {
        var presentation = new Presentation
        {
            Regions = [BodyRegion.JawAndTongue, BodyRegion.Neck],
            AgeAtOnset = 7,
            Course = Course.Progressive,
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Parkinsonism },
        };

        Classify(presentation).SuggestedWorkup.Where(w => w.Kind == WorkupKind.BrainMri).Select(w => w.RuleId).Should().Equal("WORKUP-MRI-IRON");
    }

    [Theory]
    [InlineData(9, null, new[] { "neck" }, "early onset")]
    [InlineData(45, true, new[] { "neck" }, "a relative with dystonia")]
    public void A_panel_or_exome_is_suggested_for_the_phenotypes_that_call_for_one(double age, bool? familial, string[] regions, string basis)
    {
        var presentation = new Presentation
        {
            Regions = regions.Select(Region).ToArray(),
            AgeAtOnset = age,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { FamilyHistory = familial switch { true => FamilyHistory.Positive, false => FamilyHistory.Negative, null => FamilyHistory.Unknown } },
        };

        var panel = Classify(presentation).SuggestedWorkup.Single(w => w.RuleId == "WORKUP-GENETIC-PANEL");

        panel.Gene.Should().BeNull();
        panel.Text.Should().Contain(basis);
    }

    [Fact]
    public void No_panel_for_adult_onset_sporadic_dystonia_focal_or_segmental()
    {
        WorkupOf(Onset(50, "neck")).Should().NotContain("WORKUP-GENETIC-PANEL");
        WorkupOf(Onset(62, "upperFace", NervousSystemPathology.None, "upperFace", "jawAndTongue")).Should().NotContain("WORKUP-GENETIC-PANEL");
    }

    [Fact]
    public void Every_new_workup_kind_has_its_wire_name_and_display_name()
    {
        Enum.GetValues<WorkupKind>().Select(global::Dystonia.Classification.Serialization.ContractNames.Of).Should().OnlyHaveUniqueItems().And.NotContain(name => name.All(char.IsDigit));
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
