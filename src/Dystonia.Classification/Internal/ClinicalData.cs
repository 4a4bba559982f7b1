using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Rules;

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

    // Loaded on its own, before the rules: the rule units read region names from it while they are bound.
    private static readonly Lazy<RegionTable> LoadedRegions = new(RegionTable.Load);

    internal static IReadOnlyDictionary<string, SourceReference> Sources => Loaded.Value.Sources;

    internal static IReadOnlyDictionary<string, RuleDefinition> Rules => Loaded.Value.Rules;

    /// <summary>Gets the rules in the order of <c>rules.json</c>, which is evaluation order.</summary>
    internal static IReadOnlyList<RuleDefinition> RulesInOrder => Loaded.Value.RulesInOrder;

    internal static IReadOnlyDictionary<string, LocalizedText> Terms => Loaded.Value.Terms;

    internal static RuleSetInfo RuleSet => Loaded.Value.RuleSet;

    internal static RegionTable Regions => LoadedRegions.Value;

    /// <summary>Gets the gene knowledge table, <c>Data/genes.json</c>.</summary>
    internal static GeneTable Genes => Loaded.Value.Genes;

    /// <summary>Gets the rule units bound to their data.</summary>
    internal static RuleCatalogue Catalogue => Loaded.Value.Catalogue;

    /// <summary>Gets the catalogue-wide parameters (thresholds several rules read, and the defaults of numeric options).</summary>
    internal static IReadOnlyList<CatalogueParameter> Parameters => Loaded.Value.Parameters;

    /// <summary>Returns the value of a catalogue-wide parameter, such as the default of an option.</summary>
    internal static int Parameter(string name) =>
        Loaded.Value.Parameters.FirstOrDefault(parameter => parameter.Name == name)?.Value
        ?? throw new KeyNotFoundException("Parameter not in Data/rules.json: " + name);

    internal static RuleDefinition Rule(string id) =>
        Loaded.Value.Rules.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException("Rule not in Data/rules.json: " + id);

    internal static LocalizedText Term(string key) =>
        Loaded.Value.Terms.TryGetValue(key, out var term) ? term : throw new KeyNotFoundException("Term not in Data/terms.json: " + key);

    internal static JsonDocument OpenTable(string fileName) =>
        OpenTable(typeof(ClinicalData).Assembly, "Dystonia.Classification.Data." + fileName);

    /// <summary>Opens a JSON table embedded in an assembly: the library's own, or a host's (<see cref="ClinicalTextTable"/>).</summary>
    internal static JsonDocument OpenTable(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("Embedded data table missing: " + resourceName + " in " + assembly.GetName().Name);
        // Parsed from the UTF-8 bytes as they are embedded: no UTF-16 copy of every table at start-up.
        return JsonDocument.Parse(stream);
    }

    /// <summary>
    /// Reads a table in the format of <c>terms.json</c>: a <c>terms</c> object mapping each key to its text in every
    /// language. Each text is checked as <see cref="ReadLocalized(JsonElement)"/> says; a key given twice fails too.
    /// </summary>
    internal static Dictionary<string, LocalizedText> ReadTerms(JsonDocument document)
    {
        var result = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var term in document.RootElement.GetProperty("terms").EnumerateObject())
        {
            if (result.ContainsKey(term.Name))
            {
                throw new InvalidOperationException("Term given twice: " + term.Name);
            }

            result.Add(term.Name, ReadLocalized(term.Value));
        }

        return result;
    }

    private static Tables Load()
    {
        var sources = LoadSources();
        var terms = LoadTerms();
        var genes = GeneTable.Load(sources, terms);
        var (ruleSet, rules, ordered, parameters) = LoadRules(sources);
        var catalogue = RuleCatalogue.Bind(ordered, parameters);
        return new Tables(sources, rules, ordered, terms, ruleSet, catalogue, parameters, genes);
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
        return ReadTerms(document);
    }

    private static (RuleSetInfo RuleSet, Dictionary<string, RuleDefinition> Rules, List<RuleDefinition> Ordered, IReadOnlyList<CatalogueParameter> Parameters) LoadRules(
        Dictionary<string, SourceReference> sources)
    {
        using var document = OpenTable("rules.json");
        var root = document.RootElement;
        var shared = new List<CatalogueParameter>();
        foreach (var entry in root.GetProperty("parameters").EnumerateArray())
        {
            shared.Add(new CatalogueParameter(
                entry.GetProperty("name").GetString()!,
                entry.GetProperty("value").GetInt32(),
                entry.TryGetProperty("option", out var option) ? option.GetString() : null,
                entry.GetProperty("meaning").GetString()!,
                Cite(entry, "parameter " + entry.GetProperty("name").GetString(), sources)));
        }

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

            var values = new ParameterValues(id, entry, shared);
            var notApplied = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            if (entry.TryGetProperty("notApplied", out var reasons))
            {
                foreach (var reason in reasons.EnumerateObject())
                {
                    notApplied.Add(reason.Name, ReadLocalized(reason.Value, values));
                }
            }

            var affects = new List<ClassificationAxis>();
            if (entry.TryGetProperty("affects", out var affected))
            {
                foreach (var name in affected.EnumerateArray())
                {
                    int index = Array.IndexOf(WireNames.Axes, name.GetString());
                    affects.Add(index >= 0 ? (ClassificationAxis)index : throw new InvalidOperationException("Unknown axis '" + name.GetString() + "' affected by rule " + id));
                }
            }

            var rule = new RuleDefinition(
                id,
                (ClassificationAxis)axis,
                values.Fill(entry.GetProperty("condition").GetString()!),
                ReadLocalized(entry.GetProperty("text"), values),
                notApplied,
                Cite(entry, "rule " + id, sources),
                values.Own,
                shared,
                entry.TryGetProperty("field", out var field) ? field.GetString() : null,
                affects.AsReadOnly());
            rules.Add(id, rule);
            ordered.Add(rule);
        }

        return (ruleSet, rules, ordered, shared.AsReadOnly());
    }

    private static ReadOnlyCollection<SourceReference> Cite(JsonElement entry, string what, Dictionary<string, SourceReference> sources)
    {
        var cited = new List<SourceReference>();
        foreach (var source in entry.GetProperty("sources").EnumerateArray())
        {
            var sourceId = source.GetString()!;
            cited.Add(sources.TryGetValue(sourceId, out var reference)
                ? reference
                : throw new InvalidOperationException(what + " cites unknown source " + sourceId));
        }

        return cited.AsReadOnly();
    }

    /// <summary>
    /// Reads one text in every language. A text without one of <see cref="ClinicalLanguages.Supported"/>, with a
    /// language the library does not support, or with other placeholders in one language than in English, fails the
    /// load: a gap would otherwise show English, or an unfilled placeholder, in a Latvian result.
    /// </summary>
    private static LocalizedText ReadLocalized(JsonElement element) => ReadLocalized(element, null);

    private static LocalizedText ReadLocalized(JsonElement element, ParameterValues? values)
    {
        var byLanguage = new Dictionary<string, TextTemplate>(StringComparer.Ordinal);
        foreach (var language in element.EnumerateObject())
        {
            if (!ClinicalLanguages.Supported.Contains(language.Name))
            {
                throw new InvalidOperationException("Text in an unsupported language '" + language.Name + "': " + element.GetRawText());
            }

            var source = language.Value.GetString()!;
            byLanguage.Add(language.Name, TextTemplate.Parse(values is null ? source : values.Fill(source)));
        }

        foreach (var language in ClinicalLanguages.Supported)
        {
            if (!byLanguage.ContainsKey(language))
            {
                throw new InvalidOperationException("Text without '" + language + "': " + element.GetRawText());
            }
        }

        // Compared as sorted names: a translation may order the placeholders differently, and may ask for another form.
        var english = byLanguage[English].Placeholders.OrderBy(p => p, StringComparer.Ordinal).ToList();
        foreach (var (language, text) in byLanguage)
        {
            if (!text.Placeholders.OrderBy(p => p, StringComparer.Ordinal).SequenceEqual(english, StringComparer.Ordinal))
            {
                throw new InvalidOperationException("Text whose placeholders in '" + language + "' differ from the English: " + element.GetRawText());
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
        RuleCatalogue Catalogue,
        IReadOnlyList<CatalogueParameter> Parameters,
        GeneTable Genes);

    /// <summary>
    /// The parameters a rule's texts may name: its own (<c>parameters</c> of the rule) and the catalogue's. A
    /// parameter placeholder such as <c>{toYears}</c> is filled once, at load, so that the sentences, the condition
    /// and the behaviour always show the same threshold.
    /// </summary>
    private sealed class ParameterValues
    {
        private readonly IReadOnlyList<CatalogueParameter> shared;

        internal ParameterValues(string ruleId, JsonElement entry, IReadOnlyList<CatalogueParameter> shared)
        {
            this.shared = shared;
            var own = new Dictionary<string, int>(StringComparer.Ordinal);
            if (entry.TryGetProperty("parameters", out var parameters))
            {
                foreach (var parameter in parameters.EnumerateObject())
                {
                    if (shared.Any(s => s.Name == parameter.Name))
                    {
                        throw new InvalidOperationException("Rule " + ruleId + " redefines the catalogue parameter " + parameter.Name);
                    }

                    own.Add(parameter.Name, parameter.Value.GetInt32());
                }
            }

            Own = own;
        }

        internal IReadOnlyDictionary<string, int> Own { get; }

        /// <summary>Replaces each <c>{name}</c> of a parameter by its value; other placeholders stay for the result to fill.</summary>
        internal string Fill(string text)
        {
            foreach (var parameter in Own)
            {
                text = text.Replace("{" + parameter.Key + "}", parameter.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            foreach (var parameter in shared)
            {
                text = text.Replace("{" + parameter.Name + "}", parameter.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            return text;
        }
    }
}
