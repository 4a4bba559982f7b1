using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Dystonia.Classification.Reasoning;
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
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, GeneticFinding = new GeneticFinding("GCH1") { Classification = VariantClassification.Pathogenic } },
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
    public void One_classifier_shared_by_8_threads_for_100000_calls_each_gives_exactly_the_sequential_results()
    {
        const int threadCount = 8;
        const int callsPerThread = 100_000;
        var presentations = ConcurrencyInputs();
        var expected = presentations.Select(p => new Fingerprint(Classifier.Classify(p))).ToArray();
        var expectedLabels = presentations.Select(p => Classifier.TryClassifyLabels(p, out var labels) ? labels : (ClassificationLabels?)null).ToArray();
        var mismatches = new string?[threadCount];
        var calls = new int[threadCount];
        using var start = new Barrier(threadCount);

        var threads = Enumerable.Range(0, threadCount).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (int call = 0; call < callsPerThread && mismatches[t] is null; call++)
            {
                // Each thread walks the inputs in its own order, so that threads classify different presentations at the same moment.
                int i = (int)(((long)call * (2 * t + 1) + t * 97) % presentations.Length);
                bool labelsOnly = call % 4 == 3;
                bool same = labelsOnly
                    ? (Classifier.TryClassifyLabels(presentations[i], out var labels) ? labels : (ClassificationLabels?)null) == expectedLabels[i]
                    : expected[i].Matches(Classifier.Classify(presentations[i]));
                if (!same)
                {
                    mismatches[t] = string.Create(CultureInfo.InvariantCulture, $"thread {t}, call {call}, input {i} ({(labelsOnly ? "labels only" : "full result")})");
                }

                calls[t]++;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        mismatches.Should().OnlyContain(m => m == null);
        calls.Should().OnlyContain(c => c == callsPerThread);
    }

    [Fact]
    public void The_texts_of_one_result_read_by_8_threads_at_once_are_the_same()
    {
        var presentations = ConcurrencyInputs().Take(200).ToArray();
        var expected = presentations.Select(p => string.Join("\n", Classifier.Classify(p).Reasoning.Select(s => s.Text))).ToArray();

        for (int i = 0; i < presentations.Length; i++)
        {
            var shared = Classifier.Classify(presentations[i]); // texts are rendered on first read, here by several threads at once
            var texts = new string[8];
            using var start = new Barrier(texts.Length);
            var threads = Enumerable.Range(0, texts.Length).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                texts[t] = string.Join("\n", shared.Reasoning.Select(s => s.Text));
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            texts.Should().OnlyContain(text => text == expected[i]);
        }
    }

    /// <summary>
    /// What a result must repeat: labels, reasoning rule ids, outcomes and conclusions, workup rule ids and missing
    /// fields, or the error fields and codes. Compared without allocating, so that 800,000 comparisons stay fast.
    /// </summary>
    private sealed class Fingerprint
    {
        private readonly ClassificationLabels? labels;
        private readonly string[] items;

        internal Fingerprint(ClassificationResult result)
        {
            labels = result.IsClassified ? result.Labels : null;
            items = result.IsClassified
                ? [.. result.Reasoning.SelectMany(s => new[] { s.RuleId, s.Outcome.ToString(), s.Conclusion }), .. result.SuggestedWorkup.Select(w => w.RuleId), .. result.MissingFindings.Select(m => m.Field)]
                : [.. result.Errors.SelectMany(e => new[] { e.Field, e.Code })];
        }

        internal bool Matches(ClassificationResult result)
        {
            if ((result.IsClassified ? result.Labels : (ClassificationLabels?)null) != labels)
            {
                return false;
            }

            int next = 0;
            if (!result.IsClassified)
            {
                foreach (var error in result.Errors)
                {
                    if (!Next(error.Field, ref next) || !Next(error.Code, ref next))
                    {
                        return false;
                    }
                }

                return next == items.Length;
            }

            foreach (var step in result.Reasoning)
            {
                if (!Next(step.RuleId, ref next) || !Next(OutcomeName(step.Outcome), ref next) || !Next(step.Conclusion, ref next))
                {
                    return false;
                }
            }

            foreach (var workup in result.SuggestedWorkup)
            {
                if (!Next(workup.RuleId, ref next))
                {
                    return false;
                }
            }

            foreach (var missing in result.MissingFindings)
            {
                if (!Next(missing.Field, ref next))
                {
                    return false;
                }
            }

            return next == items.Length;
        }

        private static string OutcomeName(RuleOutcome outcome) => outcome switch
        {
            RuleOutcome.Applied => nameof(RuleOutcome.Applied),
            RuleOutcome.NotApplied => nameof(RuleOutcome.NotApplied),
            _ => nameof(RuleOutcome.Note),
        };

        private bool Next(string value, ref int next) => next < items.Length && string.Equals(items[next++], value, StringComparison.Ordinal);
    }

    /// <summary>1,000 generated valid presentations and, every tenth, an invalid one.</summary>
    internal static Presentation[] ConcurrencyInputs()
    {
        Presentation[] invalid =
        [
            new() { Regions = [BodyRegion.UpperLimb] },
            new() { Regions = [BodyRegion.Neck, BodyRegion.Neck], AgeAtOnset = 150 },
            new() { Regions = [BodyRegion.Trunk], OnsetRegion = BodyRegion.Neck, Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("not a gene") } },
        ];
        var valid = FsCheck.Fluent.Gen.Sample(Properties.PresentationGenerators.Presentation, 1_000, new FsCheck.Rnd(Properties.PresentationGenerators.Seed), 50);
        return valid.SelectMany((p, i) => i % 10 == 9 ? [p, invalid[i % invalid.Length]] : new[] { p }).ToArray();
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
