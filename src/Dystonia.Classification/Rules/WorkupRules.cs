using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>One suggested next step, before its text is rendered.</summary>
internal readonly struct WorkupDecision
{
    internal WorkupDecision(string ruleId, WorkupKind kind, string? gene = null)
    {
        RuleId = ruleId;
        Kind = kind;
        Gene = gene;
    }

    internal string RuleId { get; }

    internal WorkupKind Kind { get; }

    internal string? Gene { get; }
}

/// <summary>
/// Suggested next steps (rules WORKUP-*), each resting on a cited guideline or study. Genetic and levodopa
/// suggestions are made only while no cause is established, because an established cause is the "alternative
/// diagnosis" the guidance excludes.
/// </summary>
internal static class WorkupRules
{
    /// <summary>EFNS 2011: DYT1 testing for primary dystonia with limb onset before age 30.</summary>
    internal const double Tor1aLimbOnsetBeforeAge = 30;

    /// <summary>Wilson screening applies from adolescence (Bhidayasiri and Tarsy: "adolescents and adults younger than age 40").</summary>
    internal const int WilsonFromAge = 13;

    internal const int MaximumSuggestions = 8;

    /// <summary>Writes the suggestions into <paramref name="into"/> and returns how many there are.</summary>
    internal static int Decide(in PresentationFacts facts, Distribution distribution, RedFlags redFlags, in RuleSettings settings, WorkupDecision[] into)
    {
        int count = 0;
        if (facts.Pathology == NervousSystemPathology.NotAssessed)
        {
            // WORKUP-MRI-*: the text depends on why imaging matters most.
            string rule = (redFlags & RedFlags.Hemidystonia) != 0 ? RuleIds.WorkupMriHemidystonia
                : redFlags != RedFlags.None ? RuleIds.WorkupMriRedFlags
                : RuleIds.WorkupMri;
            into[count++] = new WorkupDecision(rule, WorkupKind.BrainMri);
        }

        bool noCauseEstablished = !facts.HasSecondaryCause && !facts.HasGeneticFinding;
        bool earlyOnset = AgeAtOnsetRules.IsEarlyOnset(facts, settings);
        if (noCauseEstablished && earlyOnset)
        {
            into[count++] = new WorkupDecision(RuleIds.WorkupLevodopaTrial, WorkupKind.LevodopaTrial);
        }

        if (noCauseEstablished && IsLimbOnsetBeforeThirty(facts))
        {
            into[count++] = new WorkupDecision(RuleIds.WorkupGeneticTor1a, WorkupKind.GeneticTesting, "TOR1A");
        }

        bool cranioCervical = (facts.Regions.Slots & (RegionSet.CranialMask | RegionSet.NeckBit)) != 0;
        if (noCauseEstablished && cranioCervical && (earlyOnset || facts.FamilyHistory == FamilyHistory.Positive))
        {
            into[count++] = new WorkupDecision(RuleIds.WorkupGeneticThap1, WorkupKind.GeneticTesting, "THAP1");
        }

        if (noCauseEstablished && earlyOnset && (facts.MovementDisorders & MovementDisorders.Myoclonus) != 0)
        {
            into[count++] = new WorkupDecision(RuleIds.WorkupGeneticSgce, WorkupKind.GeneticTesting, "SGCE");
        }

        if (noCauseEstablished && facts.HasAge && facts.CompletedYears >= WilsonFromAge && facts.Age < settings.WilsonBeforeAge)
        {
            into[count++] = new WorkupDecision(RuleIds.WorkupWilson, WorkupKind.WilsonDiseaseScreening);
        }

        if (distribution == Distribution.Focal)
        {
            into[count++] = new WorkupDecision(RuleIds.WorkupEmg, WorkupKind.Electromyography);
        }

        return count;
    }

    /// <summary>Returns whether the TOR1A criterion could apply but the onset region needed to decide it is missing.</summary>
    internal static bool NeedsOnsetRegionForTor1a(in PresentationFacts facts) =>
        facts.OnsetSlots == 0
        && !facts.HasSecondaryCause
        && !facts.HasGeneticFinding
        && facts.HasAge
        && facts.Age < Tor1aLimbOnsetBeforeAge
        && (facts.Regions.Slots & LimbSlots) != 0;

    private const ushort LimbSlots = RegionSet.LeftLimbsMask | RegionSet.RightLimbsMask;

    private static bool IsLimbOnsetBeforeThirty(in PresentationFacts facts) =>
        facts.HasAge && facts.Age < Tor1aLimbOnsetBeforeAge && (facts.OnsetSlots & LimbSlots) != 0;
}
