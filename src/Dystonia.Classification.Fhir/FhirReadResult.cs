using System.Collections.Generic;
using System.Linq;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Fhir;

/// <summary>The outcome of reading FHIR input: the presentation built from it, what was not used, what it relied on, and any errors.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class FhirReadResult
{
    internal FhirReadResult(Presentation? presentation, IReadOnlyList<FhirReadIssue> notUsed, IReadOnlyList<ClassificationError> errors, IReadOnlyList<FhirReadIssue>? used = null)
    {
        Presentation = presentation;
        NotUsed = notUsed;
        Errors = errors;
        Used = used ?? [];
        MissingFindings = notUsed.Where(i => i.IsMissingFinding).ToList();
    }

    /// <summary>Gets the presentation, or <see langword="null"/> when the input could not be read or names no affected region.</summary>
    public Presentation? Presentation { get; }

    /// <summary>Gets every resource or element that was not used, with the reason (unrecognised code, refuted, another patient, imprecise date, a limb without its side, ...).</summary>
    public IReadOnlyList<FhirReadIssue> NotUsed { get; }

    /// <summary>
    /// Gets the findings the record holds only in part (a limb without its side, a dystonia without a region): the
    /// entries of <see cref="NotUsed"/> whose <see cref="FhirReadIssue.IsMissingFinding"/> is set, for a caller to show
    /// as "what is missing" with <see cref="FhirReadIssue.Text"/>. They are never errors: the rest of the record is read.
    /// </summary>
    public IReadOnlyList<FhirReadIssue> MissingFindings { get; }

    /// <summary>Gets what the presentation's acquired causes relied on: one entry per cause used, with its resource and date (<see cref="FhirReadIssueCodes.CauseUsed"/>).</summary>
    public IReadOnlyList<FhirReadIssue> Used { get; }

    /// <summary>Gets the errors that prevent a presentation (malformed JSON, not a Bundle, no dystonia region).</summary>
    public IReadOnlyList<ClassificationError> Errors { get; }
}
