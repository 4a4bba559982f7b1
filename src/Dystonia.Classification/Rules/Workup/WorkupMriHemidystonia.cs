using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-MRI-HEMIDYSTONIA: persistent hemidystonia with pathology not assessed; imaging looks for a contralateral
/// lesion. Paroxysmal attacks on one side are not the fixed hemidystonia of a stroke series: they get the red-flag MRI
/// and the workup of their pattern instead.
/// </summary>
internal sealed class WorkupMriHemidystonia : WorkupRule
{
    internal override string Id => "WORKUP-MRI-HEMIDYSTONIA";

    internal override WorkupKind Kind => WorkupKind.BrainMri;

    internal override bool Suggests(in Assessment assessment) => SuggestsForHemidystonia(assessment);

    /// <summary>Gets whether this rule suggests the MRI; the red-flag MRI defers to it.</summary>
    internal static bool SuggestsForHemidystonia(in Assessment assessment) =>
        assessment.Facts.Pathology == NervousSystemPathology.NotAssessed
        && (assessment.RedFlags & RedFlags.Hemidystonia) != 0
        && (assessment.Facts.Variability & Variability.Paroxysmal) == 0;
}
