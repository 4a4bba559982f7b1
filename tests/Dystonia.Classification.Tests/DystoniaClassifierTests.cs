using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Dystonia.Classification.Validation;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests;

/// <summary>The classifier's contract: explicit result states, no exceptions for bad input, no hidden inputs.</summary>
public sealed class DystoniaClassifierTests
{
    [Fact]
    public void An_invalid_presentation_gives_an_invalid_result_with_errors_not_an_exception()
    {
        var result = Classifier.Classify(new Presentation { Id = "r1", Regions = [BodyRegion.UpperLimb] });

        result.Status.Should().Be(ClassificationStatus.Invalid);
        result.PresentationId.Should().Be("r1");
        result.Errors.Should().ContainSingle(e => e.Field == "regions[0].side" && e.Code == ErrorCodes.LimbSideRequired);
        result.Reasoning.Should().BeEmpty();
        result.Invoking(r => r.Labels).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Labels_only_agree_with_the_full_result()
    {
        var presentations = new[]
        {
            Regions("neck"),
            Regions("trunk", "neck", "upperLimb:both"),
            Regions("upperLimb:right", "lowerLimb:right"),
            new Presentation { Regions = [BodyRegion.Larynx], AgeAtOnset = 40, Etiology = new EtiologyFindings { AcquiredCauses = AcquiredCauses.Drug } },
        };

        foreach (var presentation in presentations)
        {
            Classifier.TryClassifyLabels(presentation, out var labels).Should().BeTrue();
            labels.Should().Be(Classifier.Classify(presentation).Labels);
        }
    }

    [Fact]
    public void Labels_only_reports_invalid_input_by_returning_false()
    {
        Classifier.TryClassifyLabels(new Presentation(), out var labels).Should().BeFalse();
        labels.Should().Be(default(ClassificationLabels));
    }

    public static TheoryData<string> RepresentativeCases => new(RepresentativePresentations.Keys);

    // The same five presentations as the benchmarks (tests/Dystonia.Classification.Benchmarks): one per label shape.
    private static readonly Dictionary<string, Presentation> RepresentativePresentations = new()
    {
        ["focal, 1 region"] = new()
        {
            Regions = [BodyRegion.Neck],
            AgeAtOnset = 45,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, FamilyHistory = FamilyHistory.Negative },
        },
        ["segmental, 3 contiguous"] = new()
        {
            Regions = [BodyRegion.UpperFace, BodyRegion.LowerFace, BodyRegion.Neck],
            AgeAtOnset = 58,
            Course = Course.Progressive,
        },
        ["hemidystonia"] = new()
        {
            Regions = [new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
            AgeAtOnset = 6,
            AssociatedFeatures = new AssociatedFeatures { Neurological = NeurologicalFeatures.PyramidalSigns },
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.StructuralLesion, AcquiredCauses = AcquiredCauses.PerinatalBrainInjury },
        },
        ["generalized, 7 regions"] = new()
        {
            Regions =
            [
                BodyRegion.UpperFace, BodyRegion.LowerFace, BodyRegion.Neck, BodyRegion.Trunk, BodyRegion.JawAndTongue,
                new AffectedRegion(BodyRegion.UpperLimb, BodySide.Both), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Right),
            ],
            AgeAtOnset = 9,
        },
        ["rich etiology"] = new()
        {
            Regions = [BodyRegion.Trunk, BodyRegion.Neck, new AffectedRegion(BodyRegion.UpperLimb, BodySide.Both), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
            AgeAtOnset = 8,
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Parkinsonism },
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, GeneticFinding = new GeneticFinding("GCH1") },
        },
    };

    [Theory]
    [MemberData(nameof(RepresentativeCases))]
    public void Labels_only_allocates_nothing(string name)
    {
        var presentation = RepresentativePresentations[name];
        Classifier.TryClassifyLabels(presentation, out _).Should().BeTrue();

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Classifier.TryClassifyLabels(presentation, out _);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void The_same_input_gives_the_same_result_under_any_culture()
    {
        var presentation = new Presentation { Regions = [BodyRegion.Neck, BodyRegion.Trunk], AgeAtOnset = 2.5, Course = Course.Static };
        string Render() => string.Join("\n", Classifier.Classify(presentation).Reasoning.Select(s => s.RuleId + " " + s.Conclusion + " " + s.Text + " " + string.Join(",", s.Evidence)));

        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = Render();
            foreach (var name in new[] { "lv-LV", "tr-TR", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Render().Should().Be(invariant, name);
            }

            invariant.Should().Contain("onset at 2.5 years");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void One_classifier_shared_by_threads_gives_the_sequential_results()
    {
        string[][] shapes = [["neck"], ["trunk", "neck", "upperLimb:left"], ["upperLimb:left", "lowerLimb:left"], ["upperFace", "upperLimb:right"]];
        var presentations = Enumerable.Range(0, 64).Select(i => Regions(shapes[i % shapes.Length])).ToArray();
        var expected = presentations.Select(p => Classifier.Classify(p).Labels).ToArray();
        var actual = new ClassificationLabels[8][];

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            var mine = new ClassificationLabels[presentations.Length];
            for (int round = 0; round < 200; round++)
            {
                for (int i = 0; i < presentations.Length; i++)
                {
                    mine[i] = Classifier.Classify(presentations[i]).Labels;
                }
            }

            actual[t] = mine;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        actual.Should().OnlyContain(results => results.SequenceEqual(expected));
    }

    [Fact]
    public void Invalid_options_are_rejected_at_construction_naming_the_option()
    {
        var create = () => new DystoniaClassifier(new ClassificationOptions { EarlyOnsetMaximumAge = 121 });

        create.Should().Throw<ArgumentException>().WithMessage("*EarlyOnsetMaximumAge*");
    }

    [Fact]
    public void Options_are_copied_so_later_changes_do_not_affect_the_classifier()
    {
        var options = new ClassificationOptions();
        var classifier = new DystoniaClassifier(options);
        options.ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Multifocal;

        classifier.Classify(Regions("upperFace", "lowerFace", "neck")).Labels.Distribution.Should().Be(Distribution.Segmental);
    }

    [Fact]
    public void A_null_presentation_is_a_programming_error()
    {
        Classifier.Invoking(c => c.Classify(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Presentations_copy_their_region_list()
    {
        var regions = new List<AffectedRegion> { BodyRegion.Neck };
        var presentation = new Presentation { Regions = regions };
        regions.Add(BodyRegion.Trunk);

        presentation.Regions.Should().ContainSingle();
    }
}
