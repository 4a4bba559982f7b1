using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dystonia.Classification.Serialization.Contract;

namespace Dystonia.Classification.CatalogueDocs;

/// <summary>
/// The enums of <c>docs/schema/presentation.schema.json</c>, written from the name lists the JSON reader accepts, so
/// that a region added to <c>Data/body-regions.json</c> (or a value added to any other vocabulary) reaches the
/// published schema without a hand copy. The rest of the schema (types, descriptions, required properties) is
/// hand-written, so the command rewrites only the enums and keeps every other byte.
/// </summary>
internal static class PresentationSchemaEnums
{
    internal const string Path = "docs/schema/presentation.schema.json";

    /// <summary>
    /// The vocabulary each enum of the presentation schema lists, by the JSON pointer of the object that holds the enum.
    /// The very arrays the reader's messages are built from, so the schema, the reader and its messages cannot differ.
    /// </summary>
    internal static IReadOnlyDictionary<string, string[]> Vocabularies { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["/properties/course"] = WireVocabulary.Courses.Listed,
        ["/properties/variability/items"] = WireVocabulary.Variability.Listed,
        ["/properties/diagnosticClues/items"] = WireVocabulary.DiagnosticClues.Listed,
        ["/$defs/region/properties/region"] = WireVocabulary.Regions.Listed,
        ["/$defs/region/properties/side"] = WireVocabulary.Sides.Listed,
        ["/$defs/associatedFeatures/properties/movementDisorders/items"] = WireVocabulary.MovementDisorders.Listed,
        ["/$defs/associatedFeatures/properties/neurological/items"] = WireVocabulary.Neurological.Listed,
        ["/$defs/associatedFeatures/properties/systemic/items"] = WireVocabulary.Systemic.Listed,
        ["/$defs/etiology/properties/nervousSystemPathology"] = WireVocabulary.Pathologies.Listed,
        ["/$defs/etiology/properties/acquiredCauses/items"] = WireVocabulary.AcquiredCauses.Listed,
        ["/$defs/etiology/properties/geneticFinding/properties/inheritance"] = WireVocabulary.Inheritances.Listed,
        ["/$defs/etiology/properties/geneticFinding/properties/classification"] = WireVocabulary.VariantClassifications.Listed,
        ["/$defs/etiology/properties/geneticFinding/properties/zygosity"] = WireVocabulary.Zygosities.Listed,
    };

    // The committed schema is indented by two spaces, ASCII with apostrophes unescaped, with "\n" line ends and no
    // final line end: the serializer's indented form with relaxed escaping, so a round trip changes no other byte.
    private static readonly JsonSerializerOptions Written = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Returns the committed schema with every enum replaced by the names of its vocabulary.</summary>
    /// <param name="committed">The schema as it is in the repository.</param>
    internal static string Render(string committed)
    {
        var schema = JsonNode.Parse(committed) ?? throw new InvalidOperationException(Path + " is empty.");
        foreach (var (pointer, names) in Vocabularies)
        {
            // The enum must already be there: where it sits among the hand-written keywords is the schema's choice.
            if (Resolve(schema, pointer) is not JsonObject holder || !holder.ContainsKey("enum"))
            {
                throw new InvalidOperationException(Path + " has no enum at " + pointer + ".");
            }

            holder["enum"] = new JsonArray(names.Select(name => (JsonNode?)JsonValue.Create(name)).ToArray());
        }

        return schema.ToJsonString(Written);
    }

    private static JsonNode? Resolve(JsonNode root, string pointer) =>
        pointer.Split('/').Skip(1).Aggregate((JsonNode?)root, (node, key) => node is JsonObject obj && obj.TryGetPropertyValue(key, out var child) ? child : null);
}
