using System;

namespace Dystonia.Classification.Internal;

/// <summary>
/// A presentation reduced to bit masks and numbers: what the rules read. Built without allocating, so that
/// label-only classification allocates nothing.
/// </summary>
internal readonly struct PresentationFacts
{
    private PresentationFacts(Presentation presentation, RegionSet regions, uint onsetSlots)
    {
        Presentation = presentation;
        Regions = regions;
        OnsetSlots = onsetSlots;
        var etiology = presentation.Etiology;
        var associated = presentation.AssociatedFeatures;
        HasAge = presentation.AgeAtOnset.HasValue;
        Age = presentation.AgeAtOnset.GetValueOrDefault();
        CompletedYears = HasAge ? (int)Math.Floor(Age) : -1;
        HasAssociatedFeatures = associated is not null;
        MovementDisorders = associated?.MovementDisorders ?? MovementDisorders.None;
        Neurological = associated?.Neurological ?? NeurologicalFeatures.None;
        Systemic = associated?.Systemic ?? SystemicFeatures.None;
        Pathology = etiology.Pathology;
        AcquiredCauses = etiology.AcquiredCauses;
        HasGeneticFinding = etiology.GeneticFinding is not null;
        (GeneStatus, Gene) = Judge(etiology.GeneticFinding);
        FamilyHistory = etiology.FamilyHistory;
    }

    internal Presentation Presentation { get; }

    internal RegionSet Regions { get; }

    /// <summary>Gets the slots of the onset region; 0 when not recorded.</summary>
    internal uint OnsetSlots { get; }

    internal bool HasAge { get; }

    internal double Age { get; }

    /// <summary>Gets the age at onset in completed years; -1 when not recorded.</summary>
    internal int CompletedYears { get; }

    internal Course Course => Presentation.Course;

    internal Variability Variability => Presentation.Variability;

    internal DiagnosticClues Clues => Presentation.DiagnosticClues;

    internal bool HasAssociatedFeatures { get; }

    internal MovementDisorders MovementDisorders { get; }

    internal NeurologicalFeatures Neurological { get; }

    internal SystemicFeatures Systemic { get; }

    /// <summary>Gets the movement disorders that make dystonia combined (<see cref="FeatureKinds.Combining"/>).</summary>
    internal MovementDisorders CombiningMovementDisorders => MovementDisorders & FeatureKinds.Combining;

    /// <summary>Gets whether a neurological sign is recorded, spasticity included (<see cref="FeatureKinds"/>).</summary>
    internal bool HasNeurologicalSign => Neurological != NeurologicalFeatures.None || (MovementDisorders & FeatureKinds.NeurologicalSigns) != 0;

    internal NervousSystemPathology Pathology { get; }

    internal AcquiredCauses AcquiredCauses { get; }

    /// <summary>Gets whether a genetic finding is recorded, whatever it establishes.</summary>
    internal bool HasGeneticFinding { get; }

    /// <summary>Gets how the recorded genetic finding counts.</summary>
    internal GeneStatus GeneStatus { get; }

    /// <summary>Gets the gene table's row for the recorded gene (by its symbol or a previous symbol), or null.</summary>
    internal GeneRow? Gene { get; }

    /// <summary>Gets whether a pathogenic or likely pathogenic variant in a gene of the table establishes a genetic cause.</summary>
    internal bool HasEstablishedGene => GeneStatus == GeneStatus.Established;

    /// <summary>Gets whether the established gene is that of a degenerative or metabolic disease, which makes the dystonia secondary.</summary>
    internal bool HasDegenerativeGene => HasEstablishedGene && Gene!.IsDegenerative;

    internal FamilyHistory FamilyHistory { get; }

    internal bool HasAcquiredCause => AcquiredCauses != AcquiredCauses.None;

    /// <summary>Gets whether anything makes the etiology secondary: an acquired cause, a structural lesion or degeneration.</summary>
    internal bool HasSecondaryCause =>
        HasAcquiredCause || Pathology is NervousSystemPathology.StructuralLesion or NervousSystemPathology.Degeneration || HasDegenerativeGene;

    /// <summary>
    /// Reduces a presentation to facts, or returns <see langword="false"/> when it breaks any rule of
    /// <see cref="InputRules.Table"/>: the same rules <see cref="Validation.PresentationValidator"/> reports.
    /// </summary>
    internal static bool TryCreate(Presentation presentation, out PresentationFacts facts)
    {
        var firstProblem = default(FirstProblem);
        if (!InputRules.Check(presentation, ref firstProblem, out var regions, out uint onsetSlots))
        {
            facts = default;
            return false;
        }

        facts = new PresentationFacts(presentation, regions, onsetSlots);
        return true;
    }

    /// <summary>Stops the check at the first broken rule: the classifier only needs yes or no here.</summary>
    private static (GeneStatus Status, GeneRow? Row) Judge(GeneticFinding? finding)
    {
        if (finding is null)
        {
            return (GeneStatus.None, null);
        }

        var table = ClinicalData.Genes;
        if (table.TryFind(finding.Gene, out var row))
        {
            if (finding.Classification is not (VariantClassification.Pathogenic or VariantClassification.LikelyPathogenic))
            {
                return (GeneStatus.NotEstablishing, row);
            }

            // A recessive disorder needs both alleles: one pathogenic variant is a carrier's finding (docs/genes.md).
            if (row.IsAutosomalRecessiveOnly)
            {
                return finding.Zygosity switch
                {
                    null => (GeneStatus.ZygosityNotRecorded, row),
                    Zygosity.Heterozygous => (GeneStatus.SingleRecessiveAllele, row),
                    _ => (GeneStatus.Established, row),
                };
            }

            return (GeneStatus.Established, row);
        }

        return table.TryFindPrevious(finding.Gene, out row) ? (GeneStatus.PreviousSymbol, row) : (GeneStatus.NotInTable, null);
    }

    private struct FirstProblem : IInputReport
    {
        public readonly bool Broken(InputRule rule, int listing) => false;
    }
}

/// <summary>How a recorded genetic finding counts (docs/genes.md).</summary>
internal enum GeneStatus : byte
{
    /// <summary>No genetic finding is recorded.</summary>
    None,

    /// <summary>A pathogenic or likely pathogenic variant in a gene of the table: a genetic cause.</summary>
    Established,

    /// <summary>A gene of the table, but the variant is of uncertain significance, benign, or not classified: nothing established.</summary>
    NotEstablishing,

    /// <summary>A pathogenic or likely pathogenic variant, heterozygous, in a gene of autosomal recessive inheritance: a carrier, nothing established.</summary>
    SingleRecessiveAllele,

    /// <summary>A pathogenic or likely pathogenic variant in a gene of autosomal recessive inheritance, its zygosity not recorded: nothing established.</summary>
    ZygosityNotRecorded,

    /// <summary>A previous symbol or retired locus name (DYT1) of a gene of the table: nothing established until the approved symbol is recorded.</summary>
    PreviousSymbol,

    /// <summary>A symbol the table does not hold: nothing established.</summary>
    NotInTable,
}
