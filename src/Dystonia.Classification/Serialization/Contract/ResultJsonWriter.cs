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
        writer.WriteString(Name, result.RuleSet.Name);
        writer.WriteString(Version, result.RuleSet.Version);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter writer, in ClassificationLabels labels)
    {
        writer.WriteString(Distribution, WireNames.Of(labels.Distribution));
        if (labels.LegInvolvement is { } legs)
        {
            writer.WriteBoolean(LegInvolvement, legs);
        }

        writer.WriteString(AgeAtOnsetGroup, labels.AgeAtOnsetGroup is { } group ? WireNames.Of(group) : null);
        writer.WriteString(Course, WireNames.Of(labels.Course));
        writer.WriteStartArray(Variability);
        int variability = (int)labels.Variability;
        for (int bit = 0; bit < WireNames.VariabilityBits.Length; bit++)
        {
            if ((variability & (1 << bit)) != 0)
            {
                writer.WriteStringValue(WireNames.VariabilityBits[bit]);
            }
        }

        writer.WriteEndArray();
        writer.WriteString(AssociatedFeatures, labels.IsolatedOrCombined is { } association ? WireNames.Of(association) : null);
        writer.WriteString(NervousSystemPathology, WireNames.Of(labels.NervousSystemPathology));
        writer.WriteString(Heritability, WireNames.Of(labels.Heritability));
        writer.WriteString(Etiology, WireNames.Of(labels.Etiology));
        writer.WriteString(EtiologyCertainty, labels.EtiologyCertainty is { } certainty ? WireNames.Of(certainty) : null);
        writer.WriteString(LegacyCategory, labels.LegacyCategory is { } legacy ? WireNames.Of(legacy) : null);
    }

    private static void WriteWorkup(Utf8JsonWriter writer, IReadOnlyList<WorkupSuggestion> workup, bool includeText)
    {
        writer.WriteStartArray(SuggestedWorkup);
        for (int suggestionIndex = 0; suggestionIndex < workup.Count; suggestionIndex++)
        {
            var suggestion = workup[suggestionIndex];
            writer.WriteStartObject();
            writer.WriteString(RuleId, suggestion.RuleId);
            writer.WriteString(Kind, WireNames.Of(suggestion.Kind));
            if (suggestion.Gene is { } gene)
            {
                writer.WriteString(Gene, gene);
            }

            if (includeText)
            {
                writer.WriteString(Text, suggestion.Text);
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
            writer.WriteString(Field, missing.Field);
            writer.WriteStartArray(Affects);
            for (int axisIndex = 0; axisIndex < missing.Affects.Count; axisIndex++)
            {
                var axis = missing.Affects[axisIndex];
                writer.WriteStringValue(WireNames.Of(axis));
            }

            writer.WriteEndArray();
            if (includeText)
            {
                writer.WriteString(Text, missing.Text);
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
            writer.WriteString(RuleId, step.RuleId);
            writer.WriteString(Axis, WireNames.Of(step.Axis));
            writer.WriteString(Outcome, Outcomes[(int)step.Outcome]);
            writer.WriteString(Conclusion, step.Conclusion);
            writer.WriteString(Text, step.Text);
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
            writer.WriteStringValue(source.Id);
        }

        writer.WriteEndArray();
    }
}
