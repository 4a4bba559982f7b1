namespace Dystonia.Classification.Rules;

/// <summary>PATH-NOT-ASSESSED: pathology not assessed.</summary>
internal sealed class PathNotAssessed : PathologyRule
{
    internal override string Id => "PATH-NOT-ASSESSED";

    internal override NervousSystemPathology Pathology => NervousSystemPathology.NotAssessed;
}
