namespace Dystonia.Classification.Rules;

/// <summary>HERIT-UNEXPLAINED-PATHOLOGY: degeneration or a structural lesion with neither a genetic nor an acquired cause recorded.</summary>
internal sealed class HeritUnexplainedPathology : HeritabilityRule
{
    internal override string Id => "HERIT-UNEXPLAINED-PATHOLOGY";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.Unknown;
        return assessment.Facts.Pathology is NervousSystemPathology.Degeneration or NervousSystemPathology.StructuralLesion;
    }
}
