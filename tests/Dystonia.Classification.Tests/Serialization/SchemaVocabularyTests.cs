using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dystonia.Classification.CatalogueDocs;
using Dystonia.Classification.Serialization.Contract;

namespace Dystonia.Classification.Tests.Serialization;

/// <summary>
/// Every enum of the published presentation schema lists exactly the names the reader accepts, in the order its
/// messages list them: the schema is checked against the one name list, not against a copy. The negative controls
/// show that the comparison notices a missing, extra or unchecked name.
/// </summary>
public sealed class SchemaVocabularyTests
{
    /// <summary>The vocabulary each enum of the presentation schema must list: the list the schema's enums are written from.</summary>
    private static IReadOnlyDictionary<string, string[]> PresentationVocabularies => PresentationSchemaEnums.Vocabularies;

    private static string PresentationSchema => RepositoryFiles.Read("docs", "schema", "presentation.schema.json");

    [Fact]
    public void Every_enum_of_the_presentation_schema_equals_the_names_of_its_vocabulary()
    {
        var enums = EnumsOf(PresentationSchema);

        enums.Keys.Should().HaveCount(PresentationVocabularies.Count, "each vocabulary of the contract appears once in the schema");
        Differences(enums, PresentationVocabularies).Should().BeEmpty();
    }

    [Fact]
    public void Every_vocabulary_the_reader_uses_is_checked_against_the_schema()
    {
        var vocabularies = typeof(WireVocabulary).GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(field => field.FieldType == typeof(WireVocabulary))
            .Select(field => ((WireVocabulary)field.GetValue(null)!).Listed)
            .ToArray();

        // The very arrays the reader's messages are built from, not equal copies.
        vocabularies.Should().HaveSameCount(PresentationVocabularies).And.OnlyContain(listed => PresentationVocabularies.Values.Contains(listed));
    }

    // -----------------------------------------------------------------------------------------------------------
    // Negative controls: the comparison on doctored copies.
    // -----------------------------------------------------------------------------------------------------------

    [Fact]
    public void A_name_missing_from_the_schema_is_found()
    {
        var doctored = JsonNode.Parse(PresentationSchema)!;
        var regions = doctored["$defs"]!["region"]!["properties"]!["region"]!["enum"]!.AsArray();
        regions.Remove(regions.First(name => name!.GetValue<string>() == "trunk"));

        Differences(EnumsOf(doctored.ToJsonString()), PresentationVocabularies)
            .Should().ContainSingle().Which.Should().Contain("/$defs/region/properties/region").And.Contain("trunk");
    }

    [Fact]
    public void The_generator_writes_a_missing_name_back_and_leaves_every_other_byte_of_the_schema()
    {
        var committed = PresentationSchema.Replace("\r\n", "\n", StringComparison.Ordinal);
        var stale = committed.Replace("            \"trunk\",\n", "", StringComparison.Ordinal);

        stale.Should().NotBe(committed, "the doctored copy lacks the region trunk");
        PresentationSchemaEnums.Render(stale).Should().Be(committed);
    }

    [Fact]
    public void A_name_missing_from_the_names_list_is_found()
    {
        var doctored = new Dictionary<string, string[]>(PresentationVocabularies)
        {
            ["/$defs/etiology/properties/acquiredCauses/items"] = WireVocabulary.AcquiredCauses.Listed.Where(name => name != "psychogenic").ToArray(),
        };

        Differences(EnumsOf(PresentationSchema), doctored)
            .Should().ContainSingle().Which.Should().Contain("/$defs/etiology/properties/acquiredCauses/items").And.Contain("psychogenic");
    }

    [Fact]
    public void An_enum_in_another_order_is_found()
    {
        var doctored = JsonNode.Parse(PresentationSchema)!;
        var courses = doctored["properties"]!["course"]!["enum"]!.AsArray();
        var first = courses[0]!.GetValue<string>();
        courses.RemoveAt(0);
        courses.Add(first);

        Differences(EnumsOf(doctored.ToJsonString()), PresentationVocabularies).Should().ContainSingle().Which.Should().Contain("/properties/course");
    }

    [Fact]
    public void An_enum_no_vocabulary_covers_is_found()
    {
        var doctored = JsonNode.Parse(PresentationSchema)!;
        doctored["properties"]!["colour"] = new JsonObject { ["enum"] = new JsonArray("red", "green") };

        Differences(EnumsOf(doctored.ToJsonString()), PresentationVocabularies).Should().ContainSingle().Which.Should().Contain("/properties/colour");
    }

    /// <summary>Returns every <c>enum</c> of a JSON schema, by the JSON pointer of the object that holds it.</summary>
    internal static Dictionary<string, string?[]> EnumsOf(string schema)
    {
        var enums = new Dictionary<string, string?[]>(System.StringComparer.Ordinal);
        using var document = JsonDocument.Parse(schema);
        Collect(document.RootElement, "", enums);
        return enums;
    }

    /// <summary>
    /// Compares the enums of a schema with the names they must list, in order; returns one line per difference,
    /// including enums without a vocabulary and vocabularies without an enum. Empty when they agree.
    /// </summary>
    internal static List<string> Differences(IReadOnlyDictionary<string, string?[]> enums, IReadOnlyDictionary<string, string[]> vocabularies)
    {
        var differences = new List<string>();
        foreach (var (pointer, listed) in enums.OrderBy(pair => pair.Key, System.StringComparer.Ordinal))
        {
            if (!vocabularies.TryGetValue(pointer, out var names))
            {
                differences.Add(pointer + ": an enum no vocabulary covers");
            }
            else if (!listed.SequenceEqual(names))
            {
                differences.Add(pointer + ": the schema lists [" + string.Join(", ", listed) + "], the names are [" + string.Join(", ", names) + "]");
            }
        }

        foreach (var pointer in vocabularies.Keys.Where(pointer => !enums.ContainsKey(pointer)))
        {
            differences.Add(pointer + ": no enum in the schema");
        }

        return differences;
    }

    private static void Collect(JsonElement element, string pointer, Dictionary<string, string?[]> enums)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "enum")
                {
                    enums[pointer] = property.Value.EnumerateArray().Select(value => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()).ToArray();
                }
                else
                {
                    Collect(property.Value, pointer + "/" + property.Name.Replace("~", "~0").Replace("/", "~1"), enums);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, pointer + "/" + index++, enums);
            }
        }
    }
}
