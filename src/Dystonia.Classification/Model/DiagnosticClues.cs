using System;

namespace Dystonia.Classification;

/// <summary>
/// How the dystonia began and behaves, where that points to a specific cause and to the test that would confirm it
/// (docs/classification-rules.md, workup). Recording a clue never changes a label by itself; it changes the workup.
/// Any combination may be recorded; <see cref="None"/> records none.
/// </summary>
[Flags]
public enum DiagnosticClues
{
    /// <summary>No clue was recorded.</summary>
    None = 0,

    /// <summary>Abrupt onset, over hours to weeks (rapid-onset dystonia-parkinsonism, ATP1A3). JSON: <c>abruptOnset</c>.</summary>
    AbruptOnset = 1,

    /// <summary>A fixed posture from onset rather than mobile dystonic movements (fixed dystonia). JSON: <c>fixedPostureFromOnset</c>.</summary>
    FixedPostureFromOnset = 2,

    /// <summary>Myoclonus or dystonia that improves with alcohol (myoclonus-dystonia, SGCE). JSON: <c>alcoholResponsive</c>.</summary>
    AlcoholResponsive = 4,

    /// <summary>Brief attacks triggered by sudden movement (paroxysmal kinesigenic dyskinesia). JSON: <c>kinesigenicAttacks</c>.</summary>
    KinesigenicAttacks = 8,

    /// <summary>
    /// Faciobrachial dystonic seizures: very brief, frequent contractions of one arm and usually the face on the same
    /// side (LGI1 antibody encephalitis). JSON: <c>faciobrachialDystonicSeizures</c>.
    /// </summary>
    FaciobrachialDystonicSeizures = 16,
}
