using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>WORKUP-EMG: focal dystonia.</summary>
internal sealed class WorkupEmg : WorkupRule
{
    internal override string Id => "WORKUP-EMG";

    internal override WorkupKind Kind => WorkupKind.Electromyography;

    internal override bool Suggests(in Assessment assessment) => assessment.Distribution == Distribution.Focal;
}
