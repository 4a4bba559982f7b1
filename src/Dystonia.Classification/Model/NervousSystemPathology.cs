namespace Dystonia.Classification;

/// <summary>Evidence of nervous-system pathology (2013 consensus, Axis II).</summary>
public enum NervousSystemPathology
{
    /// <summary>
    /// Imaging or other workup has not been done or was not recorded. This is the default; it keeps a primary
    /// etiology provisional. JSON: <c>notAssessed</c>.
    /// </summary>
    NotAssessed = 0,

    /// <summary>The workup found neither degeneration nor a structural lesion. JSON: <c>none</c>.</summary>
    None = 1,

    /// <summary>Evidence of degeneration. JSON: <c>degeneration</c>.</summary>
    Degeneration = 2,

    /// <summary>Evidence of a structural, often static, lesion. JSON: <c>structuralLesion</c>.</summary>
    StructuralLesion = 3,
}
