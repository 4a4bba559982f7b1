using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-MRI-RED-FLAGS: pathology not assessed and a red flag, unless the hemidystonia MRI or the iron-sensitive MRI
/// already suggests the scan.
/// </summary>
internal sealed class WorkupMriRedFlags : WorkupRule
{
    internal override string Id => "WORKUP-MRI-RED-FLAGS";

    internal override WorkupKind Kind => WorkupKind.BrainMri;

    internal override bool Suggests(in Assessment assessment) =>
        assessment.Facts.Pathology == NervousSystemPathology.NotAssessed
        && assessment.RedFlags != RedFlags.None
        && !WorkupMriHemidystonia.SuggestsForHemidystonia(assessment)
        && !WorkupMriIron.IsNbiaSuspected(assessment);
}
