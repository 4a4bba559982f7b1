using Dystonia.Classification.Reasoning;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Reasoning;

/// <summary>Every result explains itself: each label has a deciding step, and every text is a finished sentence.</summary>
public sealed class ReasoningTests
{
    private static readonly Presentation Rich = new()
    {
        Id = "p-017",
        Regions = [BodyRegion.Neck, new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left)],
        OnsetRegion = new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left),
        AgeAtOnset = 34,
        Course = Course.Progressive,
        Variability = Variability.ActionSpecific,
        AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Tremor },
        Etiology = new EtiologyFindings
        {
            Pathology = NervousSystemPathology.None,
            GeneticFinding = new GeneticFinding("THAP1") { Classification = VariantClassification.Pathogenic },
            FamilyHistory = FamilyHistory.Positive,
        },
    };

    [Theory]
    [InlineData(ClassificationAxis.Distribution)]
    [InlineData(ClassificationAxis.AgeAtOnset)]
    [InlineData(ClassificationAxis.Course)]
    [InlineData(ClassificationAxis.Variability)]
    [InlineData(ClassificationAxis.AssociatedFeatures)]
    [InlineData(ClassificationAxis.NervousSystemPathology)]
    [InlineData(ClassificationAxis.Heritability)]
    [InlineData(ClassificationAxis.Etiology)]
    [InlineData(ClassificationAxis.LegacyCategory)]
    public void Every_axis_has_exactly_one_deciding_step_even_for_thin_input(ClassificationAxis axis)
    {
        foreach (var result in new[] { Classify(Rich), Classify("neck") })
        {
            result.Reasoning.Count(s => s.Axis == axis && s.Outcome == RuleOutcome.Applied).Should().Be(1);
        }
    }

    [Fact]
    public void Every_text_is_rendered_without_placeholders_and_starts_with_a_capital()
    {
        var results = new[]
        {
            Classify(Rich),
            Classify("neck"),
            Classify("trunk", "neck", "upperLimb:left"),
            Classify("lowerFace", "upperLimb:left", "lowerLimb:left"),
            Classify("upperFace", "lowerFace", "jawAndTongue"),
        };

        foreach (var text in results.SelectMany(r => r.Reasoning.Select(s => s.Text).Concat(r.SuggestedWorkup.Select(w => w.Text)).Concat(r.MissingFindings.Select(m => m.Text))))
        {
            text.Should().NotContain("{").And.NotContain("}");
            char.IsUpper(text[0]).Should().BeTrue(text);
            text.Should().EndWith(".");
        }
    }

    [Fact]
    public void Conclusions_are_the_wire_values_of_the_labels()
    {
        var result = Classify(Rich);

        result.DecisionFor(ClassificationAxis.Distribution)!.Conclusion.Should().Be("segmental");
        result.DecisionFor(ClassificationAxis.AgeAtOnset)!.Conclusion.Should().Be("earlyAdulthood");
        result.DecisionFor(ClassificationAxis.AssociatedFeatures)!.Conclusion.Should().Be("isolated");
        result.DecisionFor(ClassificationAxis.Heritability)!.Conclusion.Should().Be("inherited");
        result.DecisionFor(ClassificationAxis.Etiology)!.Conclusion.Should().Be("primary");
        result.DecisionFor(ClassificationAxis.LegacyCategory)!.Conclusion.Should().Be("primary");
    }

    [Fact]
    public void Evidence_names_the_findings_used_in_wire_form()
    {
        var result = Classify(Rich);

        result.DecisionFor(ClassificationAxis.Distribution)!.Evidence.Select(f => f.ToString()).Should().Equal("regions=neck", "regions=upperLimb:left");
        result.DecisionFor(ClassificationAxis.AgeAtOnset)!.Evidence.Single().Should().Be(new Finding("ageAtOnset", "34"));
        result.DecisionFor(ClassificationAxis.Etiology)!.Evidence.Should().Contain(new Finding("etiology.geneticFinding.gene", "THAP1"));
    }

    [Fact]
    public void Every_step_cites_the_2013_consensus_or_another_source()
    {
        Classify(Rich).Reasoning.Should().OnlyContain(step => step.Sources.Count > 0 && step.Sources.All(s => s.Citation.Length > 20 && s.Url.StartsWith("http", StringComparison.Ordinal)));
    }

    [Fact]
    public void Result_states_the_rule_set_and_carries_the_id()
    {
        var result = Classify(Rich);

        result.RuleSet.ToString().Should().Be("Albanese2013 1.0.0");
        result.PresentationId.Should().Be("p-017");
    }

    [Fact]
    public void A_complete_presentation_lists_nothing_missing()
    {
        Classify(Rich).MissingFindings.Should().BeEmpty();
    }

    [Fact]
    public void Thin_input_classifies_and_lists_what_is_missing()
    {
        var result = Classify("neck");

        result.IsClassified.Should().BeTrue();
        result.MissingFindings.Select(m => m.Field).Should().Equal(
            "ageAtOnset", "course", "variability", "associatedFeatures", "etiology.nervousSystemPathology", "etiology.familyHistory");
        result.MissingFindings.Single(m => m.Field == "associatedFeatures").Affects.Should().Contain(ClassificationAxis.AssociatedFeatures);
    }
}
