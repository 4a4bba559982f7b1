namespace Dystonia.Classification.Rules;

/// <summary>PATH-STRUCTURAL-LESION: a static structural lesion.</summary>
internal sealed class PathStructuralLesion : PathologyRule
{
    internal override string Id => "PATH-STRUCTURAL-LESION";

    internal override NervousSystemPathology Pathology => NervousSystemPathology.StructuralLesion;
}
