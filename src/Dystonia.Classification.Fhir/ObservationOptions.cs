namespace Dystonia.Classification.Fhir;

/// <summary>What the caller knows that the classification does not: the resource id, the patient and the time.</summary>
/// <remarks>The library never reads the clock, so <see cref="Effective"/> is written only when given.</remarks>
public sealed class ObservationOptions
{
    /// <summary>Gets the Observation's logical id, or <see langword="null"/> to leave it for the server.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the subject reference, for example <c>Patient/123</c>, or <see langword="null"/>.</summary>
    public string? SubjectReference { get; init; }

    /// <summary>Gets the FHIR <c>dateTime</c> of the assessment, for example <c>2026-11-21</c>, or <see langword="null"/>.</summary>
    public string? Effective { get; init; }

    /// <summary>Gets whether the reasoning and suggested workup are written as a Markdown note. The default is <see langword="true"/>.</summary>
    public bool IncludeReasoning { get; init; } = true;
}
