namespace Dystonia.Classification.Rules;

/// <summary>
/// HERIT-UNEXPLAINED-PATHOLOGY: a structural lesion with neither a genetic nor an acquired cause recorded. A lesion
/// has a cause that is simply not recorded, so heritability is left unknown; degeneration of no known cause is
/// idiopathic, as sporadic degenerative disease is (HERIT-IDIOPATHIC-*).
/// </summary>
internal sealed class HeritUnexplainedPathology : HeritabilityRule
{
    internal override string Id => "HERIT-UNEXPLAINED-PATHOLOGY";

    internal override bool Decides(in Assessment assessment, out Heritability label)
    {
        label = Heritability.Unknown;
        return assessment.Facts.Pathology == NervousSystemPathology.StructuralLesion;
    }
}
