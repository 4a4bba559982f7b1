using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-MRI-IRON: neurodegeneration with brain iron accumulation (NBIA) is suspected: degeneration found without an
/// established gene, or, with pathology not assessed, early-onset progressive combined dystonia. MRI with
/// iron-sensitive sequences shows the pattern that points to the gene (the "eye of the tiger" in PKAN). It takes the
/// place of the red-flag MRI, so that one scan is suggested, with the sequences it needs.
/// </summary>
internal sealed class WorkupMriIron : WorkupRule
{
    internal override string Id => "WORKUP-MRI-IRON";

    internal override WorkupKind Kind => WorkupKind.BrainMri;

    internal override bool Suggests(in Assessment assessment) => IsNbiaSuspected(assessment);

    /// <summary>Gets whether the findings suggest NBIA; the red-flag MRI defers to this rule.</summary>
    internal static bool IsNbiaSuspected(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene
        && (assessment.Facts.Pathology == NervousSystemPathology.Degeneration
            || (assessment.Facts.Pathology == NervousSystemPathology.NotAssessed
                && assessment.IsEarlyOnset
                && assessment.Facts.Course == Course.Progressive
                && assessment.IsolatedOrCombined == IsolatedOrCombined.Combined));
}
