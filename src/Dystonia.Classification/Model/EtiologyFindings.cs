using System;

namespace Dystonia.Classification;

/// <summary>
/// The etiological findings for one presentation (2013 consensus, Axis II): nervous-system pathology, acquired
/// causes, a genetic finding and family history.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class EtiologyFindings
{
    /// <summary>
    /// Gets an instance that records nothing: pathology not assessed, no acquired cause, no genetic finding and
    /// family history unknown.
    /// </summary>
    public static EtiologyFindings NotRecorded { get; } = new();

    /// <summary>Gets the evidence of nervous-system pathology. The default is <see cref="NervousSystemPathology.NotAssessed"/>.</summary>
    public NervousSystemPathology Pathology { get; init; }

    /// <summary>Gets the acquired causes found; <see cref="Classification.AcquiredCauses.None"/> when none.</summary>
    public AcquiredCauses AcquiredCauses { get; init; }

    /// <summary>Gets the disease-causing genetic finding, or <see langword="null"/> when none is known.</summary>
    public GeneticFinding? GeneticFinding { get; init; }

    /// <summary>Gets the family history of dystonia. The default is <see cref="Classification.FamilyHistory.Unknown"/>.</summary>
    public FamilyHistory FamilyHistory { get; init; }
}
