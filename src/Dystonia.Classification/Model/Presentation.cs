using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Dystonia.Classification;

/// <summary>
/// One patient's dystonia presentation as a clinician records it: the affected regions, age at onset, temporal
/// pattern, associated features and etiological findings.
/// </summary>
/// <remarks>
/// <para>
/// Instances are immutable: collections passed to the initializers are copied. Construction does not validate
/// clinical consistency; <see cref="IDystoniaClassifier.Classify(Presentation)"/> validates and returns an
/// invalid result naming each bad field, and <see cref="Validation.PresentationValidator"/> can be used on its own.
/// </para>
/// <para>
/// Everything except <see cref="Regions"/> is optional. A missing fact is reported in
/// <see cref="ClassificationResult.MissingFindings"/> and leaves the labels that need it undetermined; it is
/// never guessed.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Presentation
{
    private static readonly ReadOnlyCollection<AffectedRegion> NoRegions = new(Array.Empty<AffectedRegion>());

    private readonly ReadOnlyCollection<AffectedRegion> regions = NoRegions;
    private readonly EtiologyFindings etiology = EtiologyFindings.NotRecorded;

    /// <summary>
    /// Gets the caller's reference for this presentation (a record or row id), copied unchanged to the result.
    /// It is never logged nor placed in an error message. <see langword="null"/> when not given.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>
    /// Gets the affected body regions. At least one is required. A limb listed with <see cref="BodySide.Both"/>
    /// counts as two regions.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public IReadOnlyList<AffectedRegion> Regions
    {
        get => regions;
        init => regions = Copy(value);
    }

    /// <summary>
    /// Gets the region where dystonia began, or <see langword="null"/> when not recorded. It must be one of
    /// <see cref="Regions"/>.
    /// </summary>
    public AffectedRegion? OnsetRegion { get; init; }

    /// <summary>
    /// Gets the age at onset in years (0 to 120; fractions allowed, for example 1.5 for eighteen months), or
    /// <see langword="null"/> when not known.
    /// </summary>
    public double? AgeAtOnset { get; init; }

    /// <summary>Gets the disease course. The default is <see cref="Classification.Course.Unknown"/>.</summary>
    public Course Course { get; init; }

    /// <summary>Gets the short-term variability patterns; <see cref="Classification.Variability.None"/> when not recorded.</summary>
    public Variability Variability { get; init; }

    /// <summary>
    /// Gets the associated features, or <see langword="null"/> when they were not examined or not recorded, in
    /// which case isolated versus combined is left undetermined rather than assumed isolated.
    /// </summary>
    public AssociatedFeatures? AssociatedFeatures { get; init; }

    /// <summary>
    /// Gets the diagnostic clues recorded (abrupt onset, alcohol responsiveness, kinesigenic attacks, ...);
    /// <see cref="Classification.DiagnosticClues.None"/> when none. They change the suggested workup, not the labels.
    /// </summary>
    public DiagnosticClues DiagnosticClues { get; init; }

    /// <summary>Gets the etiological findings. The default records nothing: pathology not assessed, no cause, family history unknown.</summary>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public EtiologyFindings Etiology
    {
        get => etiology;
        init => etiology = value ?? throw new ArgumentNullException(nameof(value));
    }

    private static ReadOnlyCollection<AffectedRegion> Copy(IReadOnlyList<AffectedRegion> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Count == 0)
        {
            return NoRegions;
        }

        var copy = new AffectedRegion[value.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = value[i];
        }

        return new ReadOnlyCollection<AffectedRegion>(copy);
    }
}
