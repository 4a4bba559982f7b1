using System.Collections.Generic;
using Dystonia.Classification.Validation;
using Hl7.Fhir.Model;

namespace Dystonia.Classification.Fhir.Firely;

/// <summary>The outcome of reading a Firely <see cref="Bundle"/>: the FHIR package's result and the resources that were used.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class FirelyReadResult
{
    internal FirelyReadResult(FhirReadResult read, IReadOnlyList<ResourceReference> used)
    {
        Presentation = read.Presentation;
        NotUsed = read.NotUsed;
        Errors = read.Errors;
        Used = used;
    }

    /// <summary>Gets the presentation, or <see langword="null"/> when the Bundle names no affected region.</summary>
    public Presentation? Presentation { get; }

    /// <summary>Gets every resource or element that was not used, with the reason; locations are those of the Bundle's JSON (<c>entry[3].resource.code</c>).</summary>
    public IReadOnlyList<FhirReadIssue> NotUsed { get; }

    /// <summary>Gets the errors that prevent a presentation.</summary>
    public IReadOnlyList<ClassificationError> Errors { get; }

    /// <summary>
    /// Gets references to the Conditions and Observations the presentation was read from, in Bundle order: the entry's
    /// <c>fullUrl</c>, or <c>Type/id</c> when it has none; an entry with neither cannot be referenced and is left out.
    /// Pass them as <see cref="FirelyObservationOptions.DerivedFrom"/>.
    /// </summary>
    public IReadOnlyList<ResourceReference> Used { get; }
}
