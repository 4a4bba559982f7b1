using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// Runs the catalogue over one presentation: decides every axis in order, then, for an explained result, writes
/// each axis's deciding step, its notes and (when asked) the rules considered but not applied, the suggested
/// workup and the missing findings. The engine knows no rule; every decision and sentence is the rule's.
/// </summary>
internal static class RuleEngine
{
    private static readonly ConcurrentDictionary<(string RuleId, string Language), MissingFinding> MissingFindingCache = new();

    /// <summary>Decides every label; allocates nothing.</summary>
    internal static ClassificationLabels Label(in PresentationFacts facts, in RuleSettings settings, out Assessment assessment)
    {
        var catalogue = ClinicalData.Catalogue;
        assessment = new Assessment(facts, settings);
        var distribution = (DistributionRule)catalogue.Distribution.Decide(assessment, out assessment.Distribution);
        assessment.DistributionRule = distribution;
        assessment.AgeRule = catalogue.AgeAtOnset.Decide(assessment, out assessment.AgeGroup);
        assessment.CourseRule = catalogue.Course.Decide(assessment, out var course);
        assessment.VariabilityRule = catalogue.Variability.Decide(assessment, out var variability);
        assessment.AssociatedFeaturesRule = catalogue.AssociatedFeatures.Decide(assessment, out assessment.IsolatedOrCombined);
        assessment.PathologyRule = catalogue.Pathology.Decide(assessment, out var pathology);
        assessment.RedFlags = RedFlagFinder.Of(assessment);
        assessment.HeritabilityRule = catalogue.Heritability.Decide(assessment, out assessment.Heritability);
        assessment.EtiologyRule = catalogue.Etiology.Decide(assessment, out assessment.Etiology);
        assessment.LegacyRule = catalogue.LegacyCategory.Decide(assessment, out assessment.LegacyCategory);
        return new ClassificationLabels(
            assessment.Distribution,
            distribution.LegInvolvement(assessment),
            assessment.AgeGroup,
            course,
            variability,
            assessment.IsolatedOrCombined,
            pathology,
            assessment.Heritability,
            assessment.Etiology.Etiology,
            assessment.Etiology.Certainty,
            assessment.LegacyCategory);
    }

    /// <summary>Decides every label and explains it in the language given.</summary>
    internal static ClassificationResult Explain(in PresentationFacts facts, in RuleSettings settings, string language)
    {
        var catalogue = ClinicalData.Catalogue;
        var labels = Label(facts, settings, out var assessment);
        var text = new ResultText(assessment, language);
        var evidence = new EvidenceSource(facts);
        var steps = new List<ReasoningStep>(16);

        Explain(steps, catalogue.Distribution, assessment, assessment.Distribution, evidence, text);
        Explain(steps, catalogue.AgeAtOnset, assessment, assessment.AgeGroup, evidence, text);
        Explain(steps, catalogue.Course, assessment, labels.Course, evidence, text);
        Explain(steps, catalogue.Variability, assessment, labels.Variability, evidence, text);
        Explain(steps, catalogue.AssociatedFeatures, assessment, assessment.IsolatedOrCombined, evidence, text);
        Explain(steps, catalogue.Pathology, assessment, labels.NervousSystemPathology, evidence, text);
        Explain(steps, catalogue.Heritability, assessment, assessment.Heritability, evidence, text);
        Explain(steps, catalogue.Etiology, assessment, assessment.Etiology, evidence, text);
        Explain(steps, catalogue.LegacyCategory, assessment, assessment.LegacyCategory, evidence, text);

        var workup = new List<WorkupSuggestion>(4);
        foreach (var rule in catalogue.Workup)
        {
            if (rule.Suggests(assessment))
            {
                workup.Add(new WorkupSuggestion(rule.Definition, rule.Kind, rule.Gene, text));
            }
        }

        var missing = new List<MissingFinding>(4);
        foreach (var rule in catalogue.MissingFindings)
        {
            if (rule.IsMissing(assessment))
            {
                missing.Add(MissingFindingOf(rule.Definition, language));
            }
        }

        return ClassificationResult.Classified(
            facts.Presentation.Id,
            labels,
            steps.AsReadOnly(),
            missing.AsReadOnly(),
            workup.AsReadOnly(),
            ClinicalData.RuleSet,
            language);
    }

    private static void Explain<TLabel>(List<ReasoningStep> steps, AxisRules<TLabel> axis, in Assessment assessment, TLabel label, EvidenceSource evidence, ResultText text)
    {
        LabelRule<TLabel>? decided = null;
        foreach (var rule in axis.Deciding)
        {
            if (rule.Decides(assessment, out _))
            {
                decided = rule;
                break;
            }
        }

        var language = text.Language;
        var definition = decided!.Definition;
        steps.Add(new ReasoningStep(definition, RuleOutcome.Applied, decided.Conclusion(assessment, label), decided.Evidence(evidence), definition.Text.In(language), text));
        foreach (var note in axis.Notes)
        {
            if (note.Applies(assessment, out var conclusion))
            {
                steps.Add(new ReasoningStep(note.Definition, RuleOutcome.Note, conclusion, note.Evidence(evidence), note.Definition.Text.In(language), text, note.SourcesFor(assessment)));
            }
        }

        if (!assessment.Settings.IncludeNotApplied)
        {
            return;
        }

        foreach (var rule in axis.Deciding)
        {
            if (rule != decided && rule.NotAppliedReason(assessment) is { } reason)
            {
                steps.Add(new ReasoningStep(rule.Definition, RuleOutcome.NotApplied, reason, rule.Evidence(evidence), rule.Definition.NotApplied[reason].In(language), text));
            }
        }
    }

    // A missing finding depends only on its rule and the language, so each is made once and shared by all results.
    // The rule keeps the one of the language last asked for, which spares hashing two strings per missing finding.
    private static MissingFinding MissingFindingOf(RuleDefinition rule, string language)
    {
        if (rule.LastMissingFinding is { } last && string.Equals(last.Item1, language, StringComparison.Ordinal))
        {
            return last.Item2;
        }

        var key = (rule.Id, language);
        var finding = MissingFindingCache.TryGetValue(key, out var cached)
            ? cached
            : MissingFindingCache.GetOrAdd(key, new MissingFinding(rule.Id, rule.Field!, new ReadOnlyCollection<ClassificationAxis>([.. rule.Affects]), rule.Text.In(language).Source));
        rule.LastMissingFinding = Tuple.Create(language, finding);
        return finding;
    }
}
