namespace Dystonia.Classification.Rules;

/// <summary>MISSING-COURSE: the course (static or progressive) is unknown.</summary>
internal sealed class MissingCourse : MissingFindingRule
{
    internal override string Id => "MISSING-COURSE";

    internal override bool IsMissing(in Assessment assessment) => assessment.Facts.Course == Course.Unknown;
}
