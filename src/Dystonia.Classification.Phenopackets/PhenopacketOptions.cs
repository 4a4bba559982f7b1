using System;

namespace Dystonia.Classification.Phenopackets;

/// <summary>What a phenopacket needs that the classification does not hold: its ids, when and by whom it was made.</summary>
/// <remarks>The library never reads the clock: <see cref="Created"/> is the caller's.</remarks>
public sealed class PhenopacketOptions
{
    /// <summary>The <see cref="CreatedBy"/> written when none is given.</summary>
    public const string DefaultCreatedBy = "Dystonia.Classification";

    /// <summary>
    /// Gets the phenopacket's id; <see langword="null"/> takes the presentation's id
    /// (<see cref="ClassificationResult.PresentationId"/>).
    /// </summary>
    public string? Id { get; init; }

    /// <summary>Gets the subject's id; <see langword="null"/> takes the phenopacket's id.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Gets when the phenopacket was made (<c>metaData.created</c>, written in UTC). Required.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Gets who or which program made it (<c>metaData.createdBy</c>); <see langword="null"/> writes <see cref="DefaultCreatedBy"/>.</summary>
    public string? CreatedBy { get; init; }
}
