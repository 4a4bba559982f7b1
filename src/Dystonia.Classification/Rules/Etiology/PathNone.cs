namespace Dystonia.Classification.Rules;

/// <summary>PATH-NONE: no pathology was found on workup.</summary>
internal sealed class PathNone : PathologyRule
{
    internal override string Id => "PATH-NONE";

    internal override NervousSystemPathology Pathology => NervousSystemPathology.None;
}
