using Dystonia.Classification.Reasoning;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Rules;

/// <summary>Age bands in completed years: 0-2, 3-12, 13-20, 21-40, over 40.</summary>
public sealed class AgeAtOnsetRulesTests
{
    private static ClassificationResult AtAge(double age, ClassificationOptions? options = null) =>
        Classify(new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = age }, options);

    [Theory]
    [InlineData(0, AgeAtOnsetGroup.Infancy, "AGE-INFANCY")]
    [InlineData(2, AgeAtOnsetGroup.Infancy, "AGE-INFANCY")]
    [InlineData(2.99, AgeAtOnsetGroup.Infancy, "AGE-INFANCY")]
    [InlineData(3, AgeAtOnsetGroup.Childhood, "AGE-CHILDHOOD")]
    [InlineData(12, AgeAtOnsetGroup.Childhood, "AGE-CHILDHOOD")]
    [InlineData(12.9, AgeAtOnsetGroup.Childhood, "AGE-CHILDHOOD")]
    [InlineData(13, AgeAtOnsetGroup.Adolescence, "AGE-ADOLESCENCE")]
    [InlineData(20, AgeAtOnsetGroup.Adolescence, "AGE-ADOLESCENCE")]
    [InlineData(20.5, AgeAtOnsetGroup.Adolescence, "AGE-ADOLESCENCE")]
    [InlineData(21, AgeAtOnsetGroup.EarlyAdulthood, "AGE-EARLY-ADULTHOOD")]
    [InlineData(40, AgeAtOnsetGroup.EarlyAdulthood, "AGE-EARLY-ADULTHOOD")]
    [InlineData(40.99, AgeAtOnsetGroup.EarlyAdulthood, "AGE-EARLY-ADULTHOOD")]
    [InlineData(41, AgeAtOnsetGroup.LateAdulthood, "AGE-LATE-ADULTHOOD")]
    [InlineData(120, AgeAtOnsetGroup.LateAdulthood, "AGE-LATE-ADULTHOOD")]
    public void Each_band_edge_falls_in_the_consensus_band(double age, AgeAtOnsetGroup group, string ruleId)
    {
        var result = AtAge(age);

        result.Labels.AgeAtOnsetGroup.Should().Be(group);
        result.DecisionFor(ClassificationAxis.AgeAtOnset)!.RuleId.Should().Be(ruleId);
    }

    [Fact]
    public void Age_forty_can_be_counted_as_late_adulthood_by_option_and_the_reasoning_notes_the_disagreement()
    {
        var result = AtAge(40, new ClassificationOptions { CountAgeFortyAsLateAdulthood = true });

        result.Labels.AgeAtOnsetGroup.Should().Be(AgeAtOnsetGroup.LateAdulthood);
        result.Step("AGE-FORTY").Text.Should().Contain("places 40 in late adulthood");
        AtAge(39, new ClassificationOptions { CountAgeFortyAsLateAdulthood = true }).Labels.AgeAtOnsetGroup.Should().Be(AgeAtOnsetGroup.EarlyAdulthood);
    }

    [Fact]
    public void Age_forty_by_default_notes_that_sources_differ()
    {
        AtAge(40).Step("AGE-FORTY").Text.Should().Contain("places 40 in early adulthood");
        AtAge(41).Reasoning.Should().NotContain(s => s.RuleId == "AGE-FORTY");
    }

    [Fact]
    public void A_fractional_age_explains_completed_years()
    {
        var step = AtAge(2.5).Step("AGE-COMPLETED-YEARS");

        step.Conclusion.Should().Be("2");
        step.Text.Should().Be("The age bands are whole years, so onset at 2.5 years is counted as 2 completed years.");
        AtAge(3).Reasoning.Should().NotContain(s => s.RuleId == "AGE-COMPLETED-YEARS");
    }

    [Theory]
    [InlineData(2.999, "2.999", "AGE-INFANCY")]
    [InlineData(29.999, "29.999", "AGE-EARLY-ADULTHOOD")]
    [InlineData(12.345, "12.345", "AGE-CHILDHOOD")]
    [InlineData(-0.0, "0", "AGE-INFANCY")]
    public void The_age_is_shown_as_entered_not_rounded_into_another_band(double age, string shown, string ruleId)
    {
        var decision = AtAge(age).DecisionFor(ClassificationAxis.AgeAtOnset)!;

        decision.RuleId.Should().Be(ruleId);
        decision.Evidence.Should().Equal(new Finding("ageAtOnset", shown));
        decision.Text.Should().StartWith("Onset at " + shown + " years");
    }

    [Fact]
    public void No_age_leaves_the_group_empty_and_lists_age_as_missing()
    {
        var result = Classify("neck");

        result.Labels.AgeAtOnsetGroup.Should().BeNull();
        result.DecisionFor(ClassificationAxis.AgeAtOnset)!.RuleId.Should().Be("AGE-NOT-RECORDED");
        result.MissingFindings.Should().Contain(m => m.Field == "ageAtOnset");
    }
}
