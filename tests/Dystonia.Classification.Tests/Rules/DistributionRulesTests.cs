using Dystonia.Classification.Reasoning;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Rules;

/// <summary>The distribution steps in order: focal, generalized, hemidystonia, segmental, multifocal.</summary>
public sealed class DistributionRulesTests
{
    [Theory]
    [InlineData("upperFace")]
    [InlineData("lowerFace")]
    [InlineData("jawAndTongue")]
    [InlineData("larynx")]
    [InlineData("neck")]
    [InlineData("trunk")]
    [InlineData("upperLimb:left")]
    [InlineData("lowerLimb:right")]
    public void Any_single_region_is_focal(string region)
    {
        var result = Classify(region);

        result.Labels.Distribution.Should().Be(Distribution.Focal);
        result.DecisionFor(ClassificationAxis.Distribution)!.RuleId.Should().Be("DIST-FOCAL");
        result.Labels.LegInvolvement.Should().BeNull();
    }

    [Fact]
    public void A_limb_given_as_both_is_two_regions_so_bibrachial_dystonia_is_segmental()
    {
        var result = Classify("upperLimb:both");

        result.Labels.Distribution.Should().Be(Distribution.Segmental);
        result.DecisionFor(ClassificationAxis.Distribution)!.Evidence.Should().HaveCount(2);
    }

    [Fact]
    public void A_cranial_region_given_as_both_sides_is_one_bilateral_region()
    {
        DistributionOf("upperFace:both").Should().Be(Distribution.Focal);
    }

    [Theory]
    [InlineData(Distribution.Focal, "upperFace:left,upperFace:right")]
    [InlineData(Distribution.Focal, "larynx:right,larynx:left")]
    [InlineData(Distribution.Segmental, "upperFace:left,upperFace:right,lowerFace")]
    [InlineData(Distribution.Segmental, "upperFace:left,lowerFace:left")]
    [InlineData(Distribution.Segmental, "upperFace:left,upperFace:right,neck")]
    [InlineData(Distribution.Multifocal, "upperFace:left,upperFace:right,upperLimb:right")]
    [InlineData(Distribution.Hemidystonia, "upperFace:left,lowerFace:left,upperLimb:left,lowerLimb:left")]
    [InlineData(Distribution.Multifocal, "upperFace:left,upperFace:right,upperLimb:left,lowerLimb:left")]
    public void A_cranial_region_listed_on_each_side_counts_once_and_a_hemifacial_one_on_its_side(Distribution expected, string regions)
    {
        var result = Classify(regions.Split(','));

        result.Labels.Distribution.Should().Be(expected);
    }

    [Theory]
    [InlineData("upperFace:left,upperFace:right", "upperFace:both")]
    [InlineData("upperFace:right,upperFace:left,lowerFace", "upperFace,lowerFace")]
    [InlineData("jawAndTongue:left,jawAndTongue:right,upperLimb:left,lowerLimb:left", "jawAndTongue:both,upperLimb:left,lowerLimb:left")]
    public void A_cranial_region_listed_on_each_side_is_classified_and_explained_as_given_on_both_sides(string eachSide, string bothSides)
    {
        var asymmetric = Classify(eachSide.Split(','));
        var bilateral = Classify(bothSides.Split(','));

        asymmetric.Labels.Should().Be(bilateral.Labels);
        asymmetric.Reasoning.Select(s => s.RuleId + " " + s.Text).Should().Equal(bilateral.Reasoning.Select(s => s.RuleId + " " + s.Text));
    }

    [Fact]
    public void Trunk_plus_two_other_regions_is_generalized_and_the_reasoning_says_why()
    {
        var result = Classify("trunk", "neck", "upperLimb:left");

        result.Labels.Distribution.Should().Be(Distribution.Generalized);
        var step = result.DecisionFor(ClassificationAxis.Distribution)!;
        step.RuleId.Should().Be("DIST-GENERALIZED");
        step.Text.Should().Be("Neck, trunk and left upper limb are affected: the trunk plus 2 other regions meets the 2013 definition of generalized dystonia, without leg involvement.");
    }

    [Fact]
    public void Generalized_with_a_leg_reports_leg_involvement_and_no_pre2013_disagreement()
    {
        var result = Classify("trunk", "lowerLimb:left", "upperLimb:right");

        result.Labels.Distribution.Should().Be(Distribution.Generalized);
        result.Labels.LegInvolvement.Should().BeTrue();
        result.RuleIds(RuleOutcome.Note).Should().NotContain("DIST-GENERALIZED-PRE2013");
    }

    [Fact]
    public void Generalized_without_legs_notes_that_the_pre2013_definition_would_call_it_segmental()
    {
        var result = Classify("trunk", "neck", "upperLimb:right");

        result.Labels.LegInvolvement.Should().BeFalse();
        var note = result.Step("DIST-GENERALIZED-PRE2013");
        note.Outcome.Should().Be(RuleOutcome.Note);
        note.Conclusion.Should().Be("segmental");
        note.Text.Should().EndWith("under that scheme it would be segmental.");
    }

    [Fact]
    public void Generalized_without_legs_whose_regions_are_not_contiguous_would_have_been_multifocal()
    {
        var result = Classify("trunk", "upperFace", "larynx");

        result.Labels.Distribution.Should().Be(Distribution.Generalized);
        result.Step("DIST-GENERALIZED-PRE2013").Conclusion.Should().Be("multifocal");
    }

    [Fact]
    public void Both_legs_and_trunk_are_generalized_with_legs()
    {
        var result = Classify("trunk", "lowerLimb:both");

        result.Labels.Distribution.Should().Be(Distribution.Generalized);
        result.Labels.LegInvolvement.Should().BeTrue();
    }

    [Fact]
    public void Neck_plus_trunk_is_segmental_and_the_reasoning_says_why_not_generalized()
    {
        var result = Classify("neck", "trunk");

        result.Labels.Distribution.Should().Be(Distribution.Segmental);
        var notGeneralized = result.Step("DIST-GENERALIZED");
        notGeneralized.Outcome.Should().Be(RuleOutcome.NotApplied);
        notGeneralized.Conclusion.Should().Be("tooFewOtherRegions");
    }

    [Fact]
    public void Three_regions_without_the_trunk_explain_that_the_trunk_is_not_involved()
    {
        var result = Classify("upperFace", "lowerFace", "neck");

        result.Step("DIST-GENERALIZED").Conclusion.Should().Be("trunkNotInvolved");
    }

    [Fact]
    public void Two_regions_without_the_trunk_do_not_mention_generalized()
    {
        Classify("upperFace", "lowerFace").Reasoning.Should().NotContain(step => step.RuleId == "DIST-GENERALIZED");
    }

    [Fact]
    public void Not_applied_rules_are_left_out_when_the_option_says_so()
    {
        var result = Classify(Regions("neck", "trunk"), new ClassificationOptions { IncludeRulesNotApplied = false });

        result.RuleIds(RuleOutcome.NotApplied).Should().BeEmpty();
        result.Labels.Distribution.Should().Be(Distribution.Segmental);
    }

    [Theory]
    [InlineData("left")]
    [InlineData("right")]
    public void Ipsilateral_arm_and_leg_are_hemidystonia(string side)
    {
        var result = Classify("upperLimb:" + side, "lowerLimb:" + side);

        result.Labels.Distribution.Should().Be(Distribution.Hemidystonia);
        result.DecisionFor(ClassificationAxis.Distribution)!.Text.Should().Contain("on the patient's " + side + " side");
    }

    [Fact]
    public void Ipsilateral_face_arm_and_leg_are_hemidystonia()
    {
        DistributionOf("lowerFace:left", "upperLimb:left", "lowerLimb:left").Should().Be(Distribution.Hemidystonia);
    }

    [Fact]
    public void A_face_without_a_side_is_midline_so_arm_and_leg_plus_face_are_not_hemidystonia()
    {
        var result = Classify("lowerFace", "upperLimb:left", "lowerLimb:left");

        result.Labels.Distribution.Should().Be(Distribution.Multifocal);
        var step = result.Step("DIST-HEMIDYSTONIA");
        step.Outcome.Should().Be(RuleOutcome.NotApplied);
        step.Conclusion.Should().Be("midlineRegion");
        step.Text.Should().Contain("(lower face)");
    }

    [Fact]
    public void Face_on_the_other_side_is_not_hemidystonia()
    {
        DistributionOf("upperFace:right", "upperLimb:left", "lowerLimb:left").Should().Be(Distribution.Multifocal);
    }

    [Fact]
    public void Neck_with_ipsilateral_arm_and_leg_is_not_hemidystonia()
    {
        var result = Classify("neck", "upperLimb:left", "lowerLimb:left");

        result.Labels.Distribution.Should().Be(Distribution.Multifocal);
        result.Step("DIST-HEMIDYSTONIA").Conclusion.Should().Be("midlineRegion");
    }

    [Fact]
    public void Same_side_face_and_arm_without_the_leg_is_not_hemidystonia_and_says_the_leg_is_missing()
    {
        var result = Classify("upperFace:left", "upperLimb:left");

        result.Labels.Distribution.Should().Be(Distribution.Multifocal);
        result.Step("DIST-HEMIDYSTONIA").Conclusion.Should().Be("lowerLimbMissing");
    }

    [Fact]
    public void Same_side_face_and_leg_without_the_arm_says_the_arm_is_missing()
    {
        Classify("upperFace:right", "lowerLimb:right").Step("DIST-HEMIDYSTONIA").Conclusion.Should().Be("upperLimbMissing");
    }

    [Fact]
    public void Requiring_the_face_for_hemidystonia_turns_arm_and_leg_into_multifocal()
    {
        var options = new ClassificationOptions { HemidystoniaRequiresFace = true };

        var withoutFace = Classify(Regions("upperLimb:left", "lowerLimb:left"), options);
        var withFace = Classify(Regions("upperFace:left", "upperLimb:left", "lowerLimb:left"), options);

        withoutFace.Labels.Distribution.Should().Be(Distribution.Multifocal);
        withoutFace.Step("DIST-HEMIDYSTONIA").Conclusion.Should().Be("faceRequired");
        withFace.Labels.Distribution.Should().Be(Distribution.Hemidystonia);
    }

    [Fact]
    public void Trunk_with_ipsilateral_arm_and_leg_is_generalized_because_generalized_is_checked_first()
    {
        DistributionOf("trunk", "upperLimb:left", "lowerLimb:left").Should().Be(Distribution.Generalized);
    }

    [Theory]
    [InlineData("upperFace", "lowerFace")]
    [InlineData("upperFace", "jawAndTongue")]
    [InlineData("jawAndTongue", "larynx")]
    [InlineData("larynx", "neck")]
    [InlineData("neck", "upperLimb:right")]
    [InlineData("neck", "trunk")]
    [InlineData("upperLimb:left", "trunk")]
    [InlineData("trunk", "lowerLimb:left")]
    [InlineData("lowerLimb:left", "lowerLimb:right")]
    [InlineData("upperLimb:left", "upperLimb:right")]
    public void Two_contiguous_regions_are_segmental(string first, string second)
    {
        var result = Classify(first, second);

        result.Labels.Distribution.Should().Be(Distribution.Segmental);
        result.DecisionFor(ClassificationAxis.Distribution)!.RuleId.Should().Be("DIST-SEGMENTAL");
    }

    [Theory]
    [InlineData("upperFace", "upperLimb:right")]
    [InlineData("neck", "lowerLimb:left")]
    [InlineData("upperLimb:right", "lowerLimb:left")]
    [InlineData("larynx", "lowerLimb:right")]
    [InlineData("jawAndTongue", "trunk")]
    public void Two_non_contiguous_regions_are_multifocal(string first, string second)
    {
        var result = Classify(first, second);

        result.Labels.Distribution.Should().Be(Distribution.Multifocal);
        result.DecisionFor(ClassificationAxis.Distribution)!.Text.Should().Contain("they form 2 separate groups");
    }

    [Fact]
    public void Regions_joined_through_a_third_region_are_one_contiguous_group()
    {
        // Upper face and arm are not contiguous, but both touch the neck.
        DistributionOf("upperFace", "neck", "upperLimb:left").Should().Be(Distribution.Segmental);
    }

    [Fact]
    public void Three_contiguous_regions_are_segmental_by_default_with_a_note_on_the_other_reading()
    {
        var result = Classify("upperFace", "jawAndTongue", "neck");

        result.Labels.Distribution.Should().Be(Distribution.Segmental);
        result.Step("DIST-SEGMENTAL-THREE-OR-MORE").Outcome.Should().Be(RuleOutcome.Note);
    }

    [Fact]
    public void Three_contiguous_regions_are_multifocal_when_the_option_says_so_but_two_stay_segmental()
    {
        var options = new ClassificationOptions { ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Multifocal };

        var three = Classify(Regions("upperFace", "jawAndTongue", "neck"), options);
        var two = Classify(Regions("upperFace", "jawAndTongue"), options);

        three.Labels.Distribution.Should().Be(Distribution.Multifocal);
        three.DecisionFor(ClassificationAxis.Distribution)!.RuleId.Should().Be("DIST-MULTIFOCAL-THREE-OR-MORE");
        two.Labels.Distribution.Should().Be(Distribution.Segmental);
    }

    [Fact]
    public void Blepharospasm_with_laryngeal_dystonia_is_segmental_in_the_cranial_segment_and_multifocal_in_the_anatomical_chain()
    {
        var chain = new ClassificationOptions { CranialContiguity = CranialContiguity.AnatomicalChain };

        DistributionOf("upperFace", "larynx").Should().Be(Distribution.Segmental);
        Classify(Regions("upperFace", "larynx"), chain).Labels.Distribution.Should().Be(Distribution.Multifocal);
        Classify(Regions("upperFace", "larynx", "neck"), chain).Labels.Distribution.Should().Be(Distribution.Segmental);
        Classify(Regions("upperFace", "lowerFace"), chain).Labels.Distribution.Should().Be(Distribution.Segmental);
    }

    [Fact]
    public void The_order_of_regions_does_not_change_the_result()
    {
        var forward = Classify("neck", "upperLimb:left", "lowerLimb:right");
        var backward = Classify("lowerLimb:right", "upperLimb:left", "neck");

        backward.Labels.Should().Be(forward.Labels);
        backward.Reasoning.Select(s => s.Text).Should().Equal(forward.Reasoning.Select(s => s.Text));
    }
}
