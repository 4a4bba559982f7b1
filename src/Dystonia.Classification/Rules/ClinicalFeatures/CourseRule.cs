using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>A rule of the course, 2013 consensus Axis I temporal pattern (COURSE-*): the label is the course recorded.</summary>
internal abstract class CourseRule : LabelRule<Course>
{
    internal override string Conclusion(in Assessment assessment, Course label) => WireNames.Of(label);
}
