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

    internal bool HasAssociatedFeatures { get; }

    internal MovementDisorders MovementDisorders { get; }

    internal NeurologicalFeatures Neurological { get; }

    internal SystemicFeatures Systemic { get; }

    internal NervousSystemPathology Pathology { get; }

    internal AcquiredCauses AcquiredCauses { get; }

    internal bool HasGeneticFinding { get; }

    internal FamilyHistory FamilyHistory { get; }

    internal bool HasAcquiredCause => AcquiredCauses != AcquiredCauses.None;

    /// <summary>Gets whether anything makes the etiology secondary: an acquired cause, a structural lesion or degeneration.</summary>
    internal bool HasSecondaryCause =>
        HasAcquiredCause || Pathology is NervousSystemPathology.StructuralLesion or NervousSystemPathology.Degeneration;

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
    private struct FirstProblem : IInputReport
    {
        public readonly bool Broken(InputRule rule, int listing) => false;
    }
}
