using System.Collections.Generic;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Fhir;

/// <summary>The outcome of reading FHIR input: the presentation built from it, what was not used, and any errors.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class FhirReadResult
{
    internal FhirReadResult(Presentation? presentation, IReadOnlyList<FhirReadIssue> notUsed, IReadOnlyList<ClassificationError> errors)
    {
        Presentation = presentation;
        NotUsed = notUsed;
        Errors = errors;
    }

    /// <summary>Gets the presentation, or <see langword="null"/> when the input could not be read or names no affected region.</summary>
    public Presentation? Presentation { get; }

    /// <summary>Gets every resource or element that was not used, with the reason (unrecognised code, refuted, imprecise date, ...).</summary>
    public IReadOnlyList<FhirReadIssue> NotUsed { get; }

    /// <summary>Gets the errors that prevent a presentation (malformed JSON, not a Bundle, no dystonia region).</summary>
    public IReadOnlyList<ClassificationError> Errors { get; }
}
