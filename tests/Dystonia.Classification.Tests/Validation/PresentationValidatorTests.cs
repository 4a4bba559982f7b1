using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Validation;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Validation;

/// <summary>
/// Every error code the validator can produce, with its exact JSON field path, checked both through
/// <see cref="PresentationValidator.ValidateToErrors"/> and through <see cref="DystoniaClassifier.Classify"/>.
/// </summary>
public sealed class PresentationValidatorTests
{
    // Codes only the JSON and CSV readers produce; DystoniaJsonTests covers each of them.
    private static readonly string[] SerializationOnlyCodes =
    [
        ErrorCodes.MalformedInput, ErrorCodes.UnknownProperty, ErrorCodes.DuplicateProperty,
        ErrorCodes.WrongType, ErrorCodes.RequiredValueMissing, ErrorCodes.MultipleOnsetRegions,
    ];

    // ---------------------------------------------------------------------------------------------------------
    // regions
    // ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void No_regions_is_RegionsRequired()
    {
        ShouldReportOnly(new Presentation(), "regions", ErrorCodes.RegionsRequired);
        ShouldReportOnly(new Presentation { Regions = [] }, "regions", ErrorCodes.RegionsRequired);
    }

    /// <summary>The first value past the region table (read from it, so a region added as data moves it), and two far off.</summary>
    public static TheoryData<BodyRegion> UndefinedRegions => new((BodyRegion)ClinicalData.Regions.Regions.Count, (BodyRegion)99, (BodyRegion)(-1));

    [Theory]
    [MemberData(nameof(UndefinedRegions))]
    public void An_undefined_region_value_is_UnknownRegion(BodyRegion region)
    {
        var presentation = new Presentation { Regions = [Region("neck"), new AffectedRegion(region)] };

        ShouldReportOnly(presentation, "regions[1].region", ErrorCodes.UnknownRegion);
    }

    [Theory]
    [InlineData(BodyRegion.UpperLimb, (BodySide)4)]
    [InlineData(BodyRegion.UpperFace, (BodySide)99)]
    [InlineData(BodyRegion.Neck, (BodySide)(-1))]
    public void An_undefined_side_value_is_UnknownSide(BodyRegion region, BodySide side)
    {
        var presentation = new Presentation { Regions = [new AffectedRegion(region, side)] };

        ShouldReportOnly(presentation, "regions[0].side", ErrorCodes.UnknownSide);
    }

    [Theory]
    [InlineData("upperLimb")]
    [InlineData("lowerLimb")]
    public void A_limb_without_a_side_is_LimbSideRequired(string limb)
    {
        ShouldReportOnly(Regions("neck", limb), "regions[1].side", ErrorCodes.LimbSideRequired);
    }

    [Theory]
    [InlineData("neck:left")]
    [InlineData("neck:right")]
    [InlineData("neck:both")]
    [InlineData("trunk:left")]
    [InlineData("trunk:right")]
    [InlineData("trunk:both")]
    public void A_side_on_the_neck_or_trunk_is_SideNotApplicable(string region)
    {
        ShouldReportOnly(Regions("upperFace", region), "regions[1].side", ErrorCodes.SideNotApplicable);
    }

    [Theory]
    [InlineData("regions[1]", "neck", "neck")]
    [InlineData("regions[1]", "lowerLimb:right", "lowerLimb:right")]
    [InlineData("regions[1]", "upperLimb:both", "upperLimb:left")]
    [InlineData("regions[1]", "upperLimb:left", "upperLimb:both")]
    [InlineData("regions[1]", "upperFace:left", "upperFace:left")]
    [InlineData("regions[1]", "upperFace", "upperFace:right")]
    [InlineData("regions[1]", "upperFace:both", "upperFace:left")]
    [InlineData("regions[1]", "upperFace:right", "upperFace:both")]
    [InlineData("regions[2]", "upperFace:left", "upperFace:right", "upperFace:right")]
    [InlineData("regions[2]", "jawAndTongue:right", "jawAndTongue:left", "jawAndTongue")]
    [InlineData("regions[1]", "larynx", "larynx:both")]
    [InlineData("regions[2]", "trunk", "upperLimb:right", "trunk")]
    public void A_region_listed_twice_is_DuplicateRegion_at_the_second_listing(string field, params string[] regions)
    {
        ShouldReportOnly(Regions(regions), field, ErrorCodes.DuplicateRegion);
    }

    [Theory]
    [InlineData("upperLimb:left", "upperLimb:right")]
    [InlineData("lowerLimb:left", "lowerLimb:right")]
    public void The_left_and_right_limb_are_different_regions(string first, string second)
    {
        PresentationValidator.Instance.ValidateToErrors(Regions(first, second)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("upperFace:left", "upperFace:right")]
    [InlineData("lowerFace:right", "lowerFace:left")]
    [InlineData("upperFace:left", "lowerFace:left", "upperFace:right")]
    [InlineData("larynx:left", "neck", "larynx:right")]
    public void A_cranial_region_listed_once_on_each_side_is_valid(params string[] regions)
    {
        PresentationValidator.Instance.ValidateToErrors(Regions(regions)).Should().BeEmpty();
        Classifier.Classify(Regions(regions)).IsClassified.Should().BeTrue();
    }

    [Fact]
    public void An_invalid_first_listing_does_not_make_the_second_a_duplicate()
    {
        // The neck with a side is rejected for its side; the later plain neck is then the only valid listing.
        ShouldReportOnly(Regions("neck:left", "neck"), "regions[0].side", ErrorCodes.SideNotApplicable);
    }

    // ---------------------------------------------------------------------------------------------------------
    // onsetRegion
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("upperFace", "neck")]
    [InlineData("upperLimb:left", "upperLimb:right")]
    [InlineData("upperLimb:left", "upperLimb:both")]
    [InlineData("lowerLimb:right", "upperLimb:right")]
    [InlineData("upperFace:left", "upperFace:right")]
    [InlineData("jawAndTongue:right", "jawAndTongue:left")]
    [InlineData("upperFace:right,lowerFace:left", "upperFace:left")]
    [InlineData("upperLimb:right,upperFace:left,upperFace:right", "upperLimb:left")]
    public void An_onset_region_that_is_not_affected_is_OnsetRegionNotAffected(string affected, string onset)
    {
        var presentation = new Presentation { Regions = affected.Split(',').Select(Region).ToArray(), OnsetRegion = Region(onset) };

        ShouldReportOnly(presentation, "onsetRegion", ErrorCodes.OnsetRegionNotAffected);
    }

    [Theory]
    [InlineData("upperLimb:both", "upperLimb:left")]
    [InlineData("upperLimb:both", "upperLimb:both")]
    [InlineData("upperFace", "upperFace:right")]
    [InlineData("upperFace:both", "upperFace:left")]
    [InlineData("upperFace:left", "upperFace")]
    [InlineData("neck", "neck")]
    [InlineData("lowerLimb:both,neck", "lowerLimb:right")]
    [InlineData("upperFace:left,upperFace:right", "upperFace:left")]
    [InlineData("upperFace:left,upperFace:right", "upperFace:right")]
    [InlineData("upperFace:right,upperFace:left", "upperFace")]
    [InlineData("larynx:right,larynx:left", "larynx:both")]
    public void An_onset_region_among_the_affected_regions_is_valid(string affected, string onset)
    {
        var presentation = new Presentation { Regions = affected.Split(',').Select(Region).ToArray(), OnsetRegion = Region(onset) };

        PresentationValidator.Instance.ValidateToErrors(presentation).Should().BeEmpty();
        Classifier.Classify(presentation).IsClassified.Should().BeTrue();
    }

    [Theory]
    [InlineData("upperLimb", "regions[0].side", ErrorCodes.LimbSideRequired)]
    [InlineData("trunk:left", "regions[0].side", ErrorCodes.SideNotApplicable)]
    public void An_onset_region_that_is_a_broken_listing_is_reported_once_at_its_index(string region, string field, string code)
    {
        // The JSON contract marks the onset on a listing; the same problem must not come back on onsetRegion.
        var presentation = new Presentation { Regions = [Region("neck"), Region(region)], OnsetRegion = Region(region) };

        ShouldReportOnly(presentation, field.Replace("[0]", "[1]", StringComparison.Ordinal), code);
    }

    [Fact]
    public void An_onset_region_with_an_undefined_region_is_UnknownRegion_on_the_onset_field()
    {
        var presentation = new Presentation { Regions = [Region("neck")], OnsetRegion = new AffectedRegion((BodyRegion)99) };

        ShouldReportOnly(presentation, "onsetRegion.region", ErrorCodes.UnknownRegion);
    }

    [Fact]
    public void An_onset_region_with_an_undefined_side_is_UnknownSide_on_the_onset_field()
    {
        var presentation = new Presentation { Regions = [Region("neck")], OnsetRegion = new AffectedRegion(BodyRegion.Neck, (BodySide)9) };

        ShouldReportOnly(presentation, "onsetRegion.side", ErrorCodes.UnknownSide);
    }

    [Fact]
    public void An_onset_limb_without_a_side_is_LimbSideRequired_on_the_onset_field()
    {
        var presentation = new Presentation { Regions = [Region("upperLimb:left")], OnsetRegion = Region("upperLimb") };

        ShouldReportOnly(presentation, "onsetRegion.side", ErrorCodes.LimbSideRequired);
    }

    [Fact]
    public void An_onset_neck_with_a_side_is_SideNotApplicable_on_the_onset_field()
    {
        var presentation = new Presentation { Regions = [Region("neck")], OnsetRegion = Region("neck:left") };

        ShouldReportOnly(presentation, "onsetRegion.side", ErrorCodes.SideNotApplicable);
    }

    // ---------------------------------------------------------------------------------------------------------
    // ageAtOnset
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-0.001)]
    [InlineData(120.5)]
    [InlineData(150.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.MaxValue)]
    public void An_age_outside_0_to_120_or_not_a_number_is_AgeOutOfRange(double age)
    {
        var presentation = new Presentation { Regions = [Region("neck")], AgeAtOnset = age };

        ShouldReportOnly(presentation, "ageAtOnset", ErrorCodes.AgeOutOfRange);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(40.0)]
    [InlineData(119.99)]
    [InlineData(120.0)]
    public void Ages_from_0_to_120_inclusive_are_valid(double age)
    {
        PresentationValidator.Instance.ValidateToErrors(new Presentation { Regions = [Region("neck")], AgeAtOnset = age }).Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // course, variability, associated features
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData((Course)3)]
    [InlineData((Course)(-1))]
    public void An_undefined_course_is_UnknownCourse(Course course)
    {
        ShouldReportOnly(new Presentation { Regions = [Region("neck")], Course = course }, "course", ErrorCodes.UnknownCourse);
    }

    [Theory]
    [InlineData((Variability)16)]
    [InlineData((Variability)64)]
    [InlineData((Variability)(1 | 64))]
    [InlineData((Variability)(-1))]
    public void An_undefined_variability_is_UnknownVariability(Variability variability)
    {
        ShouldReportOnly(new Presentation { Regions = [Region("neck")], Variability = variability }, "variability", ErrorCodes.UnknownVariability);
    }

    [Theory]
    [InlineData((MovementDisorders)128)]
    [InlineData((MovementDisorders)(2 | 1024))]
    public void An_undefined_movement_disorder_is_UnknownMovementDisorder(MovementDisorders disorders)
    {
        var presentation = new Presentation
        {
            Regions = [Region("neck")],
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = disorders },
        };

        ShouldReportOnly(presentation, "associatedFeatures.movementDisorders", ErrorCodes.UnknownMovementDisorder);
    }

    [Theory]
    [InlineData((NeurologicalFeatures)1024)]
    [InlineData((NeurologicalFeatures)(-1))]
    public void An_undefined_neurological_feature_is_UnknownNeurologicalFeature(NeurologicalFeatures features)
    {
        var presentation = new Presentation
        {
            Regions = [Region("neck")],
            AssociatedFeatures = new AssociatedFeatures { Neurological = features },
        };

        ShouldReportOnly(presentation, "associatedFeatures.neurological", ErrorCodes.UnknownNeurologicalFeature);
    }

    [Theory]
    [InlineData((SystemicFeatures)8)] // a gap between kayserFleischerRings and other
    [InlineData((SystemicFeatures)64)]
    [InlineData((SystemicFeatures)256)]
    public void An_undefined_systemic_feature_is_UnknownSystemicFeature(SystemicFeatures features)
    {
        var presentation = new Presentation
        {
            Regions = [Region("neck")],
            AssociatedFeatures = new AssociatedFeatures { Systemic = features },
        };

        ShouldReportOnly(presentation, "associatedFeatures.systemic", ErrorCodes.UnknownSystemicFeature);
    }

    // ---------------------------------------------------------------------------------------------------------
    // etiology
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData((NervousSystemPathology)4)]
    [InlineData((NervousSystemPathology)(-1))]
    public void An_undefined_pathology_is_UnknownPathology(NervousSystemPathology pathology)
    {
        var presentation = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { Pathology = pathology } };

        ShouldReportOnly(presentation, "etiology.nervousSystemPathology", ErrorCodes.UnknownPathology);
    }

    [Theory]
    [InlineData((AcquiredCauses)1024)]
    [InlineData((AcquiredCauses)4096)]
    [InlineData((AcquiredCauses)(16 | 4096))]
    public void An_undefined_acquired_cause_is_UnknownAcquiredCause(AcquiredCauses causes)
    {
        var presentation = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { AcquiredCauses = causes } };

        ShouldReportOnly(presentation, "etiology.acquiredCauses", ErrorCodes.UnknownAcquiredCause);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1ABC")]
    [InlineData("TOR 1A")]
    [InlineData("-TOR1A")]
    [InlineData("TOR1A!")]
    [InlineData("TÖR1A")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")] // 21 characters
    public void A_gene_not_in_HGNC_symbol_form_is_InvalidGeneSymbol(string gene)
    {
        var presentation = new Presentation
        {
            Regions = [Region("neck")],
            Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding(gene, Inheritance.AutosomalDominant) },
        };

        ShouldReportOnly(presentation, "etiology.geneticFinding.gene", ErrorCodes.InvalidGeneSymbol);
    }

    [Theory]
    [InlineData("TOR1A")]
    [InlineData("C19orf12")]
    [InlineData("HLA-DRB1")]
    [InlineData("ABCDEFGHIJKLMNOPQRST")] // 20 characters
    public void A_gene_in_HGNC_symbol_form_is_valid(string gene)
    {
        var presentation = new Presentation
        {
            Regions = [Region("neck")],
            Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding(gene) },
        };

        PresentationValidator.Instance.ValidateToErrors(presentation).Should().BeEmpty();
    }

    [Theory]
    [InlineData((Inheritance)0)]
    [InlineData((Inheritance)5)]
    [InlineData((Inheritance)(-1))]
    public void An_undefined_inheritance_is_UnknownInheritance(Inheritance inheritance)
    {
        var presentation = new Presentation
        {
            Regions = [Region("neck")],
            Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("TOR1A", inheritance) },
        };

        ShouldReportOnly(presentation, "etiology.geneticFinding.inheritance", ErrorCodes.UnknownInheritance);
    }

    [Theory]
    [InlineData((FamilyHistory)3)]
    [InlineData((FamilyHistory)(-1))]
    public void An_undefined_family_history_is_UnknownFamilyHistory(FamilyHistory history)
    {
        var presentation = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { FamilyHistory = history } };

        ShouldReportOnly(presentation, "etiology.familyHistory", ErrorCodes.UnknownFamilyHistory);
    }

    // ---------------------------------------------------------------------------------------------------------
    // id
    // ---------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    [InlineData(5000)]
    public void An_empty_or_overlong_id_is_InvalidId(int length)
    {
        ShouldReportOnly(new Presentation { Id = new string('x', length), Regions = [Region("neck")] }, "id", ErrorCodes.InvalidId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(200)]
    public void A_missing_id_or_one_of_1_to_200_characters_is_valid(int? length)
    {
        var presentation = new Presentation { Id = length is { } n ? new string('x', n) : null, Regions = [Region("neck")] };

        PresentationValidator.Instance.ValidateToErrors(presentation).Should().BeEmpty();
        Classifier.Classify(presentation).PresentationId.Should().Be(presentation.Id);
    }

    // ---------------------------------------------------------------------------------------------------------
    // whole presentations
    // ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_thin_presentation_with_only_regions_has_no_errors_and_is_classified()
    {
        var presentation = Regions("upperFace");

        PresentationValidator.Instance.ValidateToErrors(presentation).Should().BeEmpty();
        var result = Classifier.Classify(presentation);
        result.Status.Should().Be(ClassificationStatus.Classified);
        result.Errors.Should().BeEmpty();
        Classifier.TryClassifyLabels(presentation, out var labels).Should().BeTrue();
        labels.Should().Be(result.Labels);
    }

    [Fact]
    public void Several_errors_at_once_are_all_reported()
    {
        var presentation = new Presentation
        {
            Id = string.Empty,
            Regions =
            [
                Region("upperLimb"), // 0: limb without side
                Region("neck:left"), // 1: side on the neck
                new AffectedRegion((BodyRegion)99), // 2: unknown region
                Region("neck"), // 3: valid (1 was rejected)
                Region("neck"), // 4: duplicate of 3
                new AffectedRegion(BodyRegion.LowerLimb, (BodySide)5), // 5: unknown side
            ],
            OnsetRegion = Region("larynx"),
            AgeAtOnset = -1,
            Course = (Course)7,
            Variability = (Variability)64,
            AssociatedFeatures = new AssociatedFeatures
            {
                MovementDisorders = (MovementDisorders)128,
                Neurological = (NeurologicalFeatures)1024,
                Systemic = (SystemicFeatures)8,
            },
            DiagnosticClues = (DiagnosticClues)32,
            Etiology = new EtiologyFindings
            {
                Pathology = (NervousSystemPathology)9,
                AcquiredCauses = (AcquiredCauses)4096,
                FamilyHistory = (FamilyHistory)3,
                GeneticFinding = new GeneticFinding("TOR 1A", (Inheritance)0),
            },
        };

        (string Field, string Code)[] expected =
        [
            ("id", ErrorCodes.InvalidId),
            ("regions[0].side", ErrorCodes.LimbSideRequired),
            ("regions[1].side", ErrorCodes.SideNotApplicable),
            ("regions[2].region", ErrorCodes.UnknownRegion),
            ("regions[4]", ErrorCodes.DuplicateRegion),
            ("regions[5].side", ErrorCodes.UnknownSide),
            ("onsetRegion", ErrorCodes.OnsetRegionNotAffected),
            ("ageAtOnset", ErrorCodes.AgeOutOfRange),
            ("course", ErrorCodes.UnknownCourse),
            ("variability", ErrorCodes.UnknownVariability),
            ("associatedFeatures.movementDisorders", ErrorCodes.UnknownMovementDisorder),
            ("associatedFeatures.neurological", ErrorCodes.UnknownNeurologicalFeature),
            ("associatedFeatures.systemic", ErrorCodes.UnknownSystemicFeature),
            ("diagnosticClues", ErrorCodes.UnknownDiagnosticClue),
            ("etiology.nervousSystemPathology", ErrorCodes.UnknownPathology),
            ("etiology.acquiredCauses", ErrorCodes.UnknownAcquiredCause),
            ("etiology.familyHistory", ErrorCodes.UnknownFamilyHistory),
            ("etiology.geneticFinding.gene", ErrorCodes.InvalidGeneSymbol),
            ("etiology.geneticFinding.inheritance", ErrorCodes.UnknownInheritance),
        ];

        var errors = PresentationValidator.Instance.ValidateToErrors(presentation);
        errors.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo(expected);

        var result = Classifier.Classify(presentation);
        result.Status.Should().Be(ClassificationStatus.Invalid);
        result.Errors.Select(e => (e.Field, e.Code)).Should().Equal(errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Every_code_the_validator_can_produce_is_covered_here()
    {
        // Guards against a new code added to ErrorCodes without a test: the serialization-only codes belong to
        // the serialization layer.
        var validatorCodes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Except(SerializationOnlyCodes)
            .ToArray();

        OneSamplePerCode.Keys.Should().BeEquivalentTo(validatorCodes);
        foreach (var (code, presentation) in OneSamplePerCode)
        {
            PresentationValidator.Instance.ValidateToErrors(presentation).Select(e => e.Code).Should().Equal(new[] { code }, "the sample for {0} should produce exactly that code", code);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // messages
    // ---------------------------------------------------------------------------------------------------------

    [Fact]
    public void The_age_message_does_not_repeat_the_age()
    {
        var presentation = new Presentation { Regions = [Region("neck")], AgeAtOnset = 150 };

        var error = PresentationValidator.Instance.ValidateToErrors(presentation).Should().ContainSingle().Which;
        error.Message.Should().NotContain("150");
        error.ToString().Should().NotContain("150");
    }

    [Fact]
    public void The_id_never_appears_in_any_message_but_is_copied_to_the_result()
    {
        const string secret = "PATIENT-SECRET";
        var presentation = new Presentation
        {
            Id = secret,
            Regions = [Region("upperLimb"), Region("neck:right")],
            OnsetRegion = Region("trunk"),
            AgeAtOnset = 150,
            Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("PATIENT SECRET") },
        };

        var result = Classifier.Classify(presentation);

        result.Status.Should().Be(ClassificationStatus.Invalid);
        result.PresentationId.Should().Be(secret);
        result.Errors.Should().HaveCountGreaterThan(3);
        foreach (var error in result.Errors)
        {
            error.Message.Should().NotContainAny(secret, "PATIENT", "SECRET", "150");
            error.ToString().Should().NotContainAny(secret, "PATIENT", "SECRET", "150");
        }
    }

    [Fact]
    public void An_overlong_id_is_not_repeated_in_its_message()
    {
        var id = string.Concat(Enumerable.Repeat("PATIENT-SECRET", 15)); // 210 characters
        var error = PresentationValidator.Instance.ValidateToErrors(new Presentation { Id = id, Regions = [Region("neck")] }).Should().ContainSingle().Which;

        error.Code.Should().Be(ErrorCodes.InvalidId);
        error.Message.Should().NotContain("PATIENT-SECRET");
    }

    [Fact]
    public void No_sample_message_repeats_its_offending_value_and_every_message_is_a_sentence()
    {
        foreach (var (code, presentation) in OneSamplePerCode)
        {
            foreach (var error in PresentationValidator.Instance.ValidateToErrors(presentation))
            {
                error.Message.Should().NotBeNullOrWhiteSpace();
                error.Message.Should().EndWith(".", "the message for {0} should be a sentence", code);
                error.Message.Should().NotContainAny(SampleOffendingValues, "the message for {0} must not echo the value", code);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /// <summary>The distinctive offending values used in <see cref="OneSamplePerCode"/>.</summary>
    private static readonly string[] SampleOffendingValues = ["99", "4096", "SECRETGENE", "-1", "150", "201"];

    /// <summary>One presentation per validator code, producing that code alone; offending values are distinctive.</summary>
    private static readonly Dictionary<string, Presentation> OneSamplePerCode = new()
    {
        [ErrorCodes.RegionsRequired] = new Presentation(),
        [ErrorCodes.UnknownRegion] = new Presentation { Regions = [new AffectedRegion((BodyRegion)99)] },
        [ErrorCodes.UnknownSide] = new Presentation { Regions = [new AffectedRegion(BodyRegion.UpperLimb, (BodySide)99)] },
        [ErrorCodes.LimbSideRequired] = Regions("upperLimb"),
        [ErrorCodes.SideNotApplicable] = Regions("trunk:left"),
        [ErrorCodes.DuplicateRegion] = Regions("upperFace:left", "upperFace:left"),
        [ErrorCodes.OnsetRegionNotAffected] = new Presentation { Regions = [Region("upperFace:left")], OnsetRegion = Region("upperFace:right") },
        [ErrorCodes.AgeOutOfRange] = new Presentation { Regions = [Region("neck")], AgeAtOnset = 150 },
        [ErrorCodes.UnknownCourse] = new Presentation { Regions = [Region("neck")], Course = (Course)99 },
        [ErrorCodes.UnknownVariability] = new Presentation { Regions = [Region("neck")], Variability = (Variability)4096 },
        [ErrorCodes.UnknownMovementDisorder] = new Presentation { Regions = [Region("neck")], AssociatedFeatures = new AssociatedFeatures { MovementDisorders = (MovementDisorders)4096 } },
        [ErrorCodes.UnknownNeurologicalFeature] = new Presentation { Regions = [Region("neck")], AssociatedFeatures = new AssociatedFeatures { Neurological = (NeurologicalFeatures)4096 } },
        [ErrorCodes.UnknownSystemicFeature] = new Presentation { Regions = [Region("neck")], AssociatedFeatures = new AssociatedFeatures { Systemic = (SystemicFeatures)4096 } },
        [ErrorCodes.UnknownDiagnosticClue] = new Presentation { Regions = [Region("neck")], DiagnosticClues = (DiagnosticClues)4096 },
        [ErrorCodes.UnknownPathology] = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { Pathology = (NervousSystemPathology)99 } },
        [ErrorCodes.UnknownAcquiredCause] = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { AcquiredCauses = (AcquiredCauses)4096 } },
        [ErrorCodes.InvalidGeneSymbol] = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("SECRETGENE 1") } },
        [ErrorCodes.UnknownInheritance] = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("TOR1A", (Inheritance)99) } },
        [ErrorCodes.UnknownZygosity] = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("ATP7B") { Classification = VariantClassification.Pathogenic, Zygosity = (Zygosity)0 } } },
        [ErrorCodes.UnknownVariantClassification] = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("TOR1A") { Classification = (VariantClassification)99 } } },
        [ErrorCodes.UnknownFamilyHistory] = new Presentation { Regions = [Region("neck")], Etiology = new EtiologyFindings { FamilyHistory = (FamilyHistory)(-1) } },
        [ErrorCodes.InvalidId] = new Presentation { Id = new string('9', 201), Regions = [Region("neck")] },
    };

    /// <summary>
    /// Asserts that the presentation has exactly one problem, with the field and code, through the validator and
    /// through the classifier (invalid status, no labels, no reasoning, label-only classification refused).
    /// </summary>
    private static void ShouldReportOnly(Presentation presentation, string field, string code)
    {
        var errors = PresentationValidator.Instance.ValidateToErrors(presentation);
        errors.Select(e => (e.Field, e.Code)).Should().Equal(new[] { (field, code) });
        errors[0].Message.Should().NotBeNullOrWhiteSpace();

        var result = Classifier.Classify(presentation);
        result.Status.Should().Be(ClassificationStatus.Invalid);
        result.IsClassified.Should().BeFalse();
        result.Errors.Select(e => (e.Field, e.Code, e.Message)).Should().Equal(new[] { (field, code, errors[0].Message) });
        result.Invoking(r => r.Labels).Should().Throw<InvalidOperationException>();
        result.Reasoning.Should().BeEmpty();
        result.SuggestedWorkup.Should().BeEmpty();
        result.MissingFindings.Should().BeEmpty();
        result.DecisionFor(ClassificationAxis.Distribution).Should().BeNull();

        Classifier.TryClassifyLabels(presentation, out var labels).Should().BeFalse();
        labels.Should().Be(default(ClassificationLabels));
    }
}
