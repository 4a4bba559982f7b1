namespace Dystonia.Classification;

/// <summary>The disease course over time (2013 consensus, Axis I, temporal pattern).</summary>
public enum Course
{
    /// <summary>The course was not recorded. JSON: <c>unknown</c>.</summary>
    Unknown = 0,

    /// <summary>Static: no progression. JSON: <c>static</c>.</summary>
    Static = 1,

    /// <summary>Progressive: spreading or worsening over time. JSON: <c>progressive</c>.</summary>
    Progressive = 2,
}
