namespace Dystonia.Classification.Rules;

/// <summary>MISSING-PATHOLOGY: nervous-system pathology was not assessed.</summary>
internal sealed class MissingPathology : MissingFindingRule
{
    internal override string Id => "MISSING-PATHOLOGY";

    internal override bool IsMissing(in Assessment assessment) => assessment.Facts.Pathology == NervousSystemPathology.NotAssessed;
}
