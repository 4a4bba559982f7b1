using System;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification;

/// <summary>Classifies dystonia presentations by a versioned rule set and explains every label.</summary>
/// <threadsafety>Implementations are thread-safe: one instance may serve every thread.</threadsafety>
public interface IDystoniaClassifier
{
    /// <summary>Gets the rule set and version this classifier applies.</summary>
    RuleSetInfo RuleSet { get; }

    /// <summary>
    /// Validates and classifies a presentation. Never throws for bad clinical input: an invalid presentation gives a
    /// result with <see cref="ClassificationStatus.Invalid"/> and one error per problem.
    /// </summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The labels with their reasoning, or the validation errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presentation"/> is <see langword="null"/>.</exception>
    ClassificationResult Classify(Presentation presentation);

    /// <summary>
    /// Classifies a presentation to labels only, without reasoning text and without allocating; for cohort-scale
    /// work. Returns <see langword="false"/> for an invalid presentation: call <see cref="Classify"/> to learn why.
    /// </summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="labels">The labels when the presentation is valid; otherwise the default value.</param>
    /// <returns>Whether the presentation was valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presentation"/> is <see langword="null"/>.</exception>
    bool TryClassifyLabels(Presentation presentation, out ClassificationLabels labels);
}
