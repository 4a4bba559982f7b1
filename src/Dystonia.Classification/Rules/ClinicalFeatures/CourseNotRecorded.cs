using System.Collections.Generic;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>COURSE-NOT-RECORDED: the course is unknown; the axis's last rule.</summary>
internal sealed class CourseNotRecorded : CourseRule
{
    internal override string Id => "COURSE-NOT-RECORDED";

    internal override bool Decides(in Assessment assessment, out Course label)
    {
        label = Course.Unknown;
        return true;
    }

    internal override string Conclusion(in Assessment assessment, Course label) => "notRecorded";

    internal override IReadOnlyList<Finding> Evidence(EvidenceSource findings) => [];
}
