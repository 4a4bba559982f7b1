using System;
using System.Collections.Generic;
using System.Numerics;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// The findings a reasoning step cites, by axis, made once per result and shared by the steps of that axis.
/// </summary>
internal sealed class EvidenceSource
{
    private readonly PresentationFacts facts;
    private IReadOnlyList<Finding>? regions;
    private IReadOnlyList<Finding>? etiology;
    private IReadOnlyList<Finding>? movementDisorders;

    // The findings that depend on one small value are made once and shared (read-only) by every result.
    private static readonly IReadOnlyList<Finding>[] CourseFindings = OneEach("course", WireNames.Courses);
    private static readonly IReadOnlyList<Finding>[] PathologyFindings = OneEach("etiology.nervousSystemPathology", WireNames.Pathologies);
    private static readonly IReadOnlyList<Finding>[] WholeYearFindings = WholeYears();

    // Without acquired causes or a genetic finding, the etiology evidence depends only on pathology and family history.
    private static readonly IReadOnlyList<Finding>[] PlainEtiologyFindings = PlainEtiologies();

    internal EvidenceSource(in PresentationFacts facts)
    {
        this.facts = facts;
    }

    internal IReadOnlyList<Finding> Of(ClassificationAxis axis) => axis switch
    {
        ClassificationAxis.Distribution => regions ??= RegionFindings(),
        ClassificationAxis.AgeAtOnset => !facts.HasAge ? []
            : facts.Age >= 0 && facts.Age < WholeYearFindings.Length && facts.Age == (int)facts.Age ? WholeYearFindings[(int)facts.Age]
            : [new Finding("ageAtOnset", ResultText.Age(facts.Age))],
        ClassificationAxis.Course => (uint)facts.Course < (uint)CourseFindings.Length ? CourseFindings[(int)facts.Course] : [new Finding("course", WireNames.Of(facts.Course))],
        ClassificationAxis.Variability => Flags("variability", WireNames.VariabilityBits, (int)facts.Variability),
        ClassificationAxis.AssociatedFeatures => movementDisorders ??= Flags("associatedFeatures.movementDisorders", WireNames.MovementDisorderBits, (int)facts.MovementDisorders),
        ClassificationAxis.NervousSystemPathology => (uint)facts.Pathology < (uint)PathologyFindings.Length
            ? PathologyFindings[(int)facts.Pathology]
            : [new Finding("etiology.nervousSystemPathology", WireNames.Of(facts.Pathology))],
        _ => etiology ??= EtiologyFindings(),
    };

    /// <summary>Gets the other neurological and systemic features recorded.</summary>
    internal IReadOnlyList<Finding> OtherFeatures()
    {
        var features = new List<Finding>(Flags("associatedFeatures.movementDisorders", WireNames.MovementDisorderBits, (int)(facts.MovementDisorders & FeatureKinds.NeurologicalSigns)));
        features.AddRange(Flags("associatedFeatures.neurological", WireNames.NeurologicalBits, (int)facts.Neurological));
        features.AddRange(Flags("associatedFeatures.systemic", WireNames.SystemicBits, (int)facts.Systemic));
        return features.AsReadOnly();
    }

    private static IReadOnlyList<Finding>[] OneEach(string field, string[] values)
    {
        var lists = new IReadOnlyList<Finding>[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            lists[i] = Array.AsReadOnly([new Finding(field, values[i])]);
        }

        return lists;
    }

    private static IReadOnlyList<Finding>[] PlainEtiologies()
    {
        int histories = WireNames.FamilyHistories.Length;
        var lists = new IReadOnlyList<Finding>[WireNames.Pathologies.Length * histories];
        for (int i = 0; i < lists.Length; i++)
        {
            lists[i] = Array.AsReadOnly(
            [
                new Finding("etiology.nervousSystemPathology", WireNames.Pathologies[i / histories]),
                new Finding("etiology.familyHistory", WireNames.FamilyHistories[i % histories]),
            ]);
        }

        return lists;
    }

    private static IReadOnlyList<Finding>[] WholeYears()
    {
        var lists = new IReadOnlyList<Finding>[(int)InputRules.MaximumAgeAtOnset + 1];
        for (int age = 0; age < lists.Length; age++)
        {
            lists[age] = Array.AsReadOnly([new Finding("ageAtOnset", ResultText.Age(age))]);
        }

        return lists;
    }

    private static Finding[] Flags(string field, string[] bitNames, int flags)
    {
        var names = WireNames.OfFlags(bitNames, flags);
        if (names.Length == 0)
        {
            return [];
        }

        var findings = new Finding[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            findings[i] = new Finding(field, names[i]);
        }

        return findings;
    }

    private Finding[] RegionFindings()
    {
        uint slots = facts.Regions.Slots;
        var findings = new Finding[BitOperations.PopCount(slots)];
        int next = 0;
        while (slots != 0)
        {
            int slot = BitOperations.TrailingZeroCount(slots);
            slots &= slots - 1;
            findings[next++] = new Finding("regions", ResultText.SlotWireName(slot, facts.Regions));
        }

        return findings;
    }

    private IReadOnlyList<Finding> EtiologyFindings()
    {
        if (facts.AcquiredCauses == AcquiredCauses.None && facts.Presentation.Etiology.GeneticFinding is null
            && (uint)facts.Pathology < (uint)WireNames.Pathologies.Length && (uint)facts.FamilyHistory < (uint)WireNames.FamilyHistories.Length)
        {
            return PlainEtiologyFindings[((int)facts.Pathology * WireNames.FamilyHistories.Length) + (int)facts.FamilyHistory];
        }

        return NewEtiologyFindings(facts);
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<Finding> NewEtiologyFindings(in PresentationFacts facts)
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
}
