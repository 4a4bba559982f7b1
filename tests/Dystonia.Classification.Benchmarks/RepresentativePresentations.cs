using System.Collections.Generic;
using Dystonia.Classification;

namespace Dystonia.Classification.Benchmarks;

/// <summary>
/// One presentation per distribution label plus a rich etiology, as issue 5 asks: the cases the classifier meets
/// in clinic, from the cheapest (one region) to the most expensive (seven regions, several findings).
/// </summary>
public static class RepresentativePresentations
{
    public static IReadOnlyDictionary<string, Presentation> All { get; } = new Dictionary<string, Presentation>
    {
        ["Focal1Region"] = new()
        {
            Regions = [BodyRegion.Neck],
            OnsetRegion = BodyRegion.Neck,
            AgeAtOnset = 45,
            Course = Course.Static,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, FamilyHistory = FamilyHistory.Negative },
        },
        ["Segmental3Contiguous"] = new()
        {
            Regions = [BodyRegion.UpperFace, BodyRegion.LowerFace, BodyRegion.Neck],
            OnsetRegion = BodyRegion.UpperFace,
            AgeAtOnset = 58,
            Course = Course.Progressive,
            Variability = Variability.Persistent,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None },
        },
        ["Hemidystonia"] = new()
        {
            Regions = [new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
            OnsetRegion = new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left),
            AgeAtOnset = 6,
            Course = Course.Static,
            AssociatedFeatures = new AssociatedFeatures { Neurological = NeurologicalFeatures.PyramidalSigns },
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.StructuralLesion, AcquiredCauses = AcquiredCauses.PerinatalBrainInjury },
        },
        ["Generalized7Regions"] = new()
        {
            Regions =
            [
                BodyRegion.UpperFace, BodyRegion.LowerFace, BodyRegion.Neck, BodyRegion.Trunk,
                new AffectedRegion(BodyRegion.UpperLimb, BodySide.Both), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Right),
                BodyRegion.JawAndTongue,
            ],
            OnsetRegion = new AffectedRegion(BodyRegion.LowerLimb, BodySide.Right),
            AgeAtOnset = 9,
            Course = Course.Progressive,
            Variability = Variability.ActionSpecific,
            AssociatedFeatures = AssociatedFeatures.None,
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, FamilyHistory = FamilyHistory.Positive },
        },
        ["RichEtiology"] = new()
        {
            Regions = [BodyRegion.Trunk, BodyRegion.Neck, new AffectedRegion(BodyRegion.UpperLimb, BodySide.Both), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
            OnsetRegion = new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left),
            AgeAtOnset = 8,
            Course = Course.Progressive,
            Variability = Variability.Diurnal,
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Parkinsonism | MovementDisorders.Tremor },
            Etiology = new EtiologyFindings
            {
                Pathology = NervousSystemPathology.None,
                GeneticFinding = new GeneticFinding("GCH1", Inheritance.AutosomalDominant) { Classification = VariantClassification.Pathogenic },
                FamilyHistory = FamilyHistory.Positive,
            },
        },
    };
}
