using System;
using System.Collections.Generic;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification;

/// <summary>
/// The outcome of classifying one presentation: either <see cref="ClassificationStatus.Classified"/>, with labels,
/// reasoning, missing findings and suggested workup, or <see cref="ClassificationStatus.Invalid"/>, with errors.
/// </summary>
/// <threadsafety>This type is immutable in effect and safe to share between threads.</threadsafety>
public sealed class ClassificationResult
{
    private static readonly IReadOnlyList<ReasoningStep> NoSteps = Array.Empty<ReasoningStep>();
    private static readonly IReadOnlyList<MissingFinding> NoMissing = Array.Empty<MissingFinding>();
    private static readonly IReadOnlyList<WorkupSuggestion> NoWorkup = Array.Empty<WorkupSuggestion>();
    private static readonly IReadOnlyList<ClassificationError> NoErrors = Array.Empty<ClassificationError>();

    private readonly ClassificationLabels labels;

    private ClassificationResult(
        ClassificationStatus status,
        string? presentationId,
        ClassificationLabels labels,
        IReadOnlyList<ReasoningStep> reasoning,
        IReadOnlyList<MissingFinding> missingFindings,
        IReadOnlyList<WorkupSuggestion> suggestedWorkup,
        IReadOnlyList<ClassificationError> errors,
        RuleSetInfo ruleSet,
        string language)
    {
        Status = status;
        PresentationId = presentationId;
        this.labels = labels;
        Reasoning = reasoning;
        MissingFindings = missingFindings;
        SuggestedWorkup = suggestedWorkup;
        Errors = errors;
        RuleSet = ruleSet;
        Language = language;
    }

    /// <summary>Gets whether the presentation was classified or invalid.</summary>
    public ClassificationStatus Status { get; }

    /// <summary>Gets whether <see cref="Status"/> is <see cref="ClassificationStatus.Classified"/>.</summary>
    public bool IsClassified => Status == ClassificationStatus.Classified;

    /// <summary>Gets the <see cref="Presentation.Id"/> of the input, or <see langword="null"/>.</summary>
    public string? PresentationId { get; }

    /// <summary>
    /// Gets the labels of a classified presentation. Check <see cref="IsClassified"/> (or <see cref="Status"/>) first:
    /// an invalid presentation has no labels, only <see cref="Errors"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The result is invalid; read <see cref="Errors"/> instead.</exception>
    public ClassificationLabels Labels => IsClassified
        ? labels
        : throw new InvalidOperationException("The presentation was invalid and has no labels; see Errors.");

    /// <summary>
    /// Gets the reasoning, grouped by axis in the order distribution, age at onset, course, variability,
    /// associated features, pathology, heritability, etiology, legacy category. Empty when invalid.
    /// </summary>
    public IReadOnlyList<ReasoningStep> Reasoning { get; }

    /// <summary>Gets the facts the presentation did not record that would change or firm up a label. Empty when invalid.</summary>
    public IReadOnlyList<MissingFinding> MissingFindings { get; }

    /// <summary>Gets the suggested next steps, each with its reason and source. Empty when invalid.</summary>
    public IReadOnlyList<WorkupSuggestion> SuggestedWorkup { get; }

    /// <summary>Gets the validation errors. Empty when classified.</summary>
    public IReadOnlyList<ClassificationError> Errors { get; }

    /// <summary>Gets the rule set and version that produced the result.</summary>
    public RuleSetInfo RuleSet { get; }

    /// <summary>
    /// Gets the language tag of the texts of <see cref="Reasoning"/>, <see cref="MissingFindings"/> and
    /// <see cref="SuggestedWorkup"/>: <c>en</c> or <c>lv</c>. Validation error messages are English in every
    /// language (they are written for the integrator and may be logged), so an invalid result reports <c>en</c>.
    /// </summary>
    public string Language { get; }

    /// <summary>Returns the step that decided the label of <paramref name="axis"/>, or <see langword="null"/> when invalid.</summary>
    /// <param name="axis">The axis; <see cref="ClassificationAxis.Workup"/> has no deciding step and returns <see langword="null"/>.</param>
    /// <returns>The applied step for the axis.</returns>
    public ReasoningStep? DecisionFor(ClassificationAxis axis)
    {
        foreach (var step in Reasoning)
        {
            if (step.Axis == axis && step.Outcome == RuleOutcome.Applied)
            {
                return step;
            }
        }

        return null;
    }

    internal static ClassificationResult Classified(
        string? presentationId,
        ClassificationLabels labels,
        IReadOnlyList<ReasoningStep> reasoning,
        IReadOnlyList<MissingFinding> missingFindings,
        IReadOnlyList<WorkupSuggestion> suggestedWorkup,
        RuleSetInfo ruleSet,
        string language) =>
        new(ClassificationStatus.Classified, presentationId, labels, reasoning, missingFindings.Count == 0 ? NoMissing : missingFindings, suggestedWorkup.Count == 0 ? NoWorkup : suggestedWorkup, NoErrors, ruleSet, language);

    /// <summary>
    /// Creates an invalid result for input that could not become a <see cref="Presentation"/>, for example malformed
    /// JSON, so that callers report it in the same shape as a validation failure.
    /// </summary>
    /// <param name="presentationId">The id of the input, when it could be read; otherwise <see langword="null"/>.</param>
    /// <param name="errors">The problems found; at least one.</param>
    /// <returns>An invalid result stamped with the current rule set.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or holds <see langword="null"/>.</exception>
    public static ClassificationResult Invalid(string? presentationId, IReadOnlyList<ClassificationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
        }

        // Copied, so that the result stays as it was made, and checked here rather than where it is written.
        var copy = new ClassificationError[errors.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = errors[i] ?? throw new ArgumentException("An invalid result's errors must not hold null.", nameof(errors));
        }

        return Invalid(presentationId, copy, Internal.ClinicalData.RuleSet);
    }

    internal static ClassificationResult Invalid(string? presentationId, IReadOnlyList<ClassificationError> errors, RuleSetInfo ruleSet) =>
        new(ClassificationStatus.Invalid, presentationId, default, NoSteps, NoMissing, NoWorkup, errors, ruleSet, Localization.ClinicalLanguages.English);
}
