using Dystonia.Classification.Reasoning;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Rules;

/// <summary>Course, variability and isolated versus combined.</summary>
public sealed class ClinicalFeatureRulesTests
{
    [Theory]
    [InlineData(MovementDisorders.Parkinsonism)]
    [InlineData(MovementDisorders.Myoclonus)]
    [InlineData(MovementDisorders.Chorea)]
    [InlineData(MovementDisorders.Athetosis)]
    [InlineData(MovementDisorders.Ataxia)]
    public void Any_movement_disorder_other_than_tremor_makes_dystonia_combined(MovementDisorders disorder)
    {
        var result = Classify(new Presentation { Regions = [BodyRegion.Neck], AssociatedFeatures = new AssociatedFeatures { MovementDisorders = disorder | MovementDisorders.Tremor } });

        result.Labels.IsolatedOrCombined.Should().Be(IsolatedOrCombined.Combined);
        result.DecisionFor(ClassificationAxis.AssociatedFeatures)!.RuleId.Should().Be("ASSOC-COMBINED");
    }

    [Fact]
    public void Spasticity_is_read_as_a_pyramidal_sign_not_as_a_movement_disorder_that_combines()
    {
        var spasticity = Classify(new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = 45, AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Spasticity } });
        var pyramidal = Classify(new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = 45, AssociatedFeatures = new AssociatedFeatures { Neurological = NeurologicalFeatures.PyramidalSigns } });

        spasticity.Labels.Should().Be(pyramidal.Labels);
        spasticity.Labels.IsolatedOrCombined.Should().Be(IsolatedOrCombined.Isolated);
        spasticity.Labels.Etiology.Should().Be(Etiology.Undetermined, "a neurological sign is a red flag whichever list it was recorded in");
        spasticity.SuggestedWorkup.Select(w => w.RuleId).Should().Equal(pyramidal.SuggestedWorkup.Select(w => w.RuleId));
        spasticity.Step("ASSOC-OTHER-FEATURES").Text.Should().StartWith("Other features were found (spasticity)");
    }

    [Fact]
    public void No_other_movement_disorder_is_isolated()
    {
        var result = Classify(new Presentation { Regions = [BodyRegion.Neck], AssociatedFeatures = AssociatedFeatures.None });

        result.Labels.IsolatedOrCombined.Should().Be(IsolatedOrCombined.Isolated);
        result.DecisionFor(ClassificationAxis.AssociatedFeatures)!.Text.Should().StartWith("No movement disorder other than dystonia was found");
    }

    [Fact]
    public void Combined_text_names_the_disorders()
    {
        var result = Classify(new Presentation
        {
            Regions = [BodyRegion.Neck],
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Parkinsonism | MovementDisorders.Tremor },
        });

        result.DecisionFor(ClassificationAxis.AssociatedFeatures)!.Text.Should().StartWith("Tremor and parkinsonism found alongside dystonia");
    }

    [Fact]
    public void Unrecorded_associated_features_leave_isolated_or_combined_undecided()
    {
        var result = Classify("neck");

        result.Labels.IsolatedOrCombined.Should().BeNull();
        result.MissingFindings.Should().Contain(m => m.Field == "associatedFeatures");
    }

    [Fact]
    public void Other_features_are_noted_as_red_flags()
    {
        var result = Classify(new Presentation
        {
            Regions = [BodyRegion.Neck],
            AssociatedFeatures = new AssociatedFeatures { Neurological = NeurologicalFeatures.Seizures, Systemic = SystemicFeatures.LiverDisease },
        });

        result.Step("ASSOC-OTHER-FEATURES").Text.Should().StartWith("Other features were found (seizures and liver disease)");
    }

    [Fact]
    public void Course_and_variability_are_reported_as_recorded()
    {
        var result = Classify(new Presentation { Regions = [BodyRegion.Neck], Course = Course.Progressive, Variability = Variability.ActionSpecific | Variability.Diurnal });

        result.Labels.Course.Should().Be(Course.Progressive);
        result.Labels.Variability.Should().Be(Variability.ActionSpecific | Variability.Diurnal);
        result.DecisionFor(ClassificationAxis.Course)!.Text.Should().Be("The course is recorded as progressive.");
        result.DecisionFor(ClassificationAxis.Variability)!.Text.Should().Be("Variability is recorded as action-specific and diurnal.");
        result.MissingFindings.Should().NotContain(m => m.Field == "course" || m.Field == "variability");
    }

    [Fact]
    public void Unrecorded_course_and_variability_are_listed_as_missing()
    {
        var result = Classify("neck");

        result.DecisionFor(ClassificationAxis.Course)!.RuleId.Should().Be("COURSE-NOT-RECORDED");
        result.DecisionFor(ClassificationAxis.Variability)!.RuleId.Should().Be("VARIABILITY-NOT-RECORDED");
        result.MissingFindings.Select(m => m.Field).Should().Contain(["course", "variability"]);
    }
}
