using Dystonia.Classification.Reasoning;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Rules;

/// <summary>Pathology, heritability, the primary/secondary label and the legacy category, one test per branch.</summary>
public sealed class EtiologyRulesTests
{
    private static Presentation With(
        NervousSystemPathology pathology = NervousSystemPathology.NotAssessed,
        AcquiredCauses causes = AcquiredCauses.None,
        GeneticFinding? gene = null,
        FamilyHistory family = FamilyHistory.Unknown,
        AssociatedFeatures? features = null,
        params string[] regions) =>
        new()
        {
            Regions = (regions.Length == 0 ? ["neck"] : regions).Select(Region).ToArray(),
            AssociatedFeatures = features,
            Etiology = new EtiologyFindings { Pathology = pathology, AcquiredCauses = causes, GeneticFinding = gene, FamilyHistory = family },
        };

    [Theory]
    [InlineData(AcquiredCauses.PerinatalBrainInjury)]
    [InlineData(AcquiredCauses.Infection)]
    [InlineData(AcquiredCauses.Drug)]
    [InlineData(AcquiredCauses.Toxic)]
    [InlineData(AcquiredCauses.Vascular)]
    [InlineData(AcquiredCauses.Neoplastic)]
    [InlineData(AcquiredCauses.BrainInjury)]
    [InlineData(AcquiredCauses.Autoimmune)]
    [InlineData(AcquiredCauses.Metabolic)]
    [InlineData(AcquiredCauses.Psychogenic)]
    public void Any_acquired_cause_makes_the_etiology_secondary_and_heritability_acquired(AcquiredCauses cause)
    {
        var result = Classify(With(causes: cause));

        result.Labels.Etiology.Should().Be(Etiology.Secondary);
        result.Labels.EtiologyCertainty.Should().Be(EtiologyCertainty.Established);
        result.Labels.Heritability.Should().Be(Heritability.Acquired);
        result.DecisionFor(ClassificationAxis.Etiology)!.RuleId.Should().Be("ETIO-SECONDARY");
    }

    [Fact]
    public void A_structural_lesion_makes_the_etiology_secondary_even_without_a_recorded_cause()
    {
        var result = Classify(With(pathology: NervousSystemPathology.StructuralLesion));

        result.Labels.Etiology.Should().Be(Etiology.Secondary);
        result.DecisionFor(ClassificationAxis.Etiology)!.Text.Should().Contain("a structural lesion was found");
        result.Labels.Heritability.Should().Be(Heritability.Unknown);
        result.DecisionFor(ClassificationAxis.Heritability)!.RuleId.Should().Be("HERIT-UNEXPLAINED-PATHOLOGY");
        result.Labels.LegacyCategory.Should().Be(LegacyCategory.Secondary);
    }

    [Fact]
    public void Degeneration_counts_as_secondary_and_as_heredodegenerative_in_the_older_scheme()
    {
        var result = Classify(With(pathology: NervousSystemPathology.Degeneration, gene: new GeneticFinding("TAF1", Inheritance.XLinkedRecessive) { Classification = VariantClassification.Pathogenic }));

        result.Labels.Etiology.Should().Be(Etiology.Secondary);
        result.DecisionFor(ClassificationAxis.Etiology)!.Text.Should().Contain("degenerative brain disease counts as secondary");
        result.Labels.Heritability.Should().Be(Heritability.Inherited);
        result.Labels.LegacyCategory.Should().Be(LegacyCategory.Heredodegenerative);
    }

    [Fact]
    public void A_normal_workup_establishes_primary_dystonia()
    {
        var result = Classify(With(pathology: NervousSystemPathology.None, features: AssociatedFeatures.None));

        result.Labels.Etiology.Should().Be(Etiology.Primary);
        result.Labels.EtiologyCertainty.Should().Be(EtiologyCertainty.Established);
        result.DecisionFor(ClassificationAxis.Etiology)!.Text.Should().Contain("the workup found no pathology");
        result.Labels.LegacyCategory.Should().Be(LegacyCategory.Primary);
    }

    [Fact]
    public void A_known_genetic_cause_establishes_primary_dystonia_without_imaging()
    {
        var result = Classify(With(gene: new GeneticFinding("TOR1A", Inheritance.AutosomalDominant) { Classification = VariantClassification.Pathogenic }));

        result.Labels.Etiology.Should().Be(Etiology.Primary);
        result.Labels.EtiologyCertainty.Should().Be(EtiologyCertainty.Established);
        result.Labels.Heritability.Should().Be(Heritability.Inherited);
        result.DecisionFor(ClassificationAxis.Heritability)!.Text.Should().Be("A disease-causing variant in TOR1A is recorded (autosomal dominant): heritability is inherited.");
    }

    [Fact]
    public void Without_workup_or_red_flags_primary_is_provisional()
    {
        var result = Classify(With(features: AssociatedFeatures.None));

        result.Labels.Etiology.Should().Be(Etiology.Primary);
        result.Labels.EtiologyCertainty.Should().Be(EtiologyCertainty.Provisional);
        result.DecisionFor(ClassificationAxis.Etiology)!.RuleId.Should().Be("ETIO-PRIMARY-PROVISIONAL");
        result.MissingFindings.Should().Contain(m => m.Field == "etiology.nervousSystemPathology");
    }

    [Fact]
    public void Hemidystonia_without_workup_is_undetermined()
    {
        var result = Classify(With(regions: ["upperLimb:left", "lowerLimb:left"], features: AssociatedFeatures.None));

        result.Labels.Etiology.Should().Be(Etiology.Undetermined);
        result.Labels.EtiologyCertainty.Should().BeNull();
        result.DecisionFor(ClassificationAxis.Etiology)!.Text.Should().Contain("(hemidystonia)");
    }

    [Fact]
    public void Combined_dystonia_without_workup_is_undetermined()
    {
        var result = Classify(With(features: new AssociatedFeatures { MovementDisorders = MovementDisorders.Parkinsonism }));

        result.Labels.Etiology.Should().Be(Etiology.Undetermined);
        result.DecisionFor(ClassificationAxis.Etiology)!.Text.Should().Contain("(combined dystonia)");
    }

    [Fact]
    public void Other_neurological_or_systemic_features_without_workup_are_undetermined()
    {
        Classify(With(features: new AssociatedFeatures { Neurological = NeurologicalFeatures.Seizures })).Labels.Etiology.Should().Be(Etiology.Undetermined);
        Classify(With(features: new AssociatedFeatures { Systemic = SystemicFeatures.LiverDisease })).Labels.Etiology.Should().Be(Etiology.Undetermined);
    }

    [Fact]
    public void Tremor_alone_is_no_red_flag()
    {
        var result = Classify(With(features: new AssociatedFeatures { MovementDisorders = MovementDisorders.Tremor }));

        result.Labels.IsolatedOrCombined.Should().Be(IsolatedOrCombined.Isolated);
        result.Labels.Etiology.Should().Be(Etiology.Primary);
        result.Labels.EtiologyCertainty.Should().Be(EtiologyCertainty.Provisional);
    }

    [Fact]
    public void Red_flags_do_not_override_a_completed_normal_workup()
    {
        var result = Classify(With(pathology: NervousSystemPathology.None, regions: ["upperLimb:right", "lowerLimb:right"], features: AssociatedFeatures.None));

        result.Labels.Distribution.Should().Be(Distribution.Hemidystonia);
        result.Labels.Etiology.Should().Be(Etiology.Primary);
        result.Labels.EtiologyCertainty.Should().Be(EtiologyCertainty.Established);
    }

    [Fact]
    public void A_genetic_finding_with_an_acquired_cause_leaves_heritability_to_the_clinician()
    {
        var result = Classify(With(causes: AcquiredCauses.Drug, gene: new GeneticFinding("GCH1") { Classification = VariantClassification.Pathogenic }));

        result.Labels.Heritability.Should().Be(Heritability.Unknown);
        result.DecisionFor(ClassificationAxis.Heritability)!.RuleId.Should().Be("HERIT-CONFLICTING");
        result.Labels.Etiology.Should().Be(Etiology.Secondary);
    }

    [Theory]
    [InlineData(FamilyHistory.Positive, Heritability.IdiopathicFamilial, "HERIT-IDIOPATHIC-FAMILIAL")]
    [InlineData(FamilyHistory.Negative, Heritability.IdiopathicSporadic, "HERIT-IDIOPATHIC-SPORADIC")]
    [InlineData(FamilyHistory.Unknown, Heritability.Unknown, "HERIT-FAMILY-HISTORY-UNKNOWN")]
    public void Without_a_cause_family_history_separates_familial_from_sporadic(FamilyHistory family, Heritability heritability, string ruleId)
    {
        var result = Classify(With(pathology: NervousSystemPathology.None, family: family));

        result.Labels.Heritability.Should().Be(heritability);
        result.DecisionFor(ClassificationAxis.Heritability)!.RuleId.Should().Be(ruleId);
        result.MissingFindings.Any(m => m.Field == "etiology.familyHistory").Should().Be(family == FamilyHistory.Unknown);
    }

    [Theory]
    [InlineData(FamilyHistory.Positive, false)]
    [InlineData(FamilyHistory.Negative, false)]
    [InlineData(FamilyHistory.Unknown, true)]
    public void Idiopathic_is_not_concluded_before_the_workup(FamilyHistory family, bool familyHistoryMissing)
    {
        // Idiopathic means a cause was looked for and not found; with pathology not assessed nothing was looked for.
        var result = Classify(With(pathology: NervousSystemPathology.NotAssessed, family: family));

        result.Labels.Heritability.Should().Be(Heritability.Unknown);
        result.DecisionFor(ClassificationAxis.Heritability)!.RuleId.Should().Be("HERIT-NOT-WORKED-UP");
        result.MissingFindings.Any(m => m.Field == "etiology.nervousSystemPathology").Should().BeTrue();
        result.MissingFindings.Any(m => m.Field == "etiology.familyHistory").Should().Be(familyHistoryMissing);
    }

    [Fact]
    public void Degeneration_of_no_known_cause_is_idiopathic_by_family_history_with_genetic_testing_suggested()
    {
        // Idiopathic is the consensus's "unknown cause", as for sporadic degenerative disease; a lesion is different:
        // it has a cause that is not recorded.
        var result = Classify(With(pathology: NervousSystemPathology.Degeneration, family: FamilyHistory.Negative));

        result.Labels.Heritability.Should().Be(Heritability.IdiopathicSporadic);
        result.Labels.Etiology.Should().Be(Etiology.Secondary);
        result.SuggestedWorkup.Select(w => w.RuleId).Should().Contain("WORKUP-GENETIC-DEGENERATION");
    }

    [Fact]
    public void A_fixed_posture_from_onset_is_noted_against_a_primary_label()
    {
        var result = Classify(new Presentation
        {
            Regions = [new AffectedRegion(BodyRegion.LowerLimb, BodySide.Right)],
            AgeAtOnset = 28,
            DiagnosticClues = DiagnosticClues.FixedPostureFromOnset,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None },
        });

        var note = result.Step("CLUE-FIXED-POSTURE");
        note.Outcome.Should().Be(RuleOutcome.Note);
        note.Text.Should().Contain("complex regional pain syndrome or functional");
        note.Sources.Select(s => s.Id).Should().Contain("bhatia1993");
    }

    [Fact]
    public void Combined_dystonia_with_a_normal_workup_is_dystonia_plus_in_the_older_scheme()
    {
        var result = Classify(With(pathology: NervousSystemPathology.None, features: new AssociatedFeatures { MovementDisorders = MovementDisorders.Myoclonus }));

        result.Labels.IsolatedOrCombined.Should().Be(IsolatedOrCombined.Combined);
        result.Labels.LegacyCategory.Should().Be(LegacyCategory.DystoniaPlus);
    }

    [Fact]
    public void A_psychogenic_cause_alone_is_the_older_psychogenic_category()
    {
        Classify(With(causes: AcquiredCauses.Psychogenic)).Labels.LegacyCategory.Should().Be(LegacyCategory.Psychogenic);
        Classify(With(causes: AcquiredCauses.Psychogenic | AcquiredCauses.Drug)).Labels.LegacyCategory.Should().Be(LegacyCategory.Secondary);
    }

    [Fact]
    public void The_older_category_is_not_derived_without_workup_and_the_reasoning_says_why()
    {
        var result = Classify(With());

        result.Labels.LegacyCategory.Should().BeNull();
        var step = result.DecisionFor(ClassificationAxis.LegacyCategory)!;
        step.RuleId.Should().Be("LEGACY-NOT-DERIVABLE");
        step.Text.Should().Be("The older category cannot be derived because nervous-system pathology was not assessed and associated features were not recorded.");
    }

    [Fact]
    public void Isolated_dystonia_with_other_neurological_features_is_not_called_primary_in_the_older_scheme()
    {
        var result = Classify(With(pathology: NervousSystemPathology.None, features: new AssociatedFeatures { Neurological = NeurologicalFeatures.HearingLoss }));

        result.Labels.LegacyCategory.Should().BeNull();
        result.DecisionFor(ClassificationAxis.LegacyCategory)!.Text.Should().Contain("other neurological or systemic features are present");
    }

    [Theory]
    [InlineData(NervousSystemPathology.None, "PATH-NONE")]
    [InlineData(NervousSystemPathology.Degeneration, "PATH-DEGENERATION")]
    [InlineData(NervousSystemPathology.StructuralLesion, "PATH-STRUCTURAL-LESION")]
    [InlineData(NervousSystemPathology.NotAssessed, "PATH-NOT-ASSESSED")]
    public void Pathology_is_reported_as_recorded(NervousSystemPathology pathology, string ruleId)
    {
        var result = Classify(With(pathology: pathology));

        result.Labels.NervousSystemPathology.Should().Be(pathology);
        result.DecisionFor(ClassificationAxis.NervousSystemPathology)!.RuleId.Should().Be(ruleId);
    }

    [Theory]
    [InlineData(Variability.Persistent, LegacyCategory.Primary)]
    [InlineData(Variability.Paroxysmal, null)]
    [InlineData(Variability.Paroxysmal | Variability.ActionSpecific, null)]
    public void Paroxysmal_dystonia_without_a_gene_has_no_older_primary_category_because_that_scheme_lists_paroxysmal_dyskinesias_apart(Variability variability, LegacyCategory? expected)
    {
        var presentation = new Presentation
        {
            Regions = [Region("neck")],
            Variability = variability,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None },
        };

        var result = Classify(presentation);

        result.Labels.LegacyCategory.Should().Be(expected);
        if (expected is null)
        {
            result.DecisionFor(ClassificationAxis.LegacyCategory)!.Text.Should().Contain("paroxysmal dyskinesias as a category of their own");
        }
    }

    [Theory]
    [InlineData(false, "neck", "ETIO-NOT-EXAMINED", Etiology.Undetermined)]
    [InlineData(true, "neck", "ETIO-PRIMARY-PROVISIONAL", Etiology.Primary)]
    [InlineData(false, "upperLimb:left,lowerLimb:left", "ETIO-UNDETERMINED", Etiology.Undetermined)]
    public void Not_examined_is_not_no_red_flags_regions_alone_leave_the_etiology_undetermined(bool examined, string regions, string ruleId, Etiology etiology)
    {
        var presentation = new Presentation
        {
            Regions = regions.Split(',').Select(Region).ToArray(),
            AssociatedFeatures = examined ? AssociatedFeatures.None : null,
        };

        var result = Classify(presentation);

        result.Labels.Etiology.Should().Be(etiology);
        result.DecisionFor(ClassificationAxis.Etiology)!.RuleId.Should().Be(ruleId);
        if (!examined)
        {
            result.MissingFindings.Select(m => m.Field).Should().Contain("associatedFeatures").And.Contain("etiology.nervousSystemPathology");
        }
    }
}
