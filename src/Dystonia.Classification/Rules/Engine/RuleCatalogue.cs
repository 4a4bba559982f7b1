using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// Every rule unit, bound to its data and grouped by axis in the order of <c>Data/rules.json</c>, which is
/// evaluation order. Built once at load; a unit without data, data without a unit, a unit on the wrong axis, a
/// parameter the data gives but no unit reads, or age bands that do not tile the ages fail the load.
/// </summary>
internal sealed class RuleCatalogue
{
    private readonly Dictionary<Type, ClinicalRule> byType;

    private RuleCatalogue(IReadOnlyList<RuleDefinition> ordered)
    {
        byType = ordered.ToDictionary(rule => rule.Unit.GetType(), rule => rule.Unit);
        Distribution = new AxisRules<Distribution>(ordered, ClassificationAxis.Distribution);
        AgeAtOnset = new AxisRules<AgeAtOnsetGroup?>(ordered, ClassificationAxis.AgeAtOnset);
        Course = new AxisRules<Course>(ordered, ClassificationAxis.Course);
        Variability = new AxisRules<Variability>(ordered, ClassificationAxis.Variability);
        AssociatedFeatures = new AxisRules<IsolatedOrCombined?>(ordered, ClassificationAxis.AssociatedFeatures);
        Pathology = new AxisRules<NervousSystemPathology>(ordered, ClassificationAxis.NervousSystemPathology);
        Heritability = new AxisRules<Heritability>(ordered, ClassificationAxis.Heritability);
        Etiology = new AxisRules<EtiologyLabel>(ordered, ClassificationAxis.Etiology);
        LegacyCategory = new AxisRules<LegacyCategory?>(ordered, ClassificationAxis.LegacyCategory);
        Workup = ordered.Select(rule => rule.Unit).OfType<WorkupRule>().ToArray();
        MissingFindings = ordered.Select(rule => rule.Unit).OfType<MissingFindingRule>().ToArray();
        CheckAgeBands(ordered.Select(rule => rule.Unit).OfType<AgeBandRule>().ToArray(), Get<AgeForty>());
    }

    internal AxisRules<Distribution> Distribution { get; }

    internal AxisRules<AgeAtOnsetGroup?> AgeAtOnset { get; }

    internal AxisRules<Course> Course { get; }

    internal AxisRules<Variability> Variability { get; }

    internal AxisRules<IsolatedOrCombined?> AssociatedFeatures { get; }

    internal AxisRules<NervousSystemPathology> Pathology { get; }

    internal AxisRules<Heritability> Heritability { get; }

    internal AxisRules<EtiologyLabel> Etiology { get; }

    internal AxisRules<LegacyCategory?> LegacyCategory { get; }

    internal IReadOnlyList<WorkupRule> Workup { get; }

    internal IReadOnlyList<MissingFindingRule> MissingFindings { get; }

    /// <summary>Returns the one unit of a type, for a rule that reads another rule's parameter.</summary>
    internal T Get<T>()
        where T : ClinicalRule => (T)byType[typeof(T)];

    /// <summary>Binds every unit to its data; fails on any mismatch between the two.</summary>
    internal static RuleCatalogue Bind(IReadOnlyList<RuleDefinition> ordered, IReadOnlyList<CatalogueParameter> shared)
    {
        var units = RuleUnits.All().ToDictionary(unit => unit.Id, StringComparer.Ordinal);
        foreach (var rule in ordered)
        {
            if (!units.TryGetValue(rule.Id, out var unit))
            {
                throw new InvalidOperationException("Data/rules.json has rule " + rule.Id + ", which no rule unit decides.");
            }

            units.Remove(rule.Id);
            rule.Unit = unit;
            unit.Bind(rule);
            var unread = rule.UnreadParameters().ToArray();
            if (unread.Length > 0)
            {
                throw new InvalidOperationException("Rule " + rule.Id + " gives parameters its unit does not read: " + string.Join(", ", unread));
            }

            if ((unit is MissingFindingRule) != (rule.Field is not null))
            {
                throw new InvalidOperationException("Rule " + rule.Id + ": a missing-finding rule, and only such a rule, names a field and the axes it affects.");
            }
        }

        if (units.Count > 0)
        {
            throw new InvalidOperationException("Rule units without an entry in Data/rules.json: " + string.Join(", ", units.Keys));
        }

        foreach (var parameter in shared)
        {
            if (!parameter.IsRead && parameter.Option is null)
            {
                throw new InvalidOperationException("The catalogue parameter " + parameter.Name + " is neither read by a rule nor the default of an option.");
            }
        }

        return new RuleCatalogue(ordered);
    }

    /// <summary>The age bands must cover every completed year from 0 once, the last band open; the disputed year is the last of early adulthood.</summary>
    private static void CheckAgeBands(AgeBandRule[] bands, AgeForty disputed)
    {
        int next = 0;
        foreach (var band in bands)
        {
            if (band.FromYears != next)
            {
                throw new InvalidOperationException("Age band " + band.Id + " starts at " + band.FromYears.ToString(CultureInfo.InvariantCulture) + "; the bands must follow each other from 0 without gap or overlap.");
            }

            next = band.ToYears == int.MaxValue ? int.MaxValue : band.ToYears + 1;
        }

        if (next != int.MaxValue)
        {
            throw new InvalidOperationException("The last age band must be open (no toYears).");
        }

        var early = bands.Single(band => band.Group == AgeAtOnsetGroup.EarlyAdulthood);
        if (disputed.Years != early.ToYears)
        {
            throw new InvalidOperationException("AGE-FORTY's year must be the last year of early adulthood (" + early.ToYears.ToString(CultureInfo.InvariantCulture) + ").");
        }
    }
}

/// <summary>The rules of one axis: those that can decide its label and the notes added after it is decided, each in catalogue order.</summary>
/// <typeparam name="TLabel">The axis's label.</typeparam>
internal sealed class AxisRules<TLabel>
{
    internal AxisRules(IReadOnlyList<RuleDefinition> ordered, ClassificationAxis axis)
    {
        var deciding = new List<LabelRule<TLabel>>();
        var notes = new List<NoteRule>();
        foreach (var rule in ordered.Where(rule => rule.Axis == axis))
        {
            switch (rule.Unit)
            {
                case LabelRule<TLabel> label:
                    deciding.Add(label);
                    break;
                case NoteRule note:
                    notes.Add(note);
                    break;
                case MissingFindingRule:
                    break;
                default:
                    throw new InvalidOperationException("Rule " + rule.Id + " is on axis " + WireNames.Of(axis) + " but its unit does not decide that axis.");
            }
        }

        if (deciding.Count == 0)
        {
            throw new InvalidOperationException("No rule decides the axis " + WireNames.Of(axis) + ".");
        }

        Deciding = deciding.ToArray();
        Notes = notes.ToArray();
    }

    /// <summary>Gets the rules that can decide the label; the first that decides wins, and the last always decides.</summary>
    internal LabelRule<TLabel>[] Deciding { get; }

    internal NoteRule[] Notes { get; }

    /// <summary>Returns the rule that decides the label, and the label.</summary>
    internal LabelRule<TLabel> Decide(in Assessment assessment, out TLabel label)
    {
        foreach (var rule in Deciding)
        {
            if (rule.Decides(assessment, out label))
            {
                return rule;
            }
        }

        throw new InvalidOperationException("The last rule of an axis must always decide: " + Deciding[^1].Id);
    }
}
