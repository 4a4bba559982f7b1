using System;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Rules;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification;

/// <summary>
/// Classifies dystonia presentations by the 2013 international consensus (Albanese et al., Mov Disord
/// 2013;28:863-873) and explains every label; the default <see cref="IDystoniaClassifier"/>.
/// </summary>
/// <remarks>
/// <para>
/// The classifier reads no clock, culture, file or environment: the same presentation, options and language always
/// give the same result. The language of the texts comes from <see cref="ClassificationOptions.Language"/> or the
/// call, never from the current culture. Register it once (<c>services.AddDystoniaClassification()</c>) or create it once and share it.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DystoniaClassifier : IDystoniaClassifier
{
    private readonly RuleSettings settings;

    /// <summary>Creates a classifier with the default options.</summary>
    public DystoniaClassifier()
        : this(new ClassificationOptions())
    {
    }

    /// <summary>Creates a classifier with the given options, which are copied.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public DystoniaClassifier(ClassificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid classification options: " + string.Join(" ", problems), nameof(options));
        }

        settings = new RuleSettings(options);
    }

    /// <inheritdoc />
    public RuleSetInfo RuleSet => ClinicalData.RuleSet;

    /// <inheritdoc />
    public ClassificationResult Classify(Presentation presentation) => Classify(presentation, settings.Language);

    /// <inheritdoc />
    public ClassificationResult Classify(Presentation presentation, string language)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(language);
        if (!ClinicalLanguages.IsSupported(language))
        {
            throw new ArgumentException("Unsupported language; supported: " + string.Join(", ", ClinicalLanguages.Supported) + ".", nameof(language));
        }

        if (!PresentationFacts.TryCreate(presentation, out var facts))
        {
            var errors = PresentationValidator.Instance.ValidateToErrors(presentation);
            return ClassificationResult.Invalid(presentation.Id, errors, ClinicalData.RuleSet);
        }

        return RuleEngine.Explain(facts, settings, ClinicalLanguages.Normalize(language));
    }

    /// <inheritdoc />
    public bool TryClassifyLabels(Presentation presentation, out ClassificationLabels labels)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        if (!PresentationFacts.TryCreate(presentation, out var facts))
        {
            labels = default;
            return false;
        }

        labels = RuleEngine.Label(facts, settings, out _);
        return true;
    }
}
