using System.Collections.Generic;
using Hl7.Fhir.Model;

namespace Dystonia.Classification.Fhir.Firely;

/// <summary>What the caller knows that the classification does not: the resource id, the patient, the time and the resources the findings came from.</summary>
/// <remarks>The library never reads the clock, so <see cref="Effective"/> is written only when given.</remarks>
public sealed class FirelyObservationOptions
{
    /// <summary>Gets the Observation's logical id, or <see langword="null"/> to leave it for the server.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the subject, for example <c>new ResourceReference("Patient/123")</c>, or <see langword="null"/>. It is part of the identifier.</summary>
    public ResourceReference? Subject { get; init; }

    /// <summary>Gets the time of the assessment, or <see langword="null"/>.</summary>
    public FhirDateTime? Effective { get; init; }

    /// <summary>
    /// Gets the resources the findings were read from, usually <see cref="FirelyReadResult.Used"/>. Observations and
    /// QuestionnaireResponses go to <c>Observation.derivedFrom</c>; every other type (a Condition, which R4's
    /// <c>derivedFrom</c> does not allow) to the core extension <c>workflow-supportingInfo</c>. They are part of the identifier.
    /// </summary>
    public IReadOnlyList<ResourceReference> DerivedFrom { get; init; } = [];

    /// <summary>Gets whether the reasoning and suggested workup are written as a Markdown note. The default is <see langword="true"/>.</summary>
    public bool IncludeReasoning { get; init; } = true;
}
