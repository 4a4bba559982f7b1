using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>HERIT-CONFLICTING: a genetic finding and an acquired cause together; the categories exclude each other, so heritability stays unknown.</summary>
internal sealed class HeritConflicting : HeritabilityRule
{
    internal override string Id => "HERIT-CONFLICTING";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.Unknown;
        return assessment.Facts.HasEstablishedGene && assessment.Facts.HasAcquiredCause;
    }
}
