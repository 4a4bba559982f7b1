using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>WORKUP-MRI-HEMIDYSTONIA: hemidystonia with pathology not assessed; imaging looks for a contralateral lesion.</summary>
internal sealed class WorkupMriHemidystonia : WorkupRule
{
    internal override string Id => "WORKUP-MRI-HEMIDYSTONIA";

    internal override WorkupKind Kind => WorkupKind.BrainMri;

    internal override bool Suggests(in Assessment assessment) =>
        assessment.Facts.Pathology == NervousSystemPathology.NotAssessed && (assessment.RedFlags & RedFlags.Hemidystonia) != 0;
}
