using Dystonia.Classification.Internal;

using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// One presentation as the rules see it: its facts, the options, and each axis's label and deciding rule as the
/// axes are decided in catalogue order, so that a later rule (etiology) reads an earlier label (distribution).
/// A value type, so that labelling allocates nothing.
/// </summary>
internal struct Assessment
{
    internal Assessment(in PresentationFacts facts, in RuleSettings settings)
    {
        Facts = facts;
        Settings = settings;
        Groups = facts.Regions.Count == 1 ? 1 : ClinicalData.Regions.CountGroups(facts.Regions.Slots, settings.Cranial);
    }

    internal readonly PresentationFacts Facts;

    internal readonly RuleSettings Settings;

    /// <summary>How many connected groups the affected regions form under the contiguity table and option.</summary>
    internal readonly int Groups;

    internal Distribution Distribution;

    internal ClinicalRule? DistributionRule;

    internal AgeAtOnsetGroup? AgeGroup;

    internal ClinicalRule? AgeRule;

    internal ClinicalRule? CourseRule;

    internal ClinicalRule? VariabilityRule;

    internal IsolatedOrCombined? IsolatedOrCombined;

    internal ClinicalRule? AssociatedFeaturesRule;

    internal ClinicalRule? PathologyRule;

    /// <summary>Red flags for a secondary cause not yet looked for, known once distribution and associated features are.</summary>
    internal RedFlags RedFlags;

    internal Heritability Heritability;

    internal ClinicalRule? HeritabilityRule;

    internal EtiologyLabel Etiology;

    internal ClinicalRule? EtiologyRule;

    internal LegacyCategory? LegacyCategory;

    internal ClinicalRule? LegacyRule;

    /// <summary>Gets whether onset is early for the workup rules (levodopa trial, THAP1, SGCE): the option <see cref="ClassificationOptions.EarlyOnsetMaximumAge"/>.</summary>
    internal readonly bool IsEarlyOnset => Facts.HasAge && Facts.CompletedYears <= Settings.EarlyOnsetMaximumAge;

    /// <summary>Gets whether neither a secondary nor a genetic cause is established: the workup's usual precondition.</summary>
    internal readonly bool NoCauseEstablished => !Facts.HasSecondaryCause && !Facts.HasEstablishedGene;
}

/// <summary>The etiology label with its certainty.</summary>
internal readonly struct EtiologyLabel
{
    internal EtiologyLabel(Etiology etiology, EtiologyCertainty? certainty)
    {
        Etiology = etiology;
        Certainty = certainty;
    }

    internal Etiology Etiology { get; }

    internal EtiologyCertainty? Certainty { get; }
}
