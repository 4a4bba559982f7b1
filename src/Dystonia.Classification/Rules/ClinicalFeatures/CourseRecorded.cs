namespace Dystonia.Classification.Rules;

/// <summary>COURSE-RECORDED: the course is recorded as static or progressive.</summary>
internal sealed class CourseRecorded : CourseRule
{
    internal override string Id => "COURSE-RECORDED";

    internal override bool Decides(in Assessment assessment, out Course label)
    {
        label = assessment.Facts.Course;
        return label != Course.Unknown;
    }
}
