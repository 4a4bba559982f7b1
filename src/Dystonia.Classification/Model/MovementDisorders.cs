using System;

namespace Dystonia.Classification;

/// <summary>
/// Movement disorders recorded alongside dystonia. Any one other than <see cref="Tremor"/> and
/// <see cref="Spasticity"/> makes the dystonia combined rather than isolated (2013 consensus, Axis I, associated
/// features).
/// </summary>
[Flags]
public enum MovementDisorders
{
    /// <summary>No other movement disorder was found.</summary>
    None = 0,

    /// <summary>Tremor; allowed in isolated dystonia. JSON: <c>tremor</c>.</summary>
    Tremor = 1,

    /// <summary>Parkinsonism. JSON: <c>parkinsonism</c>.</summary>
    Parkinsonism = 2,

    /// <summary>Myoclonus. JSON: <c>myoclonus</c>.</summary>
    Myoclonus = 4,

    /// <summary>Chorea. JSON: <c>chorea</c>.</summary>
    Chorea = 8,

    /// <summary>Athetosis. JSON: <c>athetosis</c>.</summary>
    Athetosis = 16,

    /// <summary>Ataxia. JSON: <c>ataxia</c>.</summary>
    Ataxia = 32,

    /// <summary>
    /// Spasticity. JSON: <c>spasticity</c>. Read as a pyramidal sign, exactly as
    /// <see cref="NeurologicalFeatures.PyramidalSigns"/>: it does not make dystonia combined, and it is a red flag for
    /// a secondary cause. It stays in this list because clinicians record it beside the movement disorders.
    /// </summary>
    Spasticity = 64,
}
