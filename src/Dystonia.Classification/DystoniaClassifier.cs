using System;
using System.Collections.Generic;
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

        return Explain(facts, ClinicalLanguages.Normalize(language));
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

        labels = Label(facts, out _, out _, out _, out _, out _, out _);
        return true;
    }

    private ClassificationLabels Label(
        in PresentationFacts facts,
        out DistributionDecision distribution,
        out RedFlags redFlags,
        out string heritabilityRule,
        out string etiologyRule,
        out string legacyRule,
        out AgeAtOnsetGroup? ageGroup)
    {
        distribution = DistributionRules.Decide(facts.Regions, settings);
        ageGroup = AgeAtOnsetRules.GroupOf(facts, settings);
        var isolatedOrCombined = ClinicalFeatureRules.IsolatedOrCombinedOf(facts);
        var heritability = EtiologyRules.HeritabilityOf(facts, out heritabilityRule);
        redFlags = EtiologyRules.RedFlagsOf(facts, distribution.Distribution, isolatedOrCombined);
        var etiology = EtiologyRules.EtiologyOf(facts, redFlags, out var certainty, out etiologyRule);
        var legacy = EtiologyRules.LegacyCategoryOf(facts, isolatedOrCombined, out legacyRule);
        return new ClassificationLabels(
            distribution.Distribution,
            distribution.LegInvolvement(facts.Regions),
            ageGroup,
            facts.Course,
            facts.Variability,
            isolatedOrCombined,
            facts.Pathology,
            heritability,
            etiology,
            certainty,
            legacy);
    }

    private ClassificationResult Explain(in PresentationFacts facts, string language)
    {
        var labels = Label(facts, out var distribution, out var redFlags, out var heritabilityRule, out var etiologyRule, out var legacyRule, out var ageGroup);
        var text = new ResultText(facts, distribution, ageGroup, redFlags, settings, language);
        var reasoning = new ReasoningBuilder(facts, text);

        ExplainDistribution(reasoning, facts, distribution);
        ExplainAge(reasoning, facts, ageGroup);
        ExplainClinicalFeatures(reasoning, facts, labels);

        var etiologyEvidence = reasoning.EtiologyFindings();
        reasoning.Applied(EtiologyRules.PathologyRuleId(facts.Pathology), WireNames.Of(facts.Pathology), ReasoningBuilder.One("etiology.nervousSystemPathology", WireNames.Of(facts.Pathology)));
        reasoning.Applied(heritabilityRule, WireNames.Of(labels.Heritability), etiologyEvidence);
        reasoning.Applied(etiologyRule, WireNames.Of(labels.Etiology), etiologyEvidence);
        reasoning.Applied(legacyRule, labels.LegacyCategory is { } legacy ? WireNames.Of(legacy) : "notDerivable", etiologyEvidence);

        var decisions = new WorkupDecision[WorkupRules.MaximumSuggestions];
        int count = WorkupRules.Decide(facts, labels.Distribution, redFlags, settings, decisions);
        var workup = new WorkupSuggestion[count];
        for (int i = 0; i < count; i++)
        {
            workup[i] = new WorkupSuggestion(ClinicalData.Rule(decisions[i].RuleId), decisions[i].Kind, decisions[i].Gene, text);
        }

        return ClassificationResult.Classified(
            facts.Presentation.Id,
            labels,
            reasoning.Steps,
            ReasoningBuilder.MissingFindings(facts, heritabilityRule, language),
            Array.AsReadOnly(workup),
            ClinicalData.RuleSet,
            language);
    }

    private void ExplainDistribution(ReasoningBuilder reasoning, in PresentationFacts facts, in DistributionDecision decision)
    {
        var regionEvidence = reasoning.RegionFindings();
        reasoning.Applied(decision.RuleId, WireNames.Of(decision.Distribution), regionEvidence);

        if (decision.Pre2013Alternative is { } alternative)
        {
            reasoning.Note(RuleIds.DistGeneralizedPre2013, WireNames.Of(alternative), regionEvidence);
        }

        if (decision.Distribution == Distribution.Segmental && facts.Regions.Count >= 3)
        {
            reasoning.Note(RuleIds.DistSegmentalThreeOrMore, WireNames.Of(Distribution.Multifocal), regionEvidence);
        }

        if (!settings.IncludeNotApplied || decision.Distribution is Distribution.Focal or Distribution.Generalized)
        {
            return;
        }

        // Why not generalized: worth saying when the trunk is involved or many regions are.
        if (decision.Generalized == GeneralizedCheck.TooFewOtherRegions)
        {
            reasoning.NotApplied(RuleIds.DistGeneralized, "tooFewOtherRegions", regionEvidence);
        }
        else if (facts.Regions.Count >= 3)
        {
            reasoning.NotApplied(RuleIds.DistGeneralized, "trunkNotInvolved", regionEvidence);
        }

        // Why not hemidystonia: worth saying when the regions nearly fit one side.
        if (decision.Distribution != Distribution.Hemidystonia && IsNearHemidystonia(facts, decision))
        {
            reasoning.NotApplied(RuleIds.DistHemidystonia, HemidystoniaReason(decision.Hemidystonia), regionEvidence);
        }
    }

    private static bool IsNearHemidystonia(in PresentationFacts facts, in DistributionDecision decision)
    {
        var regions = facts.Regions;
        ushort sided = decision.Side == BodySide.Left
            ? (ushort)((regions.Slots & RegionSet.LeftLimbsMask) | regions.CranialLeft)
            : (ushort)((regions.Slots & RegionSet.RightLimbsMask) | regions.CranialRight);
        return decision.Hemidystonia switch
        {
            HemidystoniaCheck.MidlineRegion or HemidystoniaCheck.FaceRequired => true,
            HemidystoniaCheck.UpperLimbMissing or HemidystoniaCheck.LowerLimbMissing => System.Numerics.BitOperations.PopCount(sided) >= 2,
            _ => false,
        };
    }

    private static string HemidystoniaReason(HemidystoniaCheck check) => check switch
    {
        HemidystoniaCheck.UpperLimbMissing => "upperLimbMissing",
        HemidystoniaCheck.LowerLimbMissing => "lowerLimbMissing",
        HemidystoniaCheck.FaceRequired => "faceRequired",
        _ => "midlineRegion",
    };

    private static void ExplainAge(ReasoningBuilder reasoning, in PresentationFacts facts, AgeAtOnsetGroup? group)
    {
        var evidence = reasoning.AgeFindings();
        reasoning.Applied(AgeAtOnsetRules.RuleIdOf(group), group is { } g ? WireNames.Of(g) : "notRecorded", evidence);
        if (!facts.HasAge)
        {
            return;
        }

        if (facts.Age != facts.CompletedYears)
        {
            reasoning.Note(RuleIds.AgeCompletedYears, facts.CompletedYears.ToString(System.Globalization.CultureInfo.InvariantCulture), evidence);
        }

        if (facts.CompletedYears == AgeAtOnsetRules.DisputedBoundary)
        {
            reasoning.Note(RuleIds.AgeForty, WireNames.Of(group!.Value), evidence);
        }
    }

    private static void ExplainClinicalFeatures(ReasoningBuilder reasoning, in PresentationFacts facts, in ClassificationLabels labels)
    {
        if (facts.Course == Course.Unknown)
        {
            reasoning.Applied(RuleIds.CourseNotRecorded, "notRecorded", Array.Empty<Finding>());
        }
        else
        {
            reasoning.Applied(RuleIds.CourseRecorded, WireNames.Of(facts.Course), ReasoningBuilder.One("course", WireNames.Of(facts.Course)));
        }

        var variability = ReasoningBuilder.Flags("variability", WireNames.VariabilityBits, (int)facts.Variability);
        if (facts.Variability == Variability.None)
        {
            reasoning.Applied(RuleIds.VariabilityNotRecorded, "notRecorded", variability);
        }
        else
        {
            reasoning.Applied(RuleIds.VariabilityRecorded, string.Join(",", WireNames.OfFlags(WireNames.VariabilityBits, (int)facts.Variability)), variability);
        }

        var disorders = ReasoningBuilder.Flags("associatedFeatures.movementDisorders", WireNames.MovementDisorderBits, (int)facts.MovementDisorders);
        switch (labels.IsolatedOrCombined)
        {
            case IsolatedOrCombined.Combined:
                reasoning.Applied(RuleIds.AssocCombined, WireNames.Of(IsolatedOrCombined.Combined), disorders);
                break;
            case IsolatedOrCombined.Isolated:
                reasoning.Applied(RuleIds.AssocIsolated, WireNames.Of(IsolatedOrCombined.Isolated), disorders);
                break;
            default:
                reasoning.Applied(RuleIds.AssocNotRecorded, "notRecorded", disorders);
                break;
        }

        if (ClinicalFeatureRules.HasOtherFeatures(facts))
        {
            var features = new List<Finding>(ReasoningBuilder.Flags("associatedFeatures.neurological", WireNames.NeurologicalBits, (int)facts.Neurological));
            features.AddRange(ReasoningBuilder.Flags("associatedFeatures.systemic", WireNames.SystemicBits, (int)facts.Systemic));
            reasoning.Note(RuleIds.AssocOtherFeatures, "otherFeatures", features.AsReadOnly());
        }
    }
}
