using System;

namespace Dystonia.Classification;

/// <summary>
/// Acquired causes of dystonia (2013 consensus, Axis II, heritability: acquired). Any one makes the etiology
/// secondary.
/// </summary>
[Flags]
public enum AcquiredCauses
{
    /// <summary>No acquired cause was found.</summary>
    None = 0,

    /// <summary>Perinatal brain injury, including dyskinetic cerebral palsy. JSON: <c>perinatalBrainInjury</c>.</summary>
    PerinatalBrainInjury = 1,

    /// <summary>Infection, such as encephalitis. JSON: <c>infection</c>.</summary>
    Infection = 2,

    /// <summary>A drug, such as a dopamine-receptor blocker. JSON: <c>drug</c>.</summary>
    Drug = 4,

    /// <summary>A toxin, such as carbon monoxide. JSON: <c>toxic</c>.</summary>
    Toxic = 8,

    /// <summary>A vascular cause, such as stroke. JSON: <c>vascular</c>.</summary>
    Vascular = 16,

    /// <summary>A neoplasm. JSON: <c>neoplastic</c>.</summary>
    Neoplastic = 32,

    /// <summary>Brain injury, such as head trauma. JSON: <c>brainInjury</c>.</summary>
    BrainInjury = 64,

    /// <summary>An autoimmune disease, such as multiple sclerosis. JSON: <c>autoimmune</c>.</summary>
    Autoimmune = 128,

    /// <summary>An acquired metabolic cause. JSON: <c>metabolic</c>.</summary>
    Metabolic = 256,

    /// <summary>Psychogenic (functional) dystonia. JSON: <c>psychogenic</c>.</summary>
    Psychogenic = 512,
}
