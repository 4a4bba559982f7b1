using System.Collections.Generic;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Fhir.Firely;

/// <summary>The outcome of reading a QuestionnaireResponse: the presentation, the errors of the JSON contract, and the answers not used.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class QuestionnaireReadResult
{
    internal QuestionnaireReadResult(Presentation? presentation, IReadOnlyList<ClassificationError> errors, IReadOnlyList<string> notUsed)
    {
        Presentation = presentation;
        Errors = errors;
        NotUsed = notUsed;
    }

    /// <summary>Gets the presentation, or <see langword="null"/> when the answers do not make a valid one (see <see cref="Errors"/>).</summary>
    public Presentation? Presentation { get; }

    /// <summary>Gets the errors, with the JSON contract's field paths (<c>regions[0].side</c>), which are also the items' link ids without the index.</summary>
    public IReadOnlyList<ClassificationError> Errors { get; }

    /// <summary>Gets each answer that was not used, as "linkId: reason" (an unknown item, an answer code not offered).</summary>
    public IReadOnlyList<string> NotUsed { get; }
}
