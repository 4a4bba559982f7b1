using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// Age-at-onset group, 2013 consensus (rules AGE-*): infancy 0-2, childhood 3-12, adolescence 13-20, early
/// adulthood 21-40, late adulthood over 40, all in completed years.
/// </summary>
internal static class AgeAtOnsetRules
{
    /// <summary>The completed years at which sources disagree between early and late adulthood.</summary>
    internal const int DisputedBoundary = 40;

    internal static AgeAtOnsetGroup? GroupOf(in PresentationFacts facts, in RuleSettings settings)
    {
        if (!facts.HasAge)
        {
            return null;
        }

        int years = facts.CompletedYears;
        return years switch
        {
            <= 2 => AgeAtOnsetGroup.Infancy,
            <= 12 => AgeAtOnsetGroup.Childhood,
            <= 20 => AgeAtOnsetGroup.Adolescence,
            < DisputedBoundary => AgeAtOnsetGroup.EarlyAdulthood,
            DisputedBoundary => settings.AgeFortyIsLate ? AgeAtOnsetGroup.LateAdulthood : AgeAtOnsetGroup.EarlyAdulthood,
            _ => AgeAtOnsetGroup.LateAdulthood,
        };
    }

    internal static string RuleIdOf(AgeAtOnsetGroup? group) => group switch
    {
        AgeAtOnsetGroup.Infancy => RuleIds.AgeInfancy,
        AgeAtOnsetGroup.Childhood => RuleIds.AgeChildhood,
        AgeAtOnsetGroup.Adolescence => RuleIds.AgeAdolescence,
        AgeAtOnsetGroup.EarlyAdulthood => RuleIds.AgeEarlyAdulthood,
        AgeAtOnsetGroup.LateAdulthood => RuleIds.AgeLateAdulthood,
        _ => RuleIds.AgeNotRecorded,
    };

    /// <summary>Returns whether onset is early for the workup rules (levodopa trial, THAP1, SGCE).</summary>
    internal static bool IsEarlyOnset(in PresentationFacts facts, in RuleSettings settings) =>
        facts.HasAge && facts.CompletedYears <= settings.EarlyOnsetMaximumAge;
}
