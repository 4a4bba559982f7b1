using System.Collections.Generic;
using Dystonia.Classification.Validation;
using FsCheck;
using FsCheck.Fluent;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Properties;

/// <summary>
/// The property tests are only as good as their generator: it must produce valid presentations only, and reach
/// every region, side, onset kind, age kind and label, or the properties would hold vacuously.
/// </summary>
public sealed class GeneratorTests
{
    private const int SampleCount = 5_000;

    private static readonly List<Presentation> Sample = [.. Gen.Sample(PresentationGenerators.Presentation, SampleCount, new Rnd(PresentationGenerators.Seed), 50)];

    [Fact]
    public void Every_generated_presentation_is_valid_for_the_validator()
    {
        var invalid = Sample
            .Select(p => (Presentation: p, Errors: PresentationValidator.Instance.ValidateToErrors(p)))
            .Where(x => x.Errors.Count > 0)
            .Select(x => PresentationGenerators.Describe(x.Presentation) + ": " + string.Join("; ", x.Errors.Select(e => e.Field + " " + e.Code)))
            .Take(5);

        invalid.Should().BeEmpty();
    }

    [Fact]
    public void Generated_options_are_valid()
    {
        Gen.Sample(PresentationGenerators.Options, 500, new Rnd(PresentationGenerators.Seed), 50)
            .Should().OnlyContain(o => o.Validate().Count == 0);
    }

    [Fact]
    public void The_sample_reaches_every_region_and_side_and_every_onset_and_age_kind()
    {
        var entries = Sample.SelectMany(p => p.Regions).ToHashSet();
        foreach (var region in PresentationGenerators.CranialRegions)
        {
            entries.Should().Contain(Enum.GetValues<BodySide>().Select(side => new AffectedRegion(region, side)));
        }

        entries.Should().Contain([BodyRegion.Neck, BodyRegion.Trunk]);
        foreach (var limb in new[] { BodyRegion.UpperLimb, BodyRegion.LowerLimb })
        {
            entries.Should().Contain([new AffectedRegion(limb, BodySide.Left), new AffectedRegion(limb, BodySide.Right), new AffectedRegion(limb, BodySide.Both)]);
            Sample.Should().Contain(p => p.Regions.Contains(new AffectedRegion(limb, BodySide.Left)) && p.Regions.Contains(new AffectedRegion(limb, BodySide.Right)), "left and right as two entries");
        }

        Sample.Should().Contain(p => p.Regions.Count == 1).And.Contain(p => p.Regions.Count >= 6);
        Sample.Should().Contain(p => p.OnsetRegion == null).And.Contain(p => p.OnsetRegion != null && p.OnsetRegion.Value.Side == BodySide.Both);
        Sample.Should().Contain(p => p.AgeAtOnset == null)
            .And.Contain(p => p.AgeAtOnset != null && p.AgeAtOnset != Math.Floor(p.AgeAtOnset.Value))
            .And.Contain(p => p.AgeAtOnset == 120)
            .And.Contain(p => p.AgeAtOnset == 2.999);
        Sample.Should().Contain(p => p.Id == null).And.Contain(p => p.Id != null && p.Id.Length > 100);
    }

    [Fact]
    public void The_sample_reaches_every_label()
    {
        var labels = Sample.Select(p => Classifier.Classify(p).Labels).ToList();

        labels.Select(l => l.Distribution).Distinct().Should().BeEquivalentTo(Enum.GetValues<Distribution>());
        labels.Select(l => l.AgeAtOnsetGroup).Distinct().Should().BeEquivalentTo(Enum.GetValues<AgeAtOnsetGroup>().Select(g => (AgeAtOnsetGroup?)g).Append(null));
        labels.Select(l => l.IsolatedOrCombined).Distinct().Should().BeEquivalentTo(new IsolatedOrCombined?[] { IsolatedOrCombined.Isolated, IsolatedOrCombined.Combined, null });
        labels.Select(l => l.Heritability).Distinct().Should().BeEquivalentTo(Enum.GetValues<Heritability>());
        labels.Select(l => l.Etiology).Distinct().Should().BeEquivalentTo(Enum.GetValues<Etiology>());
        labels.Select(l => l.LegacyCategory).Distinct().Should().BeEquivalentTo(Enum.GetValues<LegacyCategory>().Select(c => (LegacyCategory?)c).Append(null));
    }
}
