using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Numerics;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Rules;

namespace Dystonia.Classification.Internal;

/// <summary>Turns the rule decisions for one presentation into reasoning steps, missing findings and workup suggestions.</summary>
internal sealed class ReasoningBuilder
{
    private static readonly IReadOnlyList<Finding> NoFindings = Array.Empty<Finding>();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string TermKey, string Language), MissingFinding> MissingFindingCache = new();

    private readonly List<ReasoningStep> steps = new(16);
    private readonly PresentationFacts facts;
    private readonly ResultText text;
    private readonly string language;

    internal ReasoningBuilder(in PresentationFacts facts, ResultText text)
    {
        this.facts = facts;
        this.text = text;
        language = text.Language;
    }

    internal IReadOnlyList<ReasoningStep> Steps => steps.AsReadOnly();

    internal void Applied(string ruleId, string conclusion, IReadOnlyList<Finding> evidence)
    {
        var rule = ClinicalData.Rule(ruleId);
        steps.Add(new ReasoningStep(rule, RuleOutcome.Applied, conclusion, evidence, rule.Text.In(language), text));
    }

    internal void Note(string ruleId, string conclusion, IReadOnlyList<Finding> evidence)
    {
        var rule = ClinicalData.Rule(ruleId);
        steps.Add(new ReasoningStep(rule, RuleOutcome.Note, conclusion, evidence, rule.Text.In(language), text));
    }

    internal void NotApplied(string ruleId, string reason, IReadOnlyList<Finding> evidence)
    {
        var rule = ClinicalData.Rule(ruleId);
        steps.Add(new ReasoningStep(rule, RuleOutcome.NotApplied, reason, evidence, rule.NotApplied[reason].In(language), text));
    }

    internal IReadOnlyList<Finding> RegionFindings() => RegionFindings(facts.Regions.Slots);

    internal IReadOnlyList<Finding> RegionFindings(ushort slots)
    {
        var findings = new Finding[BitOperations.PopCount(slots)];
        int next = 0;
        while (slots != 0)
        {
            int slot = BitOperations.TrailingZeroCount(slots);
            slots &= (ushort)(slots - 1);
            findings[next++] = new Finding("regions", SlotWireName(slot));
        }

        return findings;
    }

    internal string SlotWireName(int slot)
    {
        var region = WireNames.Of(ContiguityTable.RegionOf((RegionSlot)slot));
        return (RegionSlot)slot switch
        {
            RegionSlot.LeftUpperLimb or RegionSlot.LeftLowerLimb => region + ":left",
            RegionSlot.RightUpperLimb or RegionSlot.RightLowerLimb => region + ":right",
            _ => (facts.Regions.CranialLeft & (1 << slot)) != 0 ? region + ":left"
                : (facts.Regions.CranialRight & (1 << slot)) != 0 ? region + ":right"
                : region,
        };
    }

    internal IReadOnlyList<Finding> AgeFindings() =>
        facts.HasAge
            ? new[] { new Finding("ageAtOnset", ResultText.Age(facts.Age)) }
            : NoFindings;

    internal static IReadOnlyList<Finding> One(string field, string value) => new[] { new Finding(field, value) };

    internal static IReadOnlyList<Finding> Flags(string field, string[] bitNames, int flags)
    {
        var names = WireNames.OfFlags(bitNames, flags);
        if (names.Length == 0)
        {
            return NoFindings;
        }

        var findings = new Finding[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            findings[i] = new Finding(field, names[i]);
        }

        return findings;
    }

    internal IReadOnlyList<Finding> EtiologyFindings()
    {
        var findings = new List<Finding>(4)
        {
            new("etiology.nervousSystemPathology", WireNames.Of(facts.Pathology)),
        };
        foreach (var cause in WireNames.OfFlags(WireNames.AcquiredCauseBits, (int)facts.AcquiredCauses))
        {
            findings.Add(new Finding("etiology.acquiredCauses", cause));
        }

        if (facts.Presentation.Etiology.GeneticFinding is { } genetic)
        {
            findings.Add(new Finding("etiology.geneticFinding.gene", genetic.Gene));
        }

        findings.Add(new Finding("etiology.familyHistory", WireNames.Of(WireNames.FamilyHistories, (int)facts.FamilyHistory)));
        return findings.AsReadOnly();
    }

    internal static IReadOnlyList<MissingFinding> MissingFindings(in PresentationFacts facts, string heritabilityRule, string language)
    {
        var missing = new List<MissingFinding>(4);
        if (!facts.HasAge)
        {
            missing.Add(Missing("ageAtOnset", "missing.ageAtOnset", language, ClassificationAxis.AgeAtOnset, ClassificationAxis.Workup));
        }

        if (facts.Course == Course.Unknown)
        {
            missing.Add(Missing("course", "missing.course", language, ClassificationAxis.Course));
        }

        if (facts.Variability == Variability.None)
        {
            missing.Add(Missing("variability", "missing.variability", language, ClassificationAxis.Variability));
        }

        if (!facts.HasAssociatedFeatures)
        {
            missing.Add(Missing("associatedFeatures", "missing.associatedFeatures", language, ClassificationAxis.AssociatedFeatures, ClassificationAxis.Etiology, ClassificationAxis.LegacyCategory));
        }

        if (facts.Pathology == NervousSystemPathology.NotAssessed)
        {
            missing.Add(Missing("etiology.nervousSystemPathology", "missing.pathology", language, ClassificationAxis.NervousSystemPathology, ClassificationAxis.Etiology, ClassificationAxis.LegacyCategory));
        }

        if (string.Equals(heritabilityRule, RuleIds.HeritFamilyHistoryUnknown, StringComparison.Ordinal))
        {
            missing.Add(Missing("etiology.familyHistory", "missing.familyHistory", language, ClassificationAxis.Heritability));
        }

        if (WorkupRules.NeedsOnsetRegionForTor1a(facts))
        {
            missing.Add(Missing("onsetRegion", "missing.onsetRegion", language, ClassificationAxis.Workup));
        }

        return missing.AsReadOnly();
    }

    // A missing finding depends only on its kind and the language, so each is made once and shared by all results.
    private static MissingFinding Missing(string field, string termKey, string language, params ReadOnlySpan<ClassificationAxis> affects)
    {
        var key = (termKey, language);
        return MissingFindingCache.TryGetValue(key, out var cached)
            ? cached
            : MissingFindingCache.GetOrAdd(key, new MissingFinding(field, new ReadOnlyCollection<ClassificationAxis>(affects.ToArray()), ClinicalData.Term(termKey).In(language).Source));
    }
}
