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
    /// Validates and classifies a presentation with the clinician-facing texts in <paramref name="language"/>
    /// instead of the configured <see cref="ClassificationOptions.Language"/>. The labels, rule ids, conclusions and
    /// evidence are the same in every language.
    /// </summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="language">
    /// A tag from <see cref="Localization.ClinicalLanguages.Supported"/> (<c>en</c>, <c>lv</c>; <c>lv-LV</c> is read
    /// as <c>lv</c>). For a <see cref="System.Globalization.CultureInfo"/>, pass
    /// <see cref="Localization.ClinicalLanguages.For(System.Globalization.CultureInfo)"/>.
    /// </param>
    /// <returns>The labels with their reasoning, or the validation errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presentation"/> or <paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a supported language.</exception>
    ClassificationResult Classify(Presentation presentation, string language);

    /// <summary>
    /// Classifies a presentation to labels only, without reasoning text and without allocating; for cohort-scale
    /// work. Returns <see langword="false"/> for an invalid presentation: call <see cref="Classify(Presentation)"/> to learn why.
    /// </summary>
    /// <param name="presentation">The presentation.</param>
    /// <param name="labels">The labels when the presentation is valid; otherwise the default value.</param>
    /// <returns>Whether the presentation was valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presentation"/> is <see langword="null"/>.</exception>
    bool TryClassifyLabels(Presentation presentation, out ClassificationLabels labels);
}
