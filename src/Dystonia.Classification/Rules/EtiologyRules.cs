using System;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>Red flags for a possible secondary cause that has not been looked for.</summary>
[Flags]
internal enum RedFlags : byte
{
    None = 0,
    Hemidystonia = 1,
    Combined = 2,
    NeurologicalFeatures = 4,
    SystemicFeatures = 8,
}

/// <summary>
/// Axis II and the etiology labels (rules PATH-*, HERIT-*, ETIO-*, LEGACY-*). Primary means of genetic or unknown
/// origin; secondary means due to another disease or insult, and degenerative brain disease counts as secondary.
/// </summary>
internal static class EtiologyRules
{
    internal static string PathologyRuleId(NervousSystemPathology pathology) => pathology switch
    {
        NervousSystemPathology.None => RuleIds.PathNone,
        NervousSystemPathology.Degeneration => RuleIds.PathDegeneration,
        NervousSystemPathology.StructuralLesion => RuleIds.PathStructuralLesion,
        _ => RuleIds.PathNotAssessed,
    };

    /// <summary>
    /// Heritability. A genetic finding makes it inherited and an acquired cause acquired; both together are left
    /// unknown, because the categories exclude each other. Idiopathic (familial or sporadic by family history)
    /// needs the absence of any cause and of unexplained pathology.
    /// </summary>
    internal static Heritability HeritabilityOf(in PresentationFacts facts, out string ruleId)
    {
        if (facts.HasGeneticFinding && facts.HasAcquiredCause)
        {
            ruleId = RuleIds.HeritConflicting;
            return Heritability.Unknown;
        }

        if (facts.HasGeneticFinding)
        {
            ruleId = RuleIds.HeritInherited;
            return Heritability.Inherited;
        }

        if (facts.HasAcquiredCause)
        {
            ruleId = RuleIds.HeritAcquired;
            return Heritability.Acquired;
        }

        if (facts.Pathology is NervousSystemPathology.Degeneration or NervousSystemPathology.StructuralLesion)
        {
            ruleId = RuleIds.HeritUnexplainedPathology;
            return Heritability.Unknown;
        }

        switch (facts.FamilyHistory)
        {
            case FamilyHistory.Positive:
                ruleId = RuleIds.HeritIdiopathicFamilial;
                return Heritability.IdiopathicFamilial;
            case FamilyHistory.Negative:
                ruleId = RuleIds.HeritIdiopathicSporadic;
                return Heritability.IdiopathicSporadic;
            default:
                ruleId = RuleIds.HeritFamilyHistoryUnknown;
                return Heritability.Unknown;
        }
    }

    internal static RedFlags RedFlagsOf(in PresentationFacts facts, Distribution distribution, IsolatedOrCombined? isolatedOrCombined)
    {
        var flags = RedFlags.None;
        if (distribution == Distribution.Hemidystonia)
        {
            flags |= RedFlags.Hemidystonia;
        }

        if (isolatedOrCombined == IsolatedOrCombined.Combined)
        {
            flags |= RedFlags.Combined;
        }

        if (facts.Neurological != NeurologicalFeatures.None)
        {
            flags |= RedFlags.NeurologicalFeatures;
        }

        if (facts.Systemic != SystemicFeatures.None)
        {
            flags |= RedFlags.SystemicFeatures;
        }

        return flags;
    }

    /// <summary>
    /// ETIO-*: secondary with any acquired cause, structural lesion or degeneration; otherwise primary, established
    /// by a normal workup or a known genetic cause, provisional while pathology is not assessed, and undetermined
    /// instead of provisional when red flags point to a secondary cause not yet looked for.
    /// </summary>
    internal static Etiology EtiologyOf(in PresentationFacts facts, RedFlags redFlags, out EtiologyCertainty? certainty, out string ruleId)
    {
        if (facts.HasSecondaryCause)
        {
            certainty = EtiologyCertainty.Established;
            ruleId = RuleIds.EtioSecondary;
            return Etiology.Secondary;
        }

        if (facts.Pathology == NervousSystemPathology.None || facts.HasGeneticFinding)
        {
            certainty = EtiologyCertainty.Established;
            ruleId = RuleIds.EtioPrimaryEstablished;
            return Etiology.Primary;
        }

        if (redFlags != RedFlags.None)
        {
            certainty = null;
            ruleId = RuleIds.EtioUndetermined;
            return Etiology.Undetermined;
        }

        certainty = EtiologyCertainty.Provisional;
        ruleId = RuleIds.EtioPrimaryProvisional;
        return Etiology.Primary;
    }

    /// <summary>
    /// LEGACY-*: the older Fahn, Bressman and Marsden category, derived only where the findings decide it.
    /// </summary>
    internal static LegacyCategory? LegacyCategoryOf(in PresentationFacts facts, IsolatedOrCombined? isolatedOrCombined, out string ruleId)
    {
        var nonPsychogenic = facts.AcquiredCauses & ~AcquiredCauses.Psychogenic;
        if (nonPsychogenic != AcquiredCauses.None || facts.Pathology == NervousSystemPathology.StructuralLesion)
        {
            ruleId = RuleIds.LegacySecondary;
            return LegacyCategory.Secondary;
        }

        if ((facts.AcquiredCauses & AcquiredCauses.Psychogenic) != 0)
        {
            ruleId = RuleIds.LegacyPsychogenic;
            return LegacyCategory.Psychogenic;
        }

        if (facts.Pathology == NervousSystemPathology.Degeneration)
        {
            ruleId = RuleIds.LegacyHeredodegenerative;
            return LegacyCategory.Heredodegenerative;
        }

        bool workedUp = facts.Pathology == NervousSystemPathology.None || facts.HasGeneticFinding;
        if (workedUp && isolatedOrCombined == IsolatedOrCombined.Combined)
        {
            ruleId = RuleIds.LegacyDystoniaPlus;
            return LegacyCategory.DystoniaPlus;
        }

        if (workedUp && isolatedOrCombined == IsolatedOrCombined.Isolated && !ClinicalFeatureRules.HasOtherFeatures(facts))
        {
            ruleId = RuleIds.LegacyPrimary;
            return LegacyCategory.Primary;
        }

        ruleId = RuleIds.LegacyNotDerivable;
        return null;
    }
}
