using System.Collections.Generic;
using System.Text.Json;

namespace Dystonia.Classification.Phenopackets.Tests;

/// <summary>
/// The messages of the GA4GH Phenopacket v2 schema that the export writes, in the protobuf JSON mapping (lowerCamelCase
/// field names), transcribed field by field from the published protos: phenopackets/phenopacket-schema at commit
/// d69fc9e6fe425ed0ca05ec81ee5b8f0380f4754d, src/main/proto/phenopackets/schema/v2/phenopackets.proto, core/individual.proto,
/// core/phenotypic_feature.proto, core/base.proto, core/interpretation.proto (VariantInterpretation and the
/// AcmgPathogenicityClassification enum included), core/meta_data.proto and vrsatile/v1/vrsatile.proto (GeneDescriptor
/// and VariationDescriptor) (docs/evidence/phenopacket-export.md). Every field of each message is listed, so that a
/// misspelt or invented name fails; the ones the export writes carry their type, enum values included. The protos
/// themselves are not in the repository (docs/phenopackets.md, "How it is validated"); a full parse with Google.Protobuf
/// against them was run outside it.
/// </summary>
internal static class PhenopacketSchema
{
    /// <summary>A field's JSON form; <see cref="Other"/> for the fields the export never writes (their presence fails).</summary>
    internal enum Kind
    {
        String,
        Bool,
        Timestamp,
        Enum,
        Message,
        RepeatedMessage,
        Other,
    }

    internal sealed record Field(Kind Kind, string? Type = null, string[]? Values = null);

    internal static readonly Dictionary<string, Dictionary<string, Field>> Messages = new()
    {
        ["Phenopacket"] = new()
        {
            ["id"] = new(Kind.String),
            ["subject"] = new(Kind.Message, "Individual"),
            ["phenotypicFeatures"] = new(Kind.RepeatedMessage, "PhenotypicFeature"),
            ["measurements"] = new(Kind.Other),
            ["biosamples"] = new(Kind.Other),
            ["interpretations"] = new(Kind.RepeatedMessage, "Interpretation"),
            ["diseases"] = new(Kind.Other),
            ["medicalActions"] = new(Kind.Other),
            ["files"] = new(Kind.Other),
            ["metaData"] = new(Kind.Message, "MetaData"),
        },
        ["Individual"] = new()
        {
            ["id"] = new(Kind.String),
            ["alternateIds"] = new(Kind.Other),
            ["dateOfBirth"] = new(Kind.Other),
            ["timeAtLastEncounter"] = new(Kind.Other),
            ["vitalStatus"] = new(Kind.Other),
            ["sex"] = new(Kind.Other),
            ["karyotypicSex"] = new(Kind.Other),
            ["gender"] = new(Kind.Other),
            ["taxonomy"] = new(Kind.Other),
        },
        ["PhenotypicFeature"] = new()
        {
            ["description"] = new(Kind.Other),
            ["type"] = new(Kind.Message, "OntologyClass"),
            ["excluded"] = new(Kind.Bool),
            ["severity"] = new(Kind.Other),
            ["modifiers"] = new(Kind.Other),
            ["onset"] = new(Kind.Message, "TimeElement"),
            ["resolution"] = new(Kind.Other),
            ["evidence"] = new(Kind.Other),
        },
        ["OntologyClass"] = new()
        {
            ["id"] = new(Kind.String),
            ["label"] = new(Kind.String),
        },
        ["TimeElement"] = new()
        {
            ["gestationalAge"] = new(Kind.Other),
            ["age"] = new(Kind.Message, "Age"),
            ["ageRange"] = new(Kind.Other),
            ["ontologyClass"] = new(Kind.Other),
            ["timestamp"] = new(Kind.Other),
            ["interval"] = new(Kind.Other),
        },
        ["Age"] = new()
        {
            ["iso8601duration"] = new(Kind.String),
        },
        ["Interpretation"] = new()
        {
            ["id"] = new(Kind.String),
            ["progressStatus"] = new(Kind.Enum, Values: ["UNKNOWN_PROGRESS", "IN_PROGRESS", "COMPLETED", "SOLVED", "UNSOLVED"]),
            ["diagnosis"] = new(Kind.Message, "Diagnosis"),
            ["summary"] = new(Kind.Other),
        },
        ["Diagnosis"] = new()
        {
            ["disease"] = new(Kind.Message, "OntologyClass"),
            ["genomicInterpretations"] = new(Kind.RepeatedMessage, "GenomicInterpretation"),
        },
        ["GenomicInterpretation"] = new()
        {
            ["subjectOrBiosampleId"] = new(Kind.String),
            ["interpretationStatus"] = new(Kind.Enum, Values: ["UNKNOWN_STATUS", "REJECTED", "CANDIDATE", "CONTRIBUTORY", "CAUSATIVE"]),
            ["gene"] = new(Kind.Message, "GeneDescriptor"),
            ["variantInterpretation"] = new(Kind.Message, "VariantInterpretation"),
        },
        ["VariantInterpretation"] = new()
        {
            ["acmgPathogenicityClassification"] = new(Kind.Enum, Values: ["NOT_PROVIDED", "BENIGN", "LIKELY_BENIGN", "UNCERTAIN_SIGNIFICANCE", "LIKELY_PATHOGENIC", "PATHOGENIC"]),
            ["therapeuticActionability"] = new(Kind.Other),
            ["variationDescriptor"] = new(Kind.Message, "VariationDescriptor"),
        },
        ["VariationDescriptor"] = new()
        {
            ["id"] = new(Kind.String),
            ["variation"] = new(Kind.Other),
            ["label"] = new(Kind.Other),
            ["description"] = new(Kind.Other),
            ["geneContext"] = new(Kind.Message, "GeneDescriptor"),
            ["expressions"] = new(Kind.Other),
            ["vcfRecord"] = new(Kind.Other),
            ["xrefs"] = new(Kind.Other),
            ["alternateLabels"] = new(Kind.Other),
            ["extensions"] = new(Kind.Other),
            ["moleculeContext"] = new(Kind.Other),
            ["structuralType"] = new(Kind.Other),
            ["vrsRefAlleleSeq"] = new(Kind.Other),
            ["allelicState"] = new(Kind.Message, "OntologyClass"),
        },
        ["GeneDescriptor"] = new()
        {
            ["valueId"] = new(Kind.String),
            ["symbol"] = new(Kind.String),
            ["description"] = new(Kind.Other),
            ["alternateIds"] = new(Kind.Other),
            ["alternateSymbols"] = new(Kind.Other),
            ["xrefs"] = new(Kind.Other),
        },
        ["MetaData"] = new()
        {
            ["created"] = new(Kind.Timestamp),
            ["createdBy"] = new(Kind.String),
            ["submittedBy"] = new(Kind.Other),
            ["resources"] = new(Kind.RepeatedMessage, "Resource"),
            ["updates"] = new(Kind.Other),
            ["phenopacketSchemaVersion"] = new(Kind.String),
            ["externalReferences"] = new(Kind.Other),
        },
        ["Resource"] = new()
        {
            ["id"] = new(Kind.String),
            ["name"] = new(Kind.String),
            ["url"] = new(Kind.String),
            ["version"] = new(Kind.String),
            ["namespacePrefix"] = new(Kind.String),
            ["iriPrefix"] = new(Kind.String),
        },
    };

    /// <summary>Returns every way the element breaks the message's JSON form, as "path: problem".</summary>
    internal static List<string> Problems(JsonElement element, string message, string path = "$")
    {
        var problems = new List<string>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path + ": " + message + " must be an object");
            return problems;
        }

        var fields = Messages[message];
        foreach (var property in element.EnumerateObject())
        {
            string at = path + "." + property.Name;
            if (!fields.TryGetValue(property.Name, out var field))
            {
                problems.Add(at + ": no such field in " + message);
                continue;
            }

            var value = property.Value;
            switch (field.Kind)
            {
                case Kind.String when value.ValueKind != JsonValueKind.String:
                case Kind.Bool when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                    problems.Add(at + ": must be a " + field.Kind);
                    break;
                case Kind.Timestamp when value.ValueKind != JsonValueKind.String || !IsRfc3339Utc(value.GetString()!):
                    problems.Add(at + ": must be an RFC 3339 timestamp in UTC");
                    break;
                case Kind.Enum when value.ValueKind != JsonValueKind.String || System.Array.IndexOf(field.Values!, value.GetString()) < 0:
                    problems.Add(at + ": not a value of the enum");
                    break;
                case Kind.Message:
                    problems.AddRange(Problems(value, field.Type!, at));
                    break;
                case Kind.RepeatedMessage when value.ValueKind != JsonValueKind.Array:
                    problems.Add(at + ": must be an array");
                    break;
                case Kind.RepeatedMessage:
                    int i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        problems.AddRange(Problems(item, field.Type!, at + "[" + i++ + "]"));
                    }

                    break;
                case Kind.Other:
                    problems.Add(at + ": a field the export does not write");
                    break;
            }
        }

        return problems;
    }

    private static bool IsRfc3339Utc(string text) =>
        System.DateTimeOffset.TryParseExact(
            text,
            ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"],
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal,
            out _);
}
