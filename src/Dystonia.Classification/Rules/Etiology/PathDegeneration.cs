namespace Dystonia.Classification.Rules;

/// <summary>PATH-DEGENERATION: degeneration of the nervous system.</summary>
internal sealed class PathDegeneration : PathologyRule
{
    internal override string Id => "PATH-DEGENERATION";

    internal override NervousSystemPathology Pathology => NervousSystemPathology.Degeneration;
}
