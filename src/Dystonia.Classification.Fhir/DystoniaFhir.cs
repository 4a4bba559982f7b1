using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Dystonia.Classification.Fhir.Internal;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Fhir;

/// <summary>
/// Writes a classification as a FHIR R4 <c>Observation</c> (docs/ehr-integration.md): the distribution as the
/// value, every other axis and each affected region as a component, SNOMED CT, ICD-10-CM and HPO codings only
/// where a verified code exists, the rule set as the method, and the reasoning as a Markdown note. Texts (the
/// concepts' <c>text</c>, the note, <c>Observation.language</c>) follow <see cref="ClassificationResult.Language"/>;
/// coding displays stay the code systems' English.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DystoniaFhir
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>The Observation's texts (<c>Data/fhir-terms.json</c>), loaded and checked at first use.</summary>
    internal static readonly Lazy<ClinicalTextTable> Texts = new(() =>
        ClinicalTextTable.FromEmbeddedResource(typeof(DystoniaFhir).Assembly, "Dystonia.Classification.Fhir.Data.fhir-terms.json"));

    /// <summary>Returns the classification as an Observation in FHIR R4 JSON.</summary>
    /// <param name="result">A classified result.</param>
    /// <param name="options">The id, subject and time to write; <see langword="null"/> for none.</param>
    /// <returns>The Observation JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The result is invalid: an invalid presentation has no classification to report.</exception>
    public static string ToObservation(ClassificationResult result, ObservationOptions? options = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            WriteObservation(writer, result, options);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the classification as an Observation in FHIR R4 JSON.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">A classified result.</param>
    /// <param name="options">The id, subject and time to write; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public static void WriteObservation(Utf8JsonWriter writer, ClassificationResult result, ObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsClassified)
        {
            throw new ArgumentException("An invalid result has no classification to write; report its Errors instead.", nameof(result));
        }

        options ??= new ObservationOptions();
        var labels = result.Labels;
        var tables = FhirCodeTables.Instance;
        var distribution = ContractNames.Of(labels.Distribution);
        string language = result.Language;
        var texts = Texts.Value.For(language);

        writer.WriteStartObject();
        writer.WriteString("resourceType", "Observation");
        if (options.Id is { } id)
        {
            writer.WriteString("id", id);
        }

        // Resource.language: the language of the texts below; coding displays stay the code systems' English.
        writer.WriteString("language", language);

        writer.WriteString("status", "final");
        writer.WriteStartArray("category");
        writer.WriteStartObject();
        WriteCodings(writer, [(FhirSystems.ObservationCategory, "exam", "Exam", null)]);
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject("code");
        WriteCodings(writer, [(FhirSystems.Classification, "dystonia-classification", "Dystonia classification", null)]);
        writer.WriteString("text", texts["fhir.codeText"]);
        writer.WriteEndObject();

        if (options.SubjectReference is { } subject)
        {
            writer.WriteStartObject("subject");
            writer.WriteString("reference", subject);
            writer.WriteEndObject();
        }

        if (options.Effective is { } effective)
        {
            writer.WriteString("effectiveDateTime", effective);
        }

        var valueCodings = new List<(string, string, string, string?)> { (FhirSystems.Labels, "distribution/" + distribution, WireNameDisplay.Of(distribution), null) };
        foreach (var coding in tables.Distribution[distribution])
        {
            valueCodings.Add((coding.System, coding.Code, coding.Display, null));
        }

        writer.WriteStartObject("valueCodeableConcept");
        WriteCodings(writer, valueCodings);
        writer.WriteString("text", texts["fhir.value." + distribution]);
        writer.WriteEndObject();

        if (options.IncludeReasoning)
        {
            writer.WriteStartArray("note");
            writer.WriteStartObject();
            writer.WriteString("text", ReasoningMarkdown(result));
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("method");
        // Coding.version is the version of the code system, not of the rule set: the rule-set version is in the text.
        WriteCodings(writer, [(FhirSystems.Classification, result.RuleSet.Name, result.RuleSet.Title, null)]);
        writer.WriteString("text", result.RuleSet.ToString());
        writer.WriteEndObject();

        writer.WriteStartArray("component");
        if (labels.LegInvolvement is { } legs)
        {
            writer.WriteStartObject();
            ComponentCode(writer, "legInvolvement");
            writer.WriteBoolean("valueBoolean", legs);
            writer.WriteEndObject();
        }

        if (labels.AgeAtOnsetGroup is { } group)
        {
            LabelComponent(writer, "ageAtOnsetGroup", ContractNames.Of(group), ClinicalTerms.DisplayName(group, language));
        }

        if (labels.Course != Course.Unknown)
        {
            LabelComponent(writer, "course", ContractNames.Of(labels.Course), ClinicalTerms.DisplayName(labels.Course, language));
        }

        foreach (var variability in Enum.GetValues<Variability>())
        {
            if (variability != Variability.None && (labels.Variability & variability) != 0)
            {
                LabelComponent(writer, "variability", ContractNames.Of(variability)[0], ClinicalTerms.DisplayName(variability, language));
            }
        }

        if (labels.IsolatedOrCombined is { } association)
        {
            LabelComponent(writer, "associatedFeatures", ContractNames.Of(association), ClinicalTerms.DisplayName(association, language));
        }

        LabelComponent(writer, "nervousSystemPathology", ContractNames.Of(labels.NervousSystemPathology), ClinicalTerms.DisplayName(labels.NervousSystemPathology, language));
        LabelComponent(writer, "heritability", ContractNames.Of(labels.Heritability), ClinicalTerms.DisplayName(labels.Heritability, language));
        LabelComponent(writer, "etiology", ContractNames.Of(labels.Etiology), ClinicalTerms.DisplayName(labels.Etiology, language));
        if (labels.EtiologyCertainty is { } certainty)
        {
            LabelComponent(writer, "etiologyCertainty", ContractNames.Of(certainty), ClinicalTerms.DisplayName(certainty, language));
        }

        if (labels.LegacyCategory is { } legacy)
        {
            LabelComponent(writer, "legacyCategory", ContractNames.Of(legacy), ClinicalTerms.DisplayName(legacy, language));
        }

        foreach (var finding in result.DecisionFor(ClassificationAxis.Distribution)!.Evidence)
        {
            writer.WriteStartObject();
            ComponentCode(writer, "affectedRegion");
            writer.WriteStartObject("valueCodeableConcept");
            WriteCodings(writer, [(FhirSystems.BodyRegion, finding.Value, WireNameDisplay.Of(finding.Value), null)]);
            writer.WriteString("text", UpperFirst(ClinicalTerms.DisplayName(RegionOf(finding.Value), language)));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Returns the reasoning and suggested workup as Markdown, one line per step, with the headings in the language
    /// of the result's texts (<see cref="ClassificationResult.Language"/>), so one note never mixes languages:
    /// classify with the language you want the note in.
    /// </summary>
    /// <param name="result">A classified result.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ReasoningMarkdown(ClassificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var texts = Texts.Value.For(result.Language);
        var text = new StringBuilder();
        text.Append("**").Append(texts["fhir.note.reasoning"]).Append("** (").Append(result.RuleSet.ToString()).Append(")\n\n");
        foreach (var step in result.Reasoning)
        {
            if (step.Outcome == RuleOutcome.NotApplied)
            {
                text.Append("- *").Append(step.RuleId).Append(" (").Append(texts["fhir.note.notApplied"]).Append(")*: ");
            }
            else
            {
                text.Append("- **").Append(step.RuleId).Append("**: ");
            }

            text.Append(step.Text).Append('\n');
        }

        if (result.SuggestedWorkup.Count > 0)
        {
            text.Append("\n**").Append(ClinicalTerms.DisplayName(ClassificationAxis.Workup, result.Language)).Append("**\n\n");
            foreach (var workup in result.SuggestedWorkup)
            {
                text.Append("- ").Append(workup.Text).Append(" (").Append(workup.RuleId).Append(")\n");
            }
        }

        if (result.MissingFindings.Count > 0)
        {
            text.Append("\n**").Append(texts["fhir.note.missingFindings"]).Append("**\n\n");
            foreach (var missing in result.MissingFindings)
            {
                text.Append("- ").Append(missing.Text).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Writes one label: the coding's display is the code system's English, the text is in the result's language.</summary>
    private static void LabelComponent(Utf8JsonWriter writer, string axis, string value, string text)
    {
        writer.WriteStartObject();
        ComponentCode(writer, axis);
        writer.WriteStartObject("valueCodeableConcept");
        WriteCodings(writer, [(FhirSystems.Labels, axis + "/" + value, WireNameDisplay.Of(value), null)]);
        writer.WriteString("text", text);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Reads a region finding (<c>upperLimb:left</c>) back into the region it names.</summary>
    private static AffectedRegion RegionOf(string wire)
    {
        int colon = wire.IndexOf(':', StringComparison.Ordinal);
        var region = Enum.Parse<BodyRegion>(colon < 0 ? wire : wire.Substring(0, colon), ignoreCase: true);
        var side = colon < 0 ? BodySide.Unspecified : Enum.Parse<BodySide>(wire.Substring(colon + 1), ignoreCase: true);
        return new AffectedRegion(region, side);
    }

    /// <summary>Region names are written to sit inside a sentence; as a concept's text they start with a capital.</summary>
    private static string UpperFirst(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static void ComponentCode(Utf8JsonWriter writer, string axis)
    {
        writer.WriteStartObject("code");
        WriteCodings(writer, [(FhirSystems.Classification, axis, WireNameDisplay.Of(axis), null)]);
        writer.WriteEndObject();
    }

    private static void WriteCodings(Utf8JsonWriter writer, IReadOnlyList<(string System, string Code, string Display, string? Version)> codings)
    {
        writer.WriteStartArray("coding");
        foreach (var (system, code, display, version) in codings)
        {
            writer.WriteStartObject();
            writer.WriteString("system", system);
            if (version is not null)
            {
                writer.WriteString("version", version);
            }

            writer.WriteString("code", code);
            writer.WriteString("display", display);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
