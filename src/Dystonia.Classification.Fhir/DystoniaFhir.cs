using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Dystonia.Classification.Fhir.Internal;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Fhir;

/// <summary>
/// Writes a classification as a FHIR R4 <c>Observation</c> (docs/ehr-integration.md): the distribution as the
/// value, every other axis and each affected region as a component, SNOMED CT, ICD-10-CM and HPO codings only
/// where a verified code exists, the rule set as the method, and the reasoning as a Markdown note.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DystoniaFhir
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

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

        writer.WriteStartObject();
        writer.WriteString("resourceType", "Observation");
        if (options.Id is { } id)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("status", "final");
        writer.WriteStartArray("category");
        writer.WriteStartObject();
        WriteCodings(writer, [(FhirSystems.ObservationCategory, "exam", "Exam", null)]);
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject("code");
        WriteCodings(writer, [(FhirSystems.Classification, "dystonia-classification", "Dystonia classification", null)]);
        writer.WriteString("text", "Dystonia classification (2013 international consensus, Albanese et al.)");
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

        var valueCodings = new List<(string, string, string, string?)> { (FhirSystems.Labels, "distribution/" + distribution, Display(distribution), null) };
        foreach (var coding in tables.Distribution[distribution])
        {
            valueCodings.Add((coding.System, coding.Code, coding.Display, null));
        }

        writer.WriteStartObject("valueCodeableConcept");
        WriteCodings(writer, valueCodings);
        writer.WriteString("text", Display(distribution) + " dystonia");
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
        WriteCodings(writer, [(FhirSystems.Classification, result.RuleSet.Name, result.RuleSet.Title, result.RuleSet.Version)]);
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

        LabelComponent(writer, "ageAtOnsetGroup", labels.AgeAtOnsetGroup is { } group ? ContractNames.Of(group) : null);
        LabelComponent(writer, "course", labels.Course == Course.Unknown ? null : ContractNames.Of(labels.Course));
        foreach (var variability in ContractNames.Of(labels.Variability))
        {
            LabelComponent(writer, "variability", variability);
        }

        LabelComponent(writer, "associatedFeatures", labels.IsolatedOrCombined is { } association ? ContractNames.Of(association) : null);
        LabelComponent(writer, "nervousSystemPathology", ContractNames.Of(labels.NervousSystemPathology));
        LabelComponent(writer, "heritability", ContractNames.Of(labels.Heritability));
        LabelComponent(writer, "etiology", ContractNames.Of(labels.Etiology));
        LabelComponent(writer, "etiologyCertainty", labels.EtiologyCertainty is { } certainty ? ContractNames.Of(certainty) : null);
        LabelComponent(writer, "legacyCategory", labels.LegacyCategory is { } legacy ? ContractNames.Of(legacy) : null);

        foreach (var finding in result.DecisionFor(ClassificationAxis.Distribution)!.Evidence)
        {
            writer.WriteStartObject();
            ComponentCode(writer, "affectedRegion");
            writer.WriteStartObject("valueCodeableConcept");
            WriteCodings(writer, [(FhirSystems.BodyRegion, finding.Value, Display(finding.Value), null)]);
            writer.WriteString("text", Display(finding.Value));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Returns the reasoning and suggested workup as Markdown, one line per step.</summary>
    /// <param name="result">A classified result.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string ReasoningMarkdown(ClassificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.Append("**Reasoning** (").Append(result.RuleSet.ToString()).Append(")\n\n");
        foreach (var step in result.Reasoning)
        {
            if (step.Outcome == RuleOutcome.NotApplied)
            {
                text.Append("- *").Append(step.RuleId).Append(" (not applied)*: ");
            }
            else
            {
                text.Append("- **").Append(step.RuleId).Append("**: ");
            }

            text.Append(step.Text).Append('\n');
        }

        if (result.SuggestedWorkup.Count > 0)
        {
            text.Append("\n**Suggested workup**\n\n");
            foreach (var workup in result.SuggestedWorkup)
            {
                text.Append("- ").Append(workup.Text).Append(" (").Append(workup.RuleId).Append(")\n");
            }
        }

        if (result.MissingFindings.Count > 0)
        {
            text.Append("\n**Missing findings**\n\n");
            foreach (var missing in result.MissingFindings)
            {
                text.Append("- ").Append(missing.Text).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Turns a wire name into words: <c>earlyAdulthood</c> reads "Early adulthood", <c>upperLimb:left</c> "Upper limb, left".</summary>
    internal static string Display(string wire)
    {
        var text = new StringBuilder(wire.Length + 4);
        foreach (char c in wire)
        {
            if (c == ':')
            {
                text.Append(", ");
            }
            else if (char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        if (text.Length > 0)
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return text.ToString();
    }

    private static void LabelComponent(Utf8JsonWriter writer, string axis, string? value)
    {
        if (value is null)
        {
            return;
        }

        writer.WriteStartObject();
        ComponentCode(writer, axis);
        writer.WriteStartObject("valueCodeableConcept");
        WriteCodings(writer, [(FhirSystems.Labels, axis + "/" + value, Display(value), null)]);
        writer.WriteString("text", Display(value));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void ComponentCode(Utf8JsonWriter writer, string axis)
    {
        writer.WriteStartObject("code");
        WriteCodings(writer, [(FhirSystems.Classification, axis, Display(axis), null)]);
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
