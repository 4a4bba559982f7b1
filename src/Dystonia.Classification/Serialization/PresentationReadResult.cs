using System.Collections.Generic;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Serialization;

/// <summary>The outcome of reading one presentation from JSON: the presentation, or the contract errors.</summary>
/// <remarks>
/// Reading checks the contract (well-formed JSON, known properties and values, right types); clinical validity
/// (a limb needs a side, age range, ...) is checked when the presentation is classified.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class PresentationReadResult
{
    internal PresentationReadResult(Presentation? presentation, string? id, IReadOnlyList<ClassificationError> errors)
    {
        Presentation = presentation;
        Id = id;
        Errors = errors;
    }

    /// <summary>Gets the presentation, or <see langword="null"/> when the JSON broke the contract.</summary>
    public Presentation? Presentation { get; }

    /// <summary>Gets the <c>id</c> of the record when it could be read, even if the rest could not.</summary>
    public string? Id { get; }

    /// <summary>Gets the contract errors; empty when <see cref="Presentation"/> is set.</summary>
    public IReadOnlyList<ClassificationError> Errors { get; }

    /// <summary>Gets whether a presentation was read.</summary>
    public bool Succeeded => Presentation is not null;
}
