using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Validation;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Validation;

/// <summary>
/// The classifier decides validity with a fast, allocation-free check (<see cref="PresentationFacts.TryCreate"/>)
/// and reports problems with the FluentValidation-based <see cref="PresentationValidator"/>. The two must agree on
/// every presentation: a presentation the fast check accepts must have no errors, and one it rejects must have at
/// least one. This test holds them together over a deterministic stream of pseudo-random presentations that mix
/// valid and invalid values of every field.
/// </summary>
public sealed class ValidationConsistencyTests
{
    // Codes only the JSON and CSV readers produce; DystoniaJsonTests covers each of them.
    private static readonly string[] SerializationOnlyCodes =
    [
        ErrorCodes.MalformedInput, ErrorCodes.UnknownProperty, ErrorCodes.DuplicateProperty,
        ErrorCodes.WrongType, ErrorCodes.RequiredValueMissing, ErrorCodes.MultipleOnsetRegions,
    ];

    private const int Seed = 20_130_863; // Mov Disord 2013;28:863
    private const int CaseCount = 20_000;

    private static readonly string[] ValidGenes = ["TOR1A", "THAP1", "GCH1", "TAF1", "SGCE", "ATP7B", "DYT1", "BRCA1", "C19orf12", "HLA-DRB1", "A", "ABCDEFGHIJKLMNOPQRST"];
    private static readonly string[] InvalidGenes = ["", "1ABC", "TOR 1A", "-TOR1A", "TOR1A!", "TÖR1A", "ABCDEFGHIJKLMNOPQRSTU", "TOR1A\n", "_X"];
    private static readonly double[] BoundaryAges = [0, -0.0, double.Epsilon, 2.999, 3, 12.5, 20.999, 21, 39.999, 40, 40.999, 41, 119.999, 120];
    private static readonly double[] InvalidAges = [-1, -1e-9, 120.000001, 121, 150, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue];
    private static readonly int[] InvalidScalars = [-1, 3, 4, 5, 7, 99, int.MaxValue, int.MinValue];
    private static readonly int[] InvalidInheritances = [0, 5, 6, -1, 99, int.MinValue];
    private static readonly int[] InvalidClassifications = [0, 6, -1, 99, int.MinValue];
    private static readonly int[] InvalidZygosities = [0, 5, -1, 77, int.MaxValue];

    [Fact]
    public void The_fast_check_the_label_only_path_the_full_classifier_and_the_validator_agree_on_random_presentations()
    {
        var random = new Random(Seed);
        var mismatches = new List<string>();
        var codesSeen = new HashSet<string>(StringComparer.Ordinal);
        int validCount = 0;

        for (int i = 0; i < CaseCount; i++)
        {
            var presentation = NextPresentation(random);

            var errors = PresentationValidator.Instance.ValidateToErrors(presentation);
            bool validatorAccepts = errors.Count == 0;
            bool fastAccepts = PresentationFacts.TryCreate(presentation, out _);
            bool labelsOnly = Classifier.TryClassifyLabels(presentation, out var labels);
            var result = Classifier.Classify(presentation);

            if (fastAccepts != validatorAccepts || labelsOnly != validatorAccepts || result.IsClassified != validatorAccepts)
            {
                mismatches.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"case {i}: validator {(validatorAccepts ? "accepts" : "rejects")} ({string.Join("; ", errors.Select(e => e.Field + " " + e.Code))}), TryCreate {fastAccepts}, TryClassifyLabels {labelsOnly}, Classify {result.Status}; {Describe(presentation)}"));
            }
            else if (validatorAccepts)
            {
                validCount++;
                if (result.Errors.Count != 0 || labels != result.Labels)
                {
                    mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"case {i}: label-only and full classification differ; {Describe(presentation)}"));
                }
            }
            else if (!result.Errors.Select(e => (e.Field, e.Code)).SequenceEqual(errors.Select(e => (e.Field, e.Code))))
            {
                mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"case {i}: Classify reports other errors than the validator; {Describe(presentation)}"));
            }

            foreach (var error in errors)
            {
                codesSeen.Add(error.Code);
            }

            if (mismatches.Count >= 10)
            {
                break;
            }
        }

        mismatches.Should().BeEmpty();

        // The stream must really mix valid and invalid presentations and reach every check of the validator.
        validCount.Should().BeInRange(CaseCount / 5, CaseCount * 4 / 5);
        codesSeen.Should().BeEquivalentTo(ValidatorCodes());
    }

    [Fact]
    public void The_generator_is_deterministic()
    {
        var first = new Random(Seed);
        var second = new Random(Seed);
        for (int i = 0; i < 200; i++)
        {
            Describe(NextPresentation(first)).Should().Be(Describe(NextPresentation(second)));
        }
    }

    private static string[] ValidatorCodes() =>
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Except(SerializationOnlyCodes)
            .ToArray();

    // ---------------------------------------------------------------------------------------------------------
    // Generator. Each field is valid most of the time and invalid now and then, so that about half the
    // presentations are valid and the invalid ones usually have a single problem.
    // ---------------------------------------------------------------------------------------------------------

    private static Presentation NextPresentation(Random random)
    {
        var regions = NextRegions(random);
        return new Presentation
        {
            Id = NextId(random),
            Regions = regions,
            OnsetRegion = NextOnset(random, regions),
            AgeAtOnset = NextAge(random),
            Course = (Course)NextScalar(random, 3),
            Variability = (Variability)NextFlags(random, 0b1111),
            AssociatedFeatures = random.Next(4) == 0
                ? null
                : new AssociatedFeatures
                {
                    MovementDisorders = (MovementDisorders)NextFlags(random, 0b111_1111),
                    Neurological = (NeurologicalFeatures)NextFlags(random, DefinedMask<NeurologicalFeatures>()),
                    Systemic = (SystemicFeatures)NextFlags(random, DefinedMask<SystemicFeatures>()),
                },
            DiagnosticClues = (DiagnosticClues)NextFlags(random, DefinedMask<DiagnosticClues>()),
            Etiology = random.Next(5) == 0
                ? EtiologyFindings.NotRecorded
                : new EtiologyFindings
                {
                    Pathology = (NervousSystemPathology)NextScalar(random, 4),
                    AcquiredCauses = random.Next(2) == 0 && random.Next(40) != 0 ? AcquiredCauses.None : (AcquiredCauses)NextFlags(random, 0b11_1111_1111),
                    FamilyHistory = (FamilyHistory)NextScalar(random, 3),
                    GeneticFinding = NextGeneticFinding(random),
                },
        };
    }

    private static string? NextId(Random random) => random.Next(40) switch
    {
        0 => string.Empty,
        1 => new string('P', 201 + random.Next(100)),
        2 => new string('P', 200),
        < 20 => "P" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static AffectedRegion[] NextRegions(Random random)
    {
        if (random.Next(40) == 0)
        {
            return [];
        }

        int count = 1 + random.Next(5);
        var regions = new List<AffectedRegion>(count);
        for (int i = 0; i < count; i++)
        {
            var region = NextRegion(random);

            // Mostly avoid accidental duplicates so that many presentations stay valid; keep one now and then.
            for (int retry = 0; retry < 8 && regions.Any(r => Overlaps(r, region)) && random.Next(12) != 0; retry++)
            {
                region = NextRegion(random);
            }

            regions.Add(region);
        }

        // A deliberate duplicate: the same region again, possibly with another side.
        if (regions.Count > 0 && random.Next(30) == 0)
        {
            var copy = regions[random.Next(regions.Count)];
            regions.Insert(random.Next(regions.Count + 1), new AffectedRegion(copy.Region, random.Next(2) == 0 ? copy.Side : NextProperSide(random, copy.Region)));
        }

        return regions.ToArray();
    }

    private static AffectedRegion NextRegion(Random random)
    {
        var region = random.Next(60) == 0
            ? (BodyRegion)(random.Next(2) == 0 ? 8 + random.Next(100) : -1 - random.Next(5))
            : (BodyRegion)random.Next(8);
        var side = random.Next(25) == 0
            ? (BodySide)(random.Next(2) == 0 ? random.Next(-2, 8) : random.Next(4)) // anything, often not allowed
            : NextProperSide(random, region);
        return new AffectedRegion(region, side);
    }

    private static BodySide NextProperSide(Random random, BodyRegion region) => region switch
    {
        BodyRegion.UpperLimb or BodyRegion.LowerLimb => (BodySide)(1 + random.Next(3)),
        BodyRegion.Neck or BodyRegion.Trunk => BodySide.Unspecified,
        _ => random.Next(3) == 0 ? (BodySide)random.Next(4) : BodySide.Unspecified,
    };

    /// <summary>Roughly whether two listings cover the same region; only steers the generator, never the oracle.</summary>
    private static bool Overlaps(AffectedRegion a, AffectedRegion b)
    {
        if (a.Region != b.Region)
        {
            return false;
        }

        bool limb = a.Region is BodyRegion.UpperLimb or BodyRegion.LowerLimb;
        return !limb || a.Side == b.Side || a.Side == BodySide.Both || b.Side == BodySide.Both;
    }

    private static AffectedRegion? NextOnset(Random random, AffectedRegion[] regions)
    {
        int roll = random.Next(20);
        if (roll < 8)
        {
            return null;
        }

        if (roll < 10 || regions.Length == 0)
        {
            return NextRegion(random); // usually not among the affected regions
        }

        var onset = regions[random.Next(regions.Length)];
        return random.Next(6) switch
        {
            0 => new AffectedRegion(onset.Region, NextProperSide(random, onset.Region)), // maybe the other side
            1 => NextRegion(random), // maybe not affected
            _ => onset,
        };
    }

    private static double? NextAge(Random random) => random.Next(20) switch
    {
        < 5 => null,
        5 => BoundaryAges[random.Next(BoundaryAges.Length)],
        6 => InvalidAges[random.Next(InvalidAges.Length)],
        < 13 => random.Next(121),
        _ => Math.Round(random.NextDouble() * 120, 2),
    };

    /// <summary>A defined value below <paramref name="definedCount"/> (from 0), or now and then an undefined one.</summary>
    private static int NextScalar(Random random, int definedCount) =>
        random.Next(30) == 0 ? InvalidScalars[random.Next(InvalidScalars.Length)] : random.Next(definedCount);

    /// <summary>A random combination of the defined bits, or now and then one with an undefined bit set.</summary>
    private static int DefinedMask<TFlags>()
        where TFlags : struct, Enum =>
        Enum.GetValues<TFlags>().Aggregate(0, (mask, value) => mask | Convert.ToInt32(value, CultureInfo.InvariantCulture));

    private static int NextFlags(Random random, int definedMask)
    {
        int value = random.Next(3) == 0 ? random.Next() & definedMask : 0;
        if (random.Next(40) == 0)
        {
            int undefined = ~definedMask;
            int bit;
            do
            {
                bit = 1 << random.Next(32);
            }
            while ((bit & undefined) == 0);
            value |= bit;
        }

        return value;
    }

    private static GeneticFinding? NextGeneticFinding(Random random)
    {
        int roll = random.Next(10);
        if (roll < 6)
        {
            return null;
        }

        string gene = random.Next(12) == 0 ? InvalidGenes[random.Next(InvalidGenes.Length)] : ValidGenes[random.Next(ValidGenes.Length)];
        Inheritance? inheritance = random.Next(25) == 0
            ? (Inheritance)InvalidInheritances[random.Next(InvalidInheritances.Length)]
            : random.Next(3) == 0 ? null : (Inheritance)(1 + random.Next(4));
        VariantClassification? classification = random.Next(25) == 0
            ? (VariantClassification)InvalidClassifications[random.Next(InvalidClassifications.Length)]
            : random.Next(3) == 0 ? null : (VariantClassification)(1 + random.Next(5));
        Zygosity? zygosity = random.Next(25) == 0
            ? (Zygosity)InvalidZygosities[random.Next(InvalidZygosities.Length)]
            : random.Next(3) == 0 ? null : (Zygosity)(1 + random.Next(4));
        return new GeneticFinding(gene, inheritance) { Classification = classification, Zygosity = zygosity };
    }

    private static string Describe(Presentation p)
    {
        var associated = p.AssociatedFeatures is { } a
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)a.MovementDisorders}/{(int)a.Neurological}/{(int)a.Systemic}")
            : "null";
        var etiology = p.Etiology;
        var gene = etiology.GeneticFinding is { } g
            ? string.Create(CultureInfo.InvariantCulture, $"'{g.Gene}'/{(g.Inheritance is { } inh ? ((int)inh).ToString(CultureInfo.InvariantCulture) : "null")}/{(g.Classification is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : "null")}")
            : "null";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"id={(p.Id is null ? "null" : "len " + p.Id.Length.ToString(CultureInfo.InvariantCulture))} regions=[{string.Join(",", p.Regions.Select(r => Slot(r)))}] onset={(p.OnsetRegion is { } o ? Slot(o) : "null")} age={(p.AgeAtOnset is { } age ? age.ToString("R", CultureInfo.InvariantCulture) : "null")} course={(int)p.Course} variability={(int)p.Variability} associated={associated} pathology={(int)etiology.Pathology} causes={(int)etiology.AcquiredCauses} family={(int)etiology.FamilyHistory} gene={gene}");
    }

    private static string Slot(AffectedRegion region) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)region.Region}:{(int)region.Side}");
}
