using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>WORKUP-MRI: pathology not assessed and no red flag.</summary>
internal sealed class WorkupMri : WorkupRule
{
    internal override string Id => "WORKUP-MRI";

    internal override WorkupKind Kind => WorkupKind.BrainMri;

    internal override bool Suggests(in Assessment assessment) =>
        assessment.Facts.Pathology == NervousSystemPathology.NotAssessed && assessment.RedFlags == RedFlags.None;
}
