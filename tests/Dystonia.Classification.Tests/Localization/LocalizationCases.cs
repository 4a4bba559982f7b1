using System.Collections.Generic;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Tests.Localization;

/// <summary>
/// Presentations that together reach every rule and every not-applied reason, so that every text of the rule table
/// is rendered in every language by the localization tests; the sample cohort is added for realistic mixtures.
/// </summary>
internal static class LocalizationCases
{
    private static readonly AssociatedFeatures Myoclonus = new() { MovementDisorders = MovementDisorders.Myoclonus };

    /// <summary>Gets each case with the options it needs (<see langword="null"/> for the defaults).</summary>
    internal static IReadOnlyList<(string Name, Presentation Presentation, ClassificationOptions? Options)> All { get; } = Build();

    private static List<(string, Presentation, ClassificationOptions?)> Build()
    {
        var cases = new List<(string, Presentation, ClassificationOptions?)>
        {
            ("focal, thin", Cases.Regions("neck"), null),
            ("generalized without legs", Cases.Regions("trunk", "neck", "upperLimb:left"), null),
            ("generalized with legs, TOR1A", new Presentation
            {
                Regions = [Cases.Region("trunk"), Cases.Region("upperLimb:both"), Cases.Region("lowerLimb:left")],
                OnsetRegion = Cases.Region("lowerLimb:left"),
                AgeAtOnset = 8,
                Course = Course.Progressive,
                AssociatedFeatures = AssociatedFeatures.None,
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, GeneticFinding = new GeneticFinding("TOR1A", Inheritance.AutosomalDominant) { Classification = VariantClassification.Pathogenic }, FamilyHistory = FamilyHistory.Positive },
            }, null),
            ("trunk plus one region", Cases.Regions("trunk", "neck"), null),
            ("three cranial regions", Cases.Regions("upperFace", "lowerFace", "jawAndTongue"), null),
            ("three cranial regions, multifocal option", Cases.Regions("upperFace", "lowerFace", "jawAndTongue"), new ClassificationOptions { ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Multifocal }),
            ("multifocal", Cases.Regions("upperFace", "upperLimb:right"), null),
            ("hemidystonia, right", new Presentation { Regions = [Cases.Region("upperLimb:right"), Cases.Region("lowerLimb:right")], AgeAtOnset = 2.5, AssociatedFeatures = AssociatedFeatures.None }, null),
            ("hemidystonia needing the face", Cases.Regions("upperLimb:left", "lowerLimb:left"), new ClassificationOptions { HemidystoniaRequiresFace = true }),
            ("midline region", Cases.Regions("neck", "upperLimb:left", "lowerLimb:left"), null),
            ("upper limb missing", Cases.Regions("lowerFace:left", "lowerLimb:left"), null),
            ("lower limb missing", Cases.Regions("upperFace:left", "upperLimb:left", "jawAndTongue:left"), null),
            ("age 40, Wilson", new Presentation
            {
                Regions = [Cases.Region("neck")],
                AgeAtOnset = 40,
                Course = Course.Static,
                Variability = Variability.Persistent | Variability.Diurnal,
                AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Tremor },
                Etiology = new EtiologyFindings { FamilyHistory = FamilyHistory.Negative },
            }, null),
            ("adolescent onset, THAP1 familial", new Presentation
            {
                Regions = [Cases.Region("neck"), Cases.Region("upperFace")],
                AgeAtOnset = 15,
                AssociatedFeatures = AssociatedFeatures.None,
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, FamilyHistory = FamilyHistory.Positive },
            }, null),
            ("late onset, degeneration", new Presentation
            {
                Regions = [Cases.Region("neck")],
                AgeAtOnset = 61,
                AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Parkinsonism, Neurological = NeurologicalFeatures.CognitiveImpairment, Systemic = SystemicFeatures.LiverDisease },
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.Degeneration },
            }, null),
            ("infancy, perinatal injury and lesion", new Presentation
            {
                Regions = [Cases.Region("trunk"), Cases.Region("neck"), Cases.Region("lowerLimb:both")],
                AgeAtOnset = 1,
                AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Chorea | MovementDisorders.Athetosis | MovementDisorders.Spasticity },
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.StructuralLesion, AcquiredCauses = AcquiredCauses.PerinatalBrainInjury },
            }, null),
            ("psychogenic", new Presentation { Regions = [Cases.Region("lowerLimb:right")], AgeAtOnset = 30, Etiology = new EtiologyFindings { AcquiredCauses = AcquiredCauses.Psychogenic } }, null),
            ("gene and acquired cause", new Presentation
            {
                Regions = [Cases.Region("upperLimb:left")],
                AgeAtOnset = 25,
                Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("GCH1") { Classification = VariantClassification.Pathogenic }, AcquiredCauses = AcquiredCauses.Drug | AcquiredCauses.Toxic },
            }, null),
            ("myoclonus-dystonia", new Presentation
            {
                Regions = [Cases.Region("neck"), Cases.Region("upperLimb:right")],
                AgeAtOnset = 9,
                Variability = Variability.ActionSpecific | Variability.Paroxysmal,
                AssociatedFeatures = Myoclonus,
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, FamilyHistory = FamilyHistory.Negative },
            }, null),
            ("combined, not worked up", new Presentation
            {
                Regions = [Cases.Region("upperLimb:left")],
                OnsetRegion = Cases.Region("upperLimb:left"),
                AgeAtOnset = 12,
                AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Ataxia, Neurological = NeurologicalFeatures.Seizures | NeurologicalFeatures.HearingLoss },
            }, null),
            ("limb onset without an onset region", new Presentation { Regions = [Cases.Region("upperLimb:left"), Cases.Region("lowerLimb:left")], AgeAtOnset = 14, AssociatedFeatures = AssociatedFeatures.None }, null),
            ("degeneration without a cause, normal workup elsewhere", new Presentation
            {
                Regions = [Cases.Region("larynx")],
                AgeAtOnset = 50,
                AssociatedFeatures = AssociatedFeatures.None,
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.Degeneration, FamilyHistory = FamilyHistory.Negative },
            }, null),
            ("other features only", new Presentation
            {
                Regions = [Cases.Region("neck")],
                AgeAtOnset = 45,
                AssociatedFeatures = new AssociatedFeatures { Systemic = SystemicFeatures.KidneyDisease },
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, FamilyHistory = FamilyHistory.Negative },
            }, null),
            ("genetic, mitochondrial", new Presentation
            {
                Regions = [Cases.Region("upperFace"), Cases.Region("upperLimb:left")],
                AgeAtOnset = 33,
                AssociatedFeatures = AssociatedFeatures.None,
                Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("MT-ATP6", Inheritance.Mitochondrial) { Classification = VariantClassification.Pathogenic } },
            }, null),
            ("gene of the table, classification not recorded", new Presentation
            {
                Regions = [Cases.Region("lowerLimb:left")],
                AgeAtOnset = 9,
                AssociatedFeatures = AssociatedFeatures.None,
                Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("TOR1A") },
            }, null),
            ("one heterozygous pathogenic variant in a recessive gene", new Presentation
            {
                Regions = [Cases.Region("neck")],
                AgeAtOnset = 16,
                AssociatedFeatures = AssociatedFeatures.None,
                Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("ATP7B") { Classification = VariantClassification.Pathogenic, Zygosity = Zygosity.Heterozygous } },
            }, null),
            ("recessive gene, zygosity not recorded", new Presentation
            {
                Regions = [Cases.Region("lowerLimb:left")],
                AgeAtOnset = 6,
                Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("PANK2") { Classification = VariantClassification.LikelyPathogenic } },
            }, null),
            ("retired locus name", new Presentation
            {
                Regions = [Cases.Region("lowerLimb:left")],
                AgeAtOnset = 9,
                Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("DYT1") { Classification = VariantClassification.Pathogenic } },
            }, null),
            ("gene outside the table", new Presentation
            {
                Regions = [Cases.Region("neck")],
                AgeAtOnset = 40,
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None, GeneticFinding = new GeneticFinding("BRCA1") { Classification = VariantClassification.Pathogenic } },
            }, null),
            ("structural lesion of no recorded cause", new Presentation
            {
                Regions = [Cases.Region("upperLimb:right"), Cases.Region("lowerLimb:right")],
                AgeAtOnset = 30,
                AssociatedFeatures = AssociatedFeatures.None,
                Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.StructuralLesion, FamilyHistory = FamilyHistory.Negative },
            }, null),
            ("kinesigenic attacks with a fixed posture", new Presentation
            {
                Regions = [Cases.Region("upperLimb:left")],
                AgeAtOnset = 12,
                Variability = Variability.Paroxysmal,
                DiagnosticClues = DiagnosticClues.KinesigenicAttacks | DiagnosticClues.FixedPostureFromOnset,
                AssociatedFeatures = AssociatedFeatures.None,
            }, null),
            ("abrupt onset, alcohol responsiveness, faciobrachial seizures, Kayser-Fleischer rings, gaze palsy, psychiatric change", new Presentation
            {
                Regions = [Cases.Region("lowerFace:right"), Cases.Region("upperLimb:right")],
                AgeAtOnset = 44,
                DiagnosticClues = DiagnosticClues.AbruptOnset | DiagnosticClues.AlcoholResponsive | DiagnosticClues.FaciobrachialDystonicSeizures,
                AssociatedFeatures = new AssociatedFeatures
                {
                    MovementDisorders = MovementDisorders.Spasticity,
                    Neurological = NeurologicalFeatures.SupranuclearGazePalsy | NeurologicalFeatures.Psychiatric,
                    Systemic = SystemicFeatures.KayserFleischerRings,
                },
                Etiology = new EtiologyFindings { AcquiredCauses = AcquiredCauses.Drug },
            }, null),
        };

        foreach (var line in File.ReadLines(RepositoryFiles.Path("samples", "cohort.jsonl")))
        {
            var read = DystoniaJson.ReadPresentation(line);
            cases.Add((read.Id ?? "sample", read.Presentation!, null));
        }

        return cases;
    }
}
