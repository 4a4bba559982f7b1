using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>HERIT-INHERITED: a genetic finding.</summary>
internal sealed class HeritInherited : HeritabilityRule
{
    internal override string Id => "HERIT-INHERITED";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.Inherited;
        return assessment.Facts.HasEstablishedGene;
    }
}
