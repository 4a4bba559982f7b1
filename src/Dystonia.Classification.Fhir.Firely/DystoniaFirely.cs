using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Dystonia.Classification.Fhir.Firely;

/// <summary>
/// Dystonia.Classification on Firely's FHIR R4 model (docs/ehr-integration.md, "Firely"): the classification as an
/// <see cref="Observation"/> with the resources it was derived from, an identifier that a rerun reproduces, and a
/// narrative in the result's language; and presentations read from a <see cref="Bundle"/>. The codes and texts are
/// those of <see cref="DystoniaFhir"/>, with one correction: the rule set's version is not written as
/// <c>method.coding.version</c>, which FHIR reserves for the version of the code system.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DystoniaFirely
{
    /// <summary>
    /// The base of every canonical URL and identifier system this project owns. The reserved <c>.invalid</c> domain
    /// says that no web page stands behind it yet; the CodeSystem and ValueSet resources are published in the
    /// repository (<c>docs/fhir/</c>) instead. It is the base of <see cref="FhirSystems.ProjectBase"/>.
    /// </summary>
    public const string CanonicalBase = "https://dystonia-classification.invalid/fhir/";

    /// <summary>The identifier system of the classification Observation; the value is described at <see cref="ToObservation"/>.</summary>
    public const string IdentifierSystem = CanonicalBase + "identifier/classification";

    /// <summary>The core R4 extension that carries a reference to any resource type, for the Conditions that <c>derivedFrom</c> does not allow.</summary>
    public const string SupportingInfoExtension = "http://hl7.org/fhir/StructureDefinition/workflow-supportingInfo";

    internal static readonly Lazy<ClinicalTextTable> Texts = new(() =>
        ClinicalTextTable.FromEmbeddedResource(typeof(DystoniaFirely).Assembly, "Dystonia.Classification.Fhir.Firely.Data.firely-terms.json"));

    private static readonly FhirJsonSerializer Serializer = new();

    // The JSON read here is only this library's own Observation, which the tests check in full with Firely's
    // validator (invariants included). Firely's per-element validation while deserializing would repeat that check
    // on every call and more than double the cost of ToObservation (measured: 80 against 36 µs), so it is off.
    private static readonly FhirJsonDeserializer OwnOutputDeserializer = new(new DeserializerSettings { Validator = null });

    /// <summary>
    /// Returns the classification as a Firely <see cref="Observation"/>: the content of <see cref="DystoniaFhir.ToObservation"/>,
    /// plus <c>derivedFrom</c> (and <c>workflow-supportingInfo</c> for Conditions), an identifier and a generated narrative.
    /// </summary>
    /// <remarks>
    /// The identifier (<see cref="IdentifierSystem"/>) is <c>sha256-</c> and the lowercase hex SHA-256 of the subject
    /// reference, the rule set's name and version, the references in <see cref="FirelyObservationOptions.DerivedFrom"/>
    /// (sorted), every coded label and region, and every reasoning step's rule id, outcome and evidence. It does not
    /// depend on the language or on the id, time or reasoning note: the same findings of the same patient classified
    /// by the same rule set give the same identifier, so a conditional create (<c>If-None-Exist: identifier=...</c>)
    /// does not duplicate a rerun, while new findings or a new rule-set version make a new Observation.
    /// </remarks>
    /// <param name="result">A classified result.</param>
    /// <param name="options">The id, subject, time and source resources; <see langword="null"/> for none.</param>
    /// <returns>The Observation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The result is invalid: an invalid presentation has no classification to report.</exception>
    public static Observation ToObservation(ClassificationResult result, FirelyObservationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new FirelyObservationOptions();
        var json = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(json))
        {
            DystoniaFhir.WriteObservation(writer, result, new ObservationOptions { Id = options.Id, IncludeReasoning = options.IncludeReasoning });
        }

        var reader = new Utf8JsonReader(json.WrittenSpan);
        var observation = (Observation)OwnOutputDeserializer.DeserializeResource(ref reader);
        observation.Method ??= new CodeableConcept();

        // FHIR's Coding.version is the code system's version; the rule set's version stays in method.text.
        foreach (var coding in observation.Method.Coding)
        {
            coding.Version = null;
        }

        if (options.Subject is { } subject)
        {
            observation.Subject = (ResourceReference)subject.DeepCopy();
        }

        if (options.Effective is { } effective)
        {
            observation.Effective = (FhirDateTime)effective.DeepCopy();
        }

        foreach (var reference in options.DerivedFrom)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(options));
            string? type = TypeOf(reference);
            var copy = (ResourceReference)reference.DeepCopy();
            if (type is "Observation" or "QuestionnaireResponse" or "DocumentReference" or "ImagingStudy" or "Media" or "MolecularSequence")
            {
                observation.DerivedFrom.Add(copy);
            }
            else
            {
                observation.Extension.Add(new Extension(SupportingInfoExtension, copy));
            }
        }

        observation.Identifier.Add(new Identifier(IdentifierSystem, IdentifierValue(result, observation, options)));
        observation.Text = Narrative(result, observation);
        return observation;
    }

    /// <summary>
    /// Reads a presentation from a Firely <see cref="Bundle"/>, with the rules of <see cref="FhirPresentationReader.ReadBundle"/>,
    /// and says which Conditions and Observations were used (<see cref="FirelyReadResult.Used"/>).
    /// </summary>
    /// <param name="bundle">The Bundle (any type).</param>
    /// <returns>The presentation, the input not used with JSON locations, any errors, and the resources used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bundle"/> is <see langword="null"/>.</exception>
    public static FirelyReadResult Read(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var read = FhirPresentationReader.ReadBundle(Serializer.SerializeToBytes(bundle));

        // The reader reports a resource it did not use at its own location or at its code; any other issue is about
        // one element of a resource that was used.
        var notUsed = new HashSet<string>(read.NotUsed.Select(issue => issue.Location), StringComparer.Ordinal);
        var used = new List<ResourceReference>();
        if (read.Presentation is not null)
        {
            for (int i = 0; i < bundle.Entry.Count; i++)
            {
                var entry = bundle.Entry[i];
                if (entry.Resource is not (Condition or Observation))
                {
                    continue;
                }

                string location = "entry[" + i.ToString(CultureInfo.InvariantCulture) + "].resource";
                if (notUsed.Contains(location) || notUsed.Contains(location + ".code"))
                {
                    continue;
                }

                string type = entry.Resource.TypeName;
                string? url = !string.IsNullOrEmpty(entry.FullUrl) ? entry.FullUrl
                    : !string.IsNullOrEmpty(entry.Resource.Id) ? type + "/" + entry.Resource.Id
                    : null;
                if (url is not null)
                {
                    used.Add(new ResourceReference(url) { Type = type });
                }
            }
        }

        return new FirelyReadResult(read, used);
    }

    /// <summary>The resource type a reference names: its <c>type</c>, or the <c>Type/id</c> form of its URL.</summary>
    internal static string? TypeOf(ResourceReference reference)
    {
        if (!string.IsNullOrEmpty(reference.Type))
        {
            return reference.Type;
        }

        string? url = reference.Reference;
        if (string.IsNullOrEmpty(url) || url.StartsWith("urn:", StringComparison.Ordinal) || url.StartsWith('#'))
        {
            return null;
        }

        var parts = url.Split('/');
        // Type/id, .../Type/id or .../Type/id/_history/v
        int typeAt = parts.Length >= 4 && parts[^2] == "_history" ? parts.Length - 4 : parts.Length - 2;
        return typeAt >= 0 ? parts[typeAt] : null;
    }

    private static string IdentifierValue(ClassificationResult result, Observation observation, FirelyObservationOptions options)
    {
        var text = new StringBuilder("dystonia-classification-identifier 1\n");
        text.Append("subject ").Append(options.Subject?.Reference).Append('\n');
        text.Append("ruleSet ").Append(result.RuleSet.Name).Append(' ').Append(result.RuleSet.Version).Append('\n');
        foreach (string reference in options.DerivedFrom.Select(r => r.Reference ?? "").Order(StringComparer.Ordinal))
        {
            text.Append("derivedFrom ").Append(reference).Append('\n');
        }

        AppendCodings(text, "value", observation.Value as CodeableConcept);
        foreach (var component in observation.Component)
        {
            string axis = AxisOf(component);
            if (component.Value is FhirBoolean flag)
            {
                text.Append(axis).Append(' ').Append(flag.Value == true ? "true" : "false").Append('\n');
            }
            else
            {
                AppendCodings(text, axis, component.Value as CodeableConcept);
            }
        }

        foreach (var step in result.Reasoning)
        {
            text.Append("step ").Append(step.RuleId).Append(' ').Append(step.Outcome.ToString());
            foreach (var finding in step.Evidence)
            {
                text.Append(' ').Append(finding.Field).Append('=').Append(finding.Value);
            }

            text.Append('\n');
        }

        foreach (var workup in result.SuggestedWorkup)
        {
            text.Append("workup ").Append(workup.RuleId).Append('\n');
        }

        foreach (var missing in result.MissingFindings)
        {
            text.Append("missing ").Append(missing.RuleId).Append(' ').Append(missing.Field).Append('\n');
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "sha256-" + Convert.ToHexStringLower(hash);
    }

    private static void AppendCodings(StringBuilder text, string name, CodeableConcept? concept)
    {
        if (concept is null)
        {
            return;
        }

        foreach (var coding in concept.Coding)
        {
            text.Append(name).Append(' ').Append(coding.System).Append('|').Append(coding.Code).Append('\n');
        }
    }

    /// <summary>The generated narrative: the Observation's own texts (already in the result's language) under localized headings, every text escaped.</summary>
    private static Narrative Narrative(ClassificationResult result, Observation observation)
    {
        string language = result.Language;
        var texts = Texts.Value.For(language);
        var html = new StringBuilder();
        html.Append("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(Escape(language)).Append("\" xml:lang=\"").Append(Escape(language)).Append("\">");
        html.Append("<p><b>").Append(Escape(observation.Code?.Text)).Append("</b></p>");
        html.Append("<p>").Append(Escape(ClinicalTerms.DisplayName(ClassificationAxis.Distribution, language))).Append(": ")
            .Append(Escape(TextOf(observation.Value))).Append("</p>");
        html.Append("<ul>");
        var regions = new List<string>();
        foreach (var component in observation.Component)
        {
            string axis = AxisOf(component);
            if (axis == "affectedRegion")
            {
                regions.Add(TextOf(component.Value));
                continue;
            }

            string heading;
            string value;
            if (component.Value is FhirBoolean flag)
            {
                heading = texts["firely.narrative.legInvolvement"];
                value = texts[flag.Value == true ? "firely.narrative.yes" : "firely.narrative.no"];
            }
            else
            {
                heading = AxisHeading(axis, language);
                value = TextOf(component.Value);
            }

            html.Append("<li>").Append(Escape(heading)).Append(": ").Append(Escape(value)).Append("</li>");
        }

        html.Append("</ul>");
        if (regions.Count > 0)
        {
            html.Append("<p>").Append(Escape(texts["firely.narrative.affectedRegions"])).Append(": ")
                .Append(Escape(string.Join("; ", regions))).Append("</p>");
        }

        html.Append("<p>").Append(Escape(texts["firely.narrative.ruleSet"])).Append(": ").Append(Escape(observation.Method?.Text)).Append("</p>");
        html.Append("</div>");
        return new Narrative { Status = Hl7.Fhir.Model.Narrative.NarrativeStatus.Generated, Div = html.ToString() };
    }

    private static string AxisOf(Observation.ComponentComponent component) => component.Code?.Coding.FirstOrDefault()?.Code ?? "";

    private static string TextOf(DataType? value) => (value as CodeableConcept)?.Text ?? "";

    /// <summary>The component codes are the axis names of the JSON contract; <c>ageAtOnsetGroup</c> is the age-at-onset axis, the certainty its etiology's.</summary>
    private static string AxisHeading(string axis, string language) => axis switch
    {
        "ageAtOnsetGroup" => ClinicalTerms.DisplayName(ClassificationAxis.AgeAtOnset, language),
        "course" => ClinicalTerms.DisplayName(ClassificationAxis.Course, language),
        "variability" => ClinicalTerms.DisplayName(ClassificationAxis.Variability, language),
        "associatedFeatures" => ClinicalTerms.DisplayName(ClassificationAxis.AssociatedFeatures, language),
        "nervousSystemPathology" => ClinicalTerms.DisplayName(ClassificationAxis.NervousSystemPathology, language),
        "heritability" => ClinicalTerms.DisplayName(ClassificationAxis.Heritability, language),
        "etiology" or "etiologyCertainty" => ClinicalTerms.DisplayName(ClassificationAxis.Etiology, language),
        "legacyCategory" => ClinicalTerms.DisplayName(ClassificationAxis.LegacyCategory, language),
        _ => axis,
    };

    /// <summary>Escapes text for XHTML content and attribute values.</summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
