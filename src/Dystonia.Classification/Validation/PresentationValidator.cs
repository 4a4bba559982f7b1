using System.Collections.Generic;
using System.Linq;
using Dystonia.Classification.Internal;
using FluentValidation;
using FluentValidation.Results;

namespace Dystonia.Classification.Validation;

/// <summary>
/// Checks a <see cref="Presentation"/> and names every problem by its JSON field path, with a stable code from
/// <see cref="ErrorCodes"/>. The classifier uses it; it can also be used on its own, for example to check a form
/// before submitting it.
/// </summary>
/// <remarks>
/// Messages never echo the offending value, and failures carry no attempted value. The rules are the library's one
/// table of input rules, which the classifier's own yes/no check also uses, so the two cannot disagree.
/// </remarks>
/// <threadsafety>Instances are thread-safe once constructed; <see cref="Instance"/> is shared.</threadsafety>
public sealed class PresentationValidator : AbstractValidator<Presentation>
{
    /// <summary>Creates the validator.</summary>
    public PresentationValidator()
    {
        RuleFor(p => p).Custom(static (presentation, context) =>
        {
            var failures = new Failures(context);
            InputRules.Check(presentation, ref failures, out _, out _);
        });
    }

    /// <summary>Gets a shared instance.</summary>
    public static PresentationValidator Instance { get; } = new();

    /// <summary>Validates a presentation and returns its problems as <see cref="ClassificationError"/>s.</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>One error per problem; empty when the presentation is valid.</returns>
    public IReadOnlyList<ClassificationError> ValidateToErrors(Presentation presentation) =>
        Validate(presentation).Errors.Select(failure => new ClassificationError(failure.PropertyName, failure.ErrorCode, failure.ErrorMessage)).ToArray();

    /// <summary>Adds a failure for every broken rule and goes on, so that all problems are named at once.</summary>
    private readonly struct Failures(ValidationContext<Presentation> context) : IInputReport
    {
        public bool Broken(InputRule rule, int listing)
        {
            context.AddFailure(new ValidationFailure(InputRules.FieldOf(rule, listing), rule.Message) { ErrorCode = rule.Code });
            return true;
        }
    }
}
