namespace Dystonia.Classification.Rules;

/// <summary>HERIT-ACQUIRED: an acquired cause.</summary>
internal sealed class HeritAcquired : HeritabilityRule
{
    internal override string Id => "HERIT-ACQUIRED";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.Acquired;
        return assessment.Facts.HasAcquiredCause;
    }
}
