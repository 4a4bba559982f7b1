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
    /// Reduces a presentation to facts, or returns <see langword="false"/> when it breaks any structural input rule.
    /// The checks match <see cref="Validation.PresentationValidator"/> one for one; a test holds them together.
    /// </summary>
    internal static bool TryCreate(Presentation presentation, out PresentationFacts facts)
    {
        facts = default;
        if (!InputRules.IsValidId(presentation.Id))
        {
            return false;
        }

        var list = presentation.Regions;
        if (list.Count == 0)
        {
            return false;
        }

        uint slots = 0;
        uint sidedLeft = 0;
        uint sidedRight = 0;
        uint optionalSide = ClinicalData.Regions.OptionalSideSlots;
        for (int i = 0; i < list.Count; i++)
        {
            var region = list[i];
            uint regionSlots = InputRules.SlotsOf(region);
            if (regionSlots == 0 || (slots & regionSlots) != 0)
            {
                return false;
            }

            slots |= regionSlots;
            if ((regionSlots & optionalSide) != 0)
            {
                if (region.Side == BodySide.Left)
                {
                    sidedLeft |= regionSlots;
                }
                else if (region.Side == BodySide.Right)
                {
                    sidedRight |= regionSlots;
                }
            }
        }

        var regions = new RegionSet(slots, sidedLeft, sidedRight);
        uint onsetSlots = 0;
        if (presentation.OnsetRegion is { } onset)
        {
            if (!InputRules.IsOnsetAmongAffected(onset, regions))
            {
                return false;
            }

            onsetSlots = InputRules.SlotsOf(onset);
        }

        if (presentation.AgeAtOnset is { } age && !InputRules.IsValidAge(age))
        {
            return false;
        }

        if (!InputRules.IsDefined(presentation.Course) || !InputRules.IsDefined(presentation.Variability))
        {
            return false;
        }

        if (presentation.AssociatedFeatures is { } associated
            && (!InputRules.IsDefined(associated.MovementDisorders)
                || !InputRules.IsDefined(associated.Neurological)
                || !InputRules.IsDefined(associated.Systemic)))
        {
            return false;
        }

        var etiology = presentation.Etiology;
        if (!InputRules.IsDefined(etiology.Pathology)
            || !InputRules.IsDefined(etiology.AcquiredCauses)
            || !InputRules.IsDefined(etiology.FamilyHistory))
        {
            return false;
        }

        if (etiology.GeneticFinding is { } genetic
            && (!InputRules.IsWellFormedGeneSymbol(genetic.Gene) || !InputRules.IsDefined(genetic.Inheritance)))
        {
            return false;
        }

        facts = new PresentationFacts(presentation, regions, onsetSlots);
        return true;
    }
}
