using System;

namespace Dystonia.Classification;

/// <summary>
/// Neurological features other than movement disorders (2013 consensus, Axis I, "occurrence of other
/// neurological or systemic manifestations"). They do not make dystonia combined, but they are red flags for an
/// acquired or degenerative cause.
/// </summary>
[Flags]
public enum NeurologicalFeatures
{
    /// <summary>No other neurological feature was found.</summary>
    None = 0,

    /// <summary>Cognitive impairment or dementia. JSON: <c>cognitiveImpairment</c>.</summary>
    CognitiveImpairment = 1,

    /// <summary>Seizures. JSON: <c>seizures</c>.</summary>
    Seizures = 2,

    /// <summary>Pyramidal signs. JSON: <c>pyramidalSigns</c>.</summary>
    PyramidalSigns = 4,

    /// <summary>Peripheral neuropathy. JSON: <c>neuropathy</c>.</summary>
    Neuropathy = 8,

    /// <summary>Retinopathy or other retinal findings. JSON: <c>retinopathy</c>.</summary>
    Retinopathy = 16,

    /// <summary>Hearing loss (deafness). JSON: <c>hearingLoss</c>.</summary>
    HearingLoss = 32,

    /// <summary>Intellectual disability. JSON: <c>intellectualDisability</c>.</summary>
    IntellectualDisability = 64,

    /// <summary>Another neurological feature not listed here. JSON: <c>other</c>.</summary>
    Other = 128,

    /// <summary>Supranuclear gaze palsy (vertical in Niemann-Pick disease type C). JSON: <c>supranuclearGazePalsy</c>.</summary>
    SupranuclearGazePalsy = 256,

    /// <summary>Psychiatric change (depression, psychosis, personality change), at onset or since. JSON: <c>psychiatric</c>.</summary>
    Psychiatric = 512,
}
