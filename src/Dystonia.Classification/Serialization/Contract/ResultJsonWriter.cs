using System.Collections.Generic;
using System.Text.Json;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Serialization.Contract;

/// <summary>
/// Writes a result in the contract's JSON shape (docs/json-contract.md, docs/schema/result.schema.json) straight to a
/// <see cref="Utf8JsonWriter"/>, with property names encoded once and indexed loops (no enumerator boxing). Property order and the omission rules are part
/// of the contract: the schema tests and the CLI golden files check them.
/// </summary>
internal static class ResultJsonWriter
{
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText Classified = JsonEncodedText.Encode("classified");
    private static readonly JsonEncodedText Invalid = JsonEncodedText.Encode("invalid");
    private static readonly JsonEncodedText Distribution = JsonEncodedText.Encode("distribution");
    private static readonly JsonEncodedText LegInvolvement = JsonEncodedText.Encode("legInvolvement");
    private static readonly JsonEncodedText AgeAtOnsetGroup = JsonEncodedText.Encode("ageAtOnsetGroup");
    private static readonly JsonEncodedText Course = JsonEncodedText.Encode("course");
    private static readonly JsonEncodedText Variability = JsonEncodedText.Encode("variability");
    private static readonly JsonEncodedText AssociatedFeatures = JsonEncodedText.Encode("associatedFeatures");
    private static readonly JsonEncodedText NervousSystemPathology = JsonEncodedText.Encode("nervousSystemPathology");
    private static readonly JsonEncodedText Heritability = JsonEncodedText.Encode("heritability");
    private static readonly JsonEncodedText Etiology = JsonEncodedText.Encode("etiology");
    private static readonly JsonEncodedText EtiologyCertainty = JsonEncodedText.Encode("etiologyCertainty");
    private static readonly JsonEncodedText LegacyCategory = JsonEncodedText.Encode("legacyCategory");
    private static readonly JsonEncodedText SuggestedWorkup = JsonEncodedText.Encode("suggestedWorkup");
    private static readonly JsonEncodedText MissingFindings = JsonEncodedText.Encode("missingFindings");
    private static readonly JsonEncodedText Reasoning = JsonEncodedText.Encode("reasoning");
    private static readonly JsonEncodedText Errors = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText RuleSet = JsonEncodedText.Encode("ruleSet");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Gene = JsonEncodedText.Encode("gene");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
    private static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText Affects = JsonEncodedText.Encode("affects");
    private static readonly JsonEncodedText Axis = JsonEncodedText.Encode("axis");
    private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText Conclusion = JsonEncodedText.Encode("conclusion");
    private static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");

    private static readonly JsonEncodedText[] Outcomes =
        [JsonEncodedText.Encode("applied"), JsonEncodedText.Encode("notApplied"), JsonEncodedText.Encode("note")];

    // The wire names as the writer encodes them, made once from WireNames: a result is mostly such names.
    private static readonly JsonEncodedText[] Distributions = Encoded(WireNames.Distributions);
    private static readonly JsonEncodedText[] AgeGroups = Encoded(WireNames.AgeGroups);
    private static readonly JsonEncodedText[] Courses = Encoded(WireNames.Courses);
    private static readonly JsonEncodedText[] VariabilityBits = Encoded(WireNames.VariabilityBits);
    private static readonly JsonEncodedText[] IsolatedOrCombinedNames = Encoded(WireNames.IsolatedOrCombinedNames);
    private static readonly JsonEncodedText[] Pathologies = Encoded(WireNames.Pathologies);
    private static readonly JsonEncodedText[] Heritabilities = Encoded(WireNames.Heritabilities);
    private static readonly JsonEncodedText[] Etiologies = Encoded(WireNames.Etiologies);
    private static readonly JsonEncodedText[] Certainties = Encoded(WireNames.Certainties);
    private static readonly JsonEncodedText[] LegacyCategories = Encoded(WireNames.LegacyCategories);
    private static readonly JsonEncodedText[] Axes = Encoded(WireNames.Axes);
    private static readonly JsonEncodedText[] WorkupKinds = Encoded(WireNames.WorkupKinds);

    // The rule set of the catalogue, encoded once; another rule set (a result read back, say) is written from its strings.
    private static readonly RuleSetInfo CatalogueRuleSet = ClinicalData.RuleSet;
    private static readonly JsonEncodedText CatalogueRuleSetName = JsonEncodedText.Encode(CatalogueRuleSet.Name);
    private static readonly JsonEncodedText CatalogueRuleSetVersion = JsonEncodedText.Encode(CatalogueRuleSet.Version);

    internal static void Write(Utf8JsonWriter writer, ClassificationResult result, ResultWriteOptions options)
    {
        writer.WriteStartObject();
        if (options.Line is { } line)
        {
            writer.WriteNumber(Line, line);
        }

        writer.WriteString(Id, result.PresentationId);
        if (result.IsClassified)
        {
            writer.WriteString(Status, Classified);

            // The language goes with the texts: a record without them is the same in every language.
            if (options.IncludeReasoning)
            {
                writer.WriteString(Language, result.Language);
            }

            WriteLabels(writer, result.Labels);
            WriteWorkup(writer, result.SuggestedWorkup, options.IncludeReasoning);
            WriteMissingFindings(writer, result.MissingFindings, options.IncludeReasoning);
            if (options.IncludeReasoning)
            {
                WriteReasoning(writer, result.Reasoning);
            }
        }
        else
        {
            writer.WriteString(Status, Invalid);
            writer.WriteStartArray(Errors);
            for (int errorIndex = 0; errorIndex < result.Errors.Count; errorIndex++)
            {
                var error = result.Errors[errorIndex];
                writer.WriteStartObject();
                writer.WriteString(Field, error.Field);
                writer.WriteString(Code, error.Code);
                writer.WriteString(Message, error.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject(RuleSet);
        if (ReferenceEquals(result.RuleSet, CatalogueRuleSet))
        {
            writer.WriteString(Name, CatalogueRuleSetName);
            writer.WriteString(Version, CatalogueRuleSetVersion);
        }
        else
        {
            writer.WriteString(Name, result.RuleSet.Name);
            writer.WriteString(Version, result.RuleSet.Version);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter writer, in ClassificationLabels labels)
    {
        WriteName(writer, Distribution, Distributions, WireNames.Distributions, (int)labels.Distribution);
        if (labels.LegInvolvement is { } legs)
        {
            writer.WriteBoolean(LegInvolvement, legs);
        }

        WriteName(writer, AgeAtOnsetGroup, AgeGroups, WireNames.AgeGroups, (int?)labels.AgeAtOnsetGroup);
        WriteName(writer, Course, Courses, WireNames.Courses, (int)labels.Course);
        writer.WriteStartArray(Variability);
        int variability = (int)labels.Variability;
        for (int bit = 0; bit < VariabilityBits.Length; bit++)
        {
            if ((variability & (1 << bit)) != 0)
            {
                writer.WriteStringValue(VariabilityBits[bit]);
            }
        }

        writer.WriteEndArray();
        WriteName(writer, AssociatedFeatures, IsolatedOrCombinedNames, WireNames.IsolatedOrCombinedNames, (int?)labels.IsolatedOrCombined);
        WriteName(writer, NervousSystemPathology, Pathologies, WireNames.Pathologies, (int)labels.NervousSystemPathology);
        WriteName(writer, Heritability, Heritabilities, WireNames.Heritabilities, (int)labels.Heritability);
        WriteName(writer, Etiology, Etiologies, WireNames.Etiologies, (int)labels.Etiology);
        WriteName(writer, EtiologyCertainty, Certainties, WireNames.Certainties, (int?)labels.EtiologyCertainty);
        WriteName(writer, LegacyCategory, LegacyCategories, WireNames.LegacyCategories, (int?)labels.LegacyCategory);
    }

    /// <summary>Writes a wire name from its encoded table; null when there is no value, the number when it has no name (as <see cref="WireNames.Of(string[], int)"/>).</summary>
    private static void WriteName(Utf8JsonWriter writer, JsonEncodedText property, JsonEncodedText[] encoded, string[] names, int? index)
    {
        if (index is not { } value)
        {
            writer.WriteNull(property);
        }
        else if ((uint)value < (uint)encoded.Length && names[value] is not null)
        {
            writer.WriteString(property, encoded[value]);
        }
        else
        {
            writer.WriteString(property, WireNames.Of(names, value));
        }
    }

    private static JsonEncodedText[] Encoded(string[] names)
    {
        var encoded = new JsonEncodedText[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            // A gap in a table (an unused bit) stays default and is never written from here.
            if (names[i] is { } name)
            {
                encoded[i] = JsonEncodedText.Encode(name);
            }
        }

        return encoded;
    }

    private static void WriteWorkup(Utf8JsonWriter writer, IReadOnlyList<WorkupSuggestion> workup, bool includeText)
    {
        writer.WriteStartArray(SuggestedWorkup);
        for (int suggestionIndex = 0; suggestionIndex < workup.Count; suggestionIndex++)
        {
            var suggestion = workup[suggestionIndex];
            writer.WriteStartObject();
            writer.WriteString(RuleId, suggestion.Rule.EncodedId);
            WriteName(writer, Kind, WorkupKinds, WireNames.WorkupKinds, (int)suggestion.Kind);
            if (suggestion.Gene is { } gene)
            {
                writer.WriteString(Gene, gene);
            }

            if (includeText)
            {
                suggestion.WriteText(writer, Text);
            }

            WriteSources(writer, suggestion.Sources);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteMissingFindings(Utf8JsonWriter writer, IReadOnlyList<MissingFinding> missingFindings, bool includeText)
    {
        writer.WriteStartArray(MissingFindings);
        for (int missingIndex = 0; missingIndex < missingFindings.Count; missingIndex++)
        {
            var missing = missingFindings[missingIndex];
            writer.WriteStartObject();
            bool encoded = writer.Options.Encoder is null;
            if (encoded)
            {
                writer.WriteString(Field, missing.EncodedField);
            }
            else
            {
                writer.WriteString(Field, missing.Field);
            }

            writer.WriteStartArray(Affects);
            for (int axisIndex = 0; axisIndex < missing.Affects.Count; axisIndex++)
            {
                int axis = (int)missing.Affects[axisIndex];
                if ((uint)axis < (uint)Axes.Length)
                {
                    writer.WriteStringValue(Axes[axis]);
                }
                else
                {
                    writer.WriteStringValue(WireNames.Of(WireNames.Axes, axis));
                }
            }

            writer.WriteEndArray();
            if (includeText)
            {
                if (encoded)
                {
                    writer.WriteString(Text, missing.EncodedText);
                }
                else
                {
                    writer.WriteString(Text, missing.Text);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteReasoning(Utf8JsonWriter writer, IReadOnlyList<ReasoningStep> reasoning)
    {
        writer.WriteStartArray(Reasoning);
        for (int stepIndex = 0; stepIndex < reasoning.Count; stepIndex++)
        {
            var step = reasoning[stepIndex];
            writer.WriteStartObject();
            writer.WriteString(RuleId, step.Rule.EncodedId);
            WriteName(writer, Axis, Axes, WireNames.Axes, (int)step.Axis);
            writer.WriteString(Outcome, Outcomes[(int)step.Outcome]);
            writer.WriteString(Conclusion, step.Conclusion);
            step.WriteText(writer, Text);
            writer.WriteStartArray(Evidence);
            for (int findingIndex = 0; findingIndex < step.Evidence.Count; findingIndex++)
            {
                var finding = step.Evidence[findingIndex];
                writer.WriteStartObject();
                writer.WriteString(Field, finding.Field);
                writer.WriteString(Value, finding.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteSources(writer, step.Sources);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSources(Utf8JsonWriter writer, IReadOnlyList<SourceReference> sources)
    {
        writer.WriteStartArray(Sources);
        for (int sourceIndex = 0; sourceIndex < sources.Count; sourceIndex++)
        {
            var source = sources[sourceIndex];
            writer.WriteStringValue(source.EncodedId);
        }

        writer.WriteEndArray();
    }
}
