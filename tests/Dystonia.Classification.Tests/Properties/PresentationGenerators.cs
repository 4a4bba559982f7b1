using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dystonia.Classification.Serialization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Dystonia.Classification.Tests.Properties;

/// <summary>A generated presentation and the options to classify it with; printed as contract JSON when a property fails.</summary>
internal sealed class Case
{
    internal Case(Presentation presentation, ClassificationOptions options)
    {
        Presentation = presentation;
        Options = options;
    }

    internal Presentation Presentation { get; }

    internal ClassificationOptions Options { get; }

    internal DystoniaClassifier Classifier => new(Options);

    public override string ToString() => PresentationGenerators.Describe(Presentation) + " with " + PresentationGenerators.Describe(Options);
}

/// <summary>
/// FsCheck generators of presentations the <see cref="Validation.PresentationValidator"/> accepts: every region
/// and side the contract allows (limbs given as left, right, both, or left and right as two entries; sided and
/// unsided cranial regions), onset regions among the affected ones, whole, fractional and boundary ages, and every
/// defined value of the other fields. <c>GeneratorTests</c> checks the validity and the coverage.
/// </summary>
internal static class PresentationGenerators
{
    /// <summary>The seed of every property run, so that a failure is reproduced by running the test again.</summary>
    internal const ulong Seed = 20_130_863; // Mov Disord 2013;28:863

    internal static readonly BodyRegion[] CranialRegions = [BodyRegion.UpperFace, BodyRegion.LowerFace, BodyRegion.JawAndTongue, BodyRegion.Larynx];

    internal static readonly double[] BoundaryAges = [0, 1e-9, 2.5, 2.999, 3, 12.999, 13, 20.5, 20.999, 21, 29.999, 30, 39.999, 40, 40.5, 41, 119.99, 120];

    private static readonly string[] Genes = ["TOR1A", "THAP1", "GCH1", "SGCE", "TAF1", "ATP1A3", "C19orf12", "HLA-DRB1", "PANK2", "SLC2A1", "ATP7B", "PRRT2", "DYT1", "BRCA1"];

    private static readonly AffectedRegion[] NoEntries = [];

    /// <summary>Gets the FsCheck configuration of the property tests: fixed seed, <paramref name="cases"/> cases, throws on failure.</summary>
    internal static Config Config(int cases) =>
        FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed, 0x9E37_79B9_7F4A_7C15), FSharpOption<int>.None)));

    /// <summary>Gets the affected-region entries of a valid presentation, at least one, in random order.</summary>
    internal static Gen<AffectedRegion[]> Regions { get; } =
        Gen.CollectToArray(new[]
            {
                Cranial(BodyRegion.UpperFace), Cranial(BodyRegion.LowerFace), Cranial(BodyRegion.JawAndTongue), Cranial(BodyRegion.Larynx),
                Midline(BodyRegion.Neck), Midline(BodyRegion.Trunk), Limb(BodyRegion.UpperLimb), Limb(BodyRegion.LowerLimb),
            })
            .Select(groups => groups.SelectMany(g => g).ToArray())
            .Where(entries => entries.Length > 0)
            .SelectMany(entries => Gen.Shuffle(entries));

    internal static Gen<double?> Age { get; } = Gen.Frequency(
        (2, Gen.Constant<double?>(null)),
        (4, Gen.Choose(0, 120).Select(years => (double?)years)),
        (2, Gen.Choose(0, 12_000).Select(hundredths => (double?)(hundredths / 100.0))),
        (1, Gen.Elements(BoundaryAges).Select(age => (double?)age)));

    internal static Gen<AssociatedFeatures?> Associated { get; } = Gen.Frequency(
        (1, Gen.Constant<AssociatedFeatures?>(null)),
        (1, Gen.Constant<AssociatedFeatures?>(AssociatedFeatures.None)),
        (3, from movement in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (3, Gen.Choose(0, 0b111_1111)))
            from neurological in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 0b1111_1111)))
            from systemic in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 0b111).Select(bits => (bits & 0b11) | ((bits & 0b100) << 5))))
            select (AssociatedFeatures?)new AssociatedFeatures
            {
                MovementDisorders = (MovementDisorders)movement,
                Neurological = (NeurologicalFeatures)neurological,
                Systemic = (SystemicFeatures)systemic,
            }));

    internal static Gen<EtiologyFindings> Etiology { get; } = Gen.Frequency(
        (1, Gen.Constant(EtiologyFindings.NotRecorded)),
        (4, from pathology in Gen.Choose(0, 3)
            from causes in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, 9).Select(bit => 1 << bit)), (1, Gen.Choose(0, 0b11_1111_1111)))
            from family in Gen.Choose(0, 2)
            from genetic in Gen.Frequency(
                (3, Gen.Constant<GeneticFinding?>(null)),
                (1, from gene in Gen.Elements(Genes)
                    from inheritance in Gen.Choose(0, 4)
                    from classification in Gen.Choose(0, 5)
                    select (GeneticFinding?)new GeneticFinding(gene, inheritance == 0 ? null : (Inheritance)inheritance)
                    {
                        Classification = classification == 0 ? null : (VariantClassification)classification,
                    }))
            select new EtiologyFindings
            {
                Pathology = (NervousSystemPathology)pathology,
                AcquiredCauses = (AcquiredCauses)causes,
                FamilyHistory = (FamilyHistory)family,
                GeneticFinding = genetic,
            }));

    internal static Gen<string?> Id { get; } = Gen.Frequency(
        (2, Gen.Constant<string?>(null)),
        (3, Gen.Choose(0, 999_999).Select(n => (string?)("P" + n.ToString("D6", CultureInfo.InvariantCulture)))),
        (1, from length in Gen.Choose(1, 200)
            from chars in Gen.ArrayOf(Gen.Choose(0x20, 0x2FF).Select(c => (char)c), length)
            select (string?)new string(chars)),
        (1, from length in Gen.Choose(1, 12)
            from chars in Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), length)
            select (string?)new string(chars)));

    internal static Gen<Presentation> Presentation { get; } =
        from regions in Regions
        from onset in Onset(regions)
        from id in Id
        from age in Age
        from course in Gen.Choose(0, 2)
        from variability in Gen.Choose(0, 0b1111)
        from associated in Associated
        from etiology in Etiology
        select new Presentation
        {
            Id = id,
            Regions = regions,
            OnsetRegion = onset,
            AgeAtOnset = age,
            Course = (Course)course,
            Variability = (Variability)variability,
            AssociatedFeatures = associated,
            Etiology = etiology,
        };

    internal static Gen<ClassificationOptions> Options { get; } =
        from threeOrMore in Gen.Elements(ThreeOrMoreContiguousRegions.Segmental, ThreeOrMoreContiguousRegions.Multifocal)
        from cranial in Gen.Elements(CranialContiguity.WholeSegment, CranialContiguity.AnatomicalChain)
        from face in Gen.Elements(false, true)
        from forty in Gen.Elements(false, true)
        from earlyOnset in Gen.Frequency((3, Gen.Constant(20)), (1, Gen.Choose(0, 120)))
        from wilson in Gen.Frequency((3, Gen.Constant(40)), (1, Gen.Choose(0, 120)))
        from notApplied in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new ClassificationOptions
        {
            ThreeOrMoreContiguousRegions = threeOrMore,
            CranialContiguity = cranial,
            HemidystoniaRequiresFace = face,
            CountAgeFortyAsLateAdulthood = forty,
            EarlyOnsetMaximumAge = earlyOnset,
            WilsonScreeningBeforeAge = wilson,
            IncludeRulesNotApplied = notApplied,
        };

    /// <summary>Gets valid presentations with the default options (three in four) or random valid options.</summary>
    internal static Arbitrary<Case> Cases { get; } = Arb.From(
        from presentation in Presentation
        from options in Gen.Frequency((3, Gen.Constant<ClassificationOptions?>(null)), (1, Options.Select(o => (ClassificationOptions?)o)))
        select new Case(presentation, options ?? new ClassificationOptions()));

    /// <summary>Returns the presentation with other regions and onset, everything else kept.</summary>
    internal static Presentation WithRegions(this Presentation presentation, IReadOnlyList<AffectedRegion> regions, AffectedRegion? onset) => new()
    {
        Id = presentation.Id,
        Regions = regions,
        OnsetRegion = onset,
        AgeAtOnset = presentation.AgeAtOnset,
        Course = presentation.Course,
        Variability = presentation.Variability,
        AssociatedFeatures = presentation.AssociatedFeatures,
        Etiology = presentation.Etiology,
    };

    /// <summary>The presentation as contract JSON, with the id escaped so that any id can be printed.</summary>
    internal static string Describe(Presentation presentation)
    {
        string? id = presentation.Id is null ? null : EscapeForDisplay(presentation.Id);
        var printable = new Presentation
        {
            Id = id,
            Regions = presentation.Regions,
            OnsetRegion = presentation.OnsetRegion,
            AgeAtOnset = presentation.AgeAtOnset,
            Course = presentation.Course,
            Variability = presentation.Variability,
            AssociatedFeatures = presentation.AssociatedFeatures,
            Etiology = presentation.Etiology,
        };
        string json = DystoniaJson.WritePresentation(printable);
        // The JSON marks the onset on an entry; an onset that is no entry as given is shown separately.
        return json
            + (presentation.OnsetRegion is { } onset ? " (onset region " + onset + ")" : "")
            + (presentation.AgeAtOnset is { } age ? " (age " + age.ToString("R", CultureInfo.InvariantCulture) + ")" : "");
    }

    internal static string Describe(ClassificationOptions o) => string.Create(
        CultureInfo.InvariantCulture,
        $"options {{threeOrMore {o.ThreeOrMoreContiguousRegions}, cranial {o.CranialContiguity}, face {o.HemidystoniaRequiresFace}, forty late {o.CountAgeFortyAsLateAdulthood}, early onset {o.EarlyOnsetMaximumAge}, Wilson {o.WilsonScreeningBeforeAge}, not applied {o.IncludeRulesNotApplied}}}");

    /// <summary>A cranial region: absent, or once with any side (none, left, right, both).</summary>
    private static Gen<AffectedRegion[]> Cranial(BodyRegion region) => Gen.Frequency(
        (3, Gen.Constant(NoEntries)),
        (2, Gen.Elements(BodySide.Unspecified, BodySide.Left, BodySide.Right, BodySide.Both).Select(side => new[] { new AffectedRegion(region, side) })));

    /// <summary>The neck or trunk: absent or present, never with a side.</summary>
    private static Gen<AffectedRegion[]> Midline(BodyRegion region) =>
        Gen.Elements(NoEntries, [new AffectedRegion(region)]);

    /// <summary>A limb: absent, left, right, both, or left and right as two entries.</summary>
    private static Gen<AffectedRegion[]> Limb(BodyRegion region) => Gen.Frequency(
        (4, Gen.Constant(NoEntries)),
        (2, Gen.Constant(new[] { new AffectedRegion(region, BodySide.Left) })),
        (2, Gen.Constant(new[] { new AffectedRegion(region, BodySide.Right) })),
        (1, Gen.Constant(new[] { new AffectedRegion(region, BodySide.Both) })),
        (1, Gen.Constant(new[] { new AffectedRegion(region, BodySide.Left), new AffectedRegion(region, BodySide.Right) })));

    /// <summary>No onset region, or one that the validator accepts as among the affected regions.</summary>
    private static Gen<AffectedRegion?> Onset(AffectedRegion[] regions)
    {
        var candidates = OnsetCandidates(regions);
        return Gen.Frequency(
            (1, Gen.Constant<AffectedRegion?>(null)),
            (2, Gen.Elements(candidates).Select(c => (AffectedRegion?)c)));
    }

    /// <summary>
    /// The onset regions allowed for these entries: a limb side (or both, when both sides are affected); a cranial
    /// region with any side except the opposite of the side it was given; the neck or trunk without a side.
    /// </summary>
    internal static AffectedRegion[] OnsetCandidates(IReadOnlyList<AffectedRegion> regions)
    {
        var candidates = new List<AffectedRegion>();
        foreach (var limb in new[] { BodyRegion.UpperLimb, BodyRegion.LowerLimb })
        {
            bool left = regions.Any(r => r.Region == limb && r.Side is BodySide.Left or BodySide.Both);
            bool right = regions.Any(r => r.Region == limb && r.Side is BodySide.Right or BodySide.Both);
            if (left)
            {
                candidates.Add(new AffectedRegion(limb, BodySide.Left));
            }

            if (right)
            {
                candidates.Add(new AffectedRegion(limb, BodySide.Right));
            }

            if (left && right)
            {
                candidates.Add(new AffectedRegion(limb, BodySide.Both));
            }
        }

        foreach (var entry in regions)
        {
            if (entry.Region is BodyRegion.Neck or BodyRegion.Trunk)
            {
                candidates.Add(entry);
            }
            else if (CranialRegions.Contains(entry.Region))
            {
                foreach (var side in new[] { BodySide.Unspecified, BodySide.Left, BodySide.Right, BodySide.Both })
                {
                    bool opposite = (entry.Side == BodySide.Left && side == BodySide.Right) || (entry.Side == BodySide.Right && side == BodySide.Left);
                    if (!opposite)
                    {
                        candidates.Add(new AffectedRegion(entry.Region, side));
                    }
                }
            }
        }

        return candidates.ToArray();
    }

    private static string EscapeForDisplay(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(char.IsSurrogate(c) || char.IsControl(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return escaped.ToString();
    }
}
