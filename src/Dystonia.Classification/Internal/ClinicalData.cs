using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Internal;

/// <summary>
/// The domain tables (sources, body regions and contiguity, rules, terms), loaded once from the JSON files under
/// <c>Data/</c> that are embedded in the assembly. A malformed table fails loudly at first use, and the tests
/// load every table.
/// </summary>
internal static class ClinicalData
{
    internal const string English = ClinicalLanguages.English;

    private static readonly Lazy<Tables> Loaded = new(Load);

    internal static IReadOnlyDictionary<string, SourceReference> Sources => Loaded.Value.Sources;

    internal static IReadOnlyDictionary<string, RuleDefinition> Rules => Loaded.Value.Rules;

    /// <summary>Gets the rules in the order of <c>rules.json</c>, which is evaluation order.</summary>
    internal static IReadOnlyList<RuleDefinition> RulesInOrder => Loaded.Value.RulesInOrder;

    internal static IReadOnlyDictionary<string, LocalizedText> Terms => Loaded.Value.Terms;

    internal static RuleSetInfo RuleSet => Loaded.Value.RuleSet;

    internal static ContiguityTable Contiguity => Loaded.Value.Contiguity;

    internal static RuleDefinition Rule(string id) =>
        Loaded.Value.Rules.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException("Rule not in Data/rules.json: " + id);

    internal static LocalizedText Term(string key) =>
        Loaded.Value.Terms.TryGetValue(key, out var term) ? term : throw new KeyNotFoundException("Term not in Data/terms.json: " + key);

    internal static JsonDocument OpenTable(string fileName)
    {
        var assembly = typeof(ClinicalData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Dystonia.Classification.Data." + fileName)
            ?? throw new InvalidOperationException("Embedded data table missing: " + fileName);
        using var reader = new StreamReader(stream);
        return JsonDocument.Parse(reader.ReadToEnd());
    }

    private static Tables Load()
    {
        var sources = LoadSources();
        var terms = LoadTerms();
        var (ruleSet, rules, ordered) = LoadRules(sources);
        var contiguity = ContiguityTable.Load();
        return new Tables(sources, rules, ordered, terms, ruleSet, contiguity);
    }

    private static Dictionary<string, SourceReference> LoadSources()
    {
        using var document = OpenTable("sources.json");
        var result = new Dictionary<string, SourceReference>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("sources").EnumerateArray())
        {
            var id = entry.GetProperty("id").GetString()!;
            result.Add(id, new SourceReference(
                id,
                entry.GetProperty("citation").GetString()!,
                entry.GetProperty("url").GetString()!,
                entry.GetProperty("verification").GetString()!));
        }

        return result;
    }

    private static Dictionary<string, LocalizedText> LoadTerms()
    {
        using var document = OpenTable("terms.json");
        var result = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var term in document.RootElement.GetProperty("terms").EnumerateObject())
        {
            result.Add(term.Name, ReadLocalized(term.Value));
        }

        return result;
    }

    private static (RuleSetInfo RuleSet, Dictionary<string, RuleDefinition> Rules, List<RuleDefinition> Ordered) LoadRules(
        Dictionary<string, SourceReference> sources)
    {
        using var document = OpenTable("rules.json");
        var root = document.RootElement;
        var set = root.GetProperty("ruleSet");
        var ruleSet = new RuleSetInfo(set.GetProperty("name").GetString()!, set.GetProperty("version").GetString()!, set.GetProperty("title").GetString()!);
        var rules = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        var ordered = new List<RuleDefinition>();
        foreach (var entry in root.GetProperty("rules").EnumerateArray())
        {
            var id = entry.GetProperty("id").GetString()!;
            var axisName = entry.GetProperty("axis").GetString()!;
            int axis = Array.IndexOf(WireNames.Axes, axisName);
            if (axis < 0)
            {
                throw new InvalidOperationException("Unknown axis '" + axisName + "' for rule " + id);
            }

            var notApplied = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            if (entry.TryGetProperty("notApplied", out var reasons))
            {
                foreach (var reason in reasons.EnumerateObject())
                {
                    notApplied.Add(reason.Name, ReadLocalized(reason.Value));
                }
            }

            var cited = new List<SourceReference>();
            foreach (var source in entry.GetProperty("sources").EnumerateArray())
            {
                var sourceId = source.GetString()!;
                cited.Add(sources.TryGetValue(sourceId, out var reference)
                    ? reference
                    : throw new InvalidOperationException("Rule " + id + " cites unknown source " + sourceId));
            }

            var rule = new RuleDefinition(
                id,
                (ClassificationAxis)axis,
                entry.GetProperty("condition").GetString()!,
                ReadLocalized(entry.GetProperty("text")),
                notApplied,
                new ReadOnlyCollection<SourceReference>(cited));
            rules.Add(id, rule);
            ordered.Add(rule);
        }

        return (ruleSet, rules, ordered);
    }

    /// <summary>
    /// Reads one text in every language. A text without one of <see cref="ClinicalLanguages.Supported"/>, or with a
    /// language the library does not support, fails the load: a gap would otherwise show English in a Latvian result.
    /// </summary>
    private static LocalizedText ReadLocalized(JsonElement element)
    {
        var byLanguage = new Dictionary<string, TextTemplate>(StringComparer.Ordinal);
        foreach (var language in element.EnumerateObject())
        {
            if (!ClinicalLanguages.Supported.Contains(language.Name))
            {
                throw new InvalidOperationException("Text in an unsupported language '" + language.Name + "': " + element.GetRawText());
            }

            byLanguage.Add(language.Name, TextTemplate.Parse(language.Value.GetString()!));
        }

        foreach (var language in ClinicalLanguages.Supported)
        {
            if (!byLanguage.ContainsKey(language))
            {
                throw new InvalidOperationException("Text without '" + language + "': " + element.GetRawText());
            }
        }

        return new LocalizedText(byLanguage);
    }

    private sealed record Tables(
        IReadOnlyDictionary<string, SourceReference> Sources,
        IReadOnlyDictionary<string, RuleDefinition> Rules,
        IReadOnlyList<RuleDefinition> RulesInOrder,
        IReadOnlyDictionary<string, LocalizedText> Terms,
        RuleSetInfo RuleSet,
        ContiguityTable Contiguity);
}
