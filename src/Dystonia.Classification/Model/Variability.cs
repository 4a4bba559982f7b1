using System;

namespace Dystonia.Classification;

/// <summary>
/// Short-term variability of dystonia (2013 consensus, Axis I, temporal pattern). Any combination may be recorded.
/// </summary>
[Flags]
public enum Variability
{
    /// <summary>No variability pattern was recorded.</summary>
    None = 0,

    /// <summary>Persists to approximately the same degree throughout the day. JSON: <c>persistent</c>.</summary>
    Persistent = 1,

    /// <summary>Occurs only during a particular activity or task, such as writer's cramp. JSON: <c>actionSpecific</c>.</summary>
    ActionSpecific = 2,

    /// <summary>Fluctuates during the day with recognisable circadian variation. JSON: <c>diurnal</c>.</summary>
    Diurnal = 4,

    /// <summary>Sudden self-limited episodes, usually induced by a trigger. JSON: <c>paroxysmal</c>.</summary>
    Paroxysmal = 8,
}
