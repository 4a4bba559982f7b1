using System.Text.Json;
using System.Text.Json.Nodes;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Tests.Serialization;

/// <summary>
/// The published JSON Schemas agree with the code's wire names, and real examples validate against them with an
/// independent validator (JsonSchema.Net, in process: tests/Shared/SchemaValidator.cs).
/// </summary>
public sealed class ContractSchemaTests
{
    private static readonly DystoniaClassifier Latvian = new(new ClassificationOptions { Language = ClinicalLanguages.Latvian });

    private static JsonElement Schema(string name) =>
        JsonDocument.Parse(RepositoryFiles.Read("docs", "schema", name)).RootElement;

    private static string[] Enum(JsonElement element) =>
        element.GetProperty("enum").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Presentation_schema_lists_exactly_the_wire_names_the_reader_accepts()
    {
        var schema = Schema("presentation.schema.json");
        var defs = schema.GetProperty("$defs");

        Enum(defs.GetProperty("region").GetProperty("properties").GetProperty("region")).Should().Equal(WireNames.Regions);
        Enum(schema.GetProperty("properties").GetProperty("variability").GetProperty("items")).Should().Equal(WireNames.VariabilityBits);
        Enum(defs.GetProperty("etiology").GetProperty("properties").GetProperty("acquiredCauses").GetProperty("items")).Should().Equal(WireNames.AcquiredCauseBits);
        Enum(defs.GetProperty("associatedFeatures").GetProperty("properties").GetProperty("movementDisorders").GetProperty("items")).Should().Equal(WireNames.MovementDisorderBits);
        Enum(defs.GetProperty("associatedFeatures").GetProperty("properties").GetProperty("neurological").GetProperty("items")).Should().Equal(WireNames.NeurologicalBits);
    }

    [Fact]
    public void Result_schema_lists_exactly_the_label_names_the_writer_uses()
    {
        var classified = Schema("result.schema.json").GetProperty("$defs").GetProperty("classified").GetProperty("properties");

        Enum(classified.GetProperty("distribution")).Should().Equal(WireNames.Distributions);
        Enum(classified.GetProperty("ageAtOnsetGroup")).Should().Equal(WireNames.AgeGroups);
        Enum(classified.GetProperty("etiology")).Should().Equal(WireNames.Etiologies);
        Enum(classified.GetProperty("legacyCategory")).Should().Equal(WireNames.LegacyCategories);
        Enum(classified.GetProperty("heritability")).Should().BeEquivalentTo(WireNames.Heritabilities);
        Enum(classified.GetProperty("language")).Should().Equal(ClinicalLanguages.Supported);
    }

    [Fact]
    public void Samples_and_results_validate_against_the_schemas()
    {
        var directory = Directory.CreateTempSubdirectory("dystonia-schema-");
        try
        {
            var results = Path.Combine(directory.FullName, "results.jsonl");
            var lines = File.ReadLines(RepositoryFiles.Path("samples", "cohort.jsonl"))
                .Concat(["""{"id":"bad","regions":[{"region":"upperLimb"}]}""", """{"regions":[{"region":"Neck"}]}""", "{broken"])
                .SelectMany(line => new[]
                {
                    DystoniaJson.WriteResult(DystoniaJson.Classify(Cases.Classifier, System.Text.Encoding.UTF8.GetBytes(line)), new ResultWriteOptions { Line = 1 }),
                    DystoniaJson.WriteResult(DystoniaJson.Classify(Cases.Classifier, System.Text.Encoding.UTF8.GetBytes(line)), new ResultWriteOptions { IncludeReasoning = false }),
                    DystoniaJson.WriteResult(DystoniaJson.Classify(Latvian, System.Text.Encoding.UTF8.GetBytes(line))),
                });
            File.WriteAllLines(results, lines);

            var presentations = SchemaValidator.ValidateContract("presentation.schema.json", RepositoryFiles.Path("samples", "cohort.jsonl"));
            var outputs = SchemaValidator.ValidateContract("result.schema.json", results);

            presentations.Summary.Should().Be("36 valid, 0 invalid", presentations.ToString());
            outputs.Summary.Should().Be("117 valid, 0 invalid", outputs.ToString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_schema_rejects_what_the_reader_rejects()
    {
        var directory = Directory.CreateTempSubdirectory("dystonia-schema-");
        try
        {
            var bad = Path.Combine(directory.FullName, "bad.jsonl");
            File.WriteAllLines(bad, ["""{"regions":[{"region":"Neck"}]}""", """{"regions":[{"region":"neck"}],"colour":1}""", """{"regions":[]}"""]);

            var validation = SchemaValidator.ValidateContract("presentation.schema.json", bad);

            validation.Summary.Should().Be("0 valid, 3 invalid", validation.ToString());
            validation.Failures[0].Should().Contain("/regions/0/region: ").And.Contain("/enum: ");
            validation.Failures[1].Should().Contain("/colour: ").And.Contain("/additionalProperties");
            validation.Failures[2].Should().Contain("/regions: ").And.Contain("/minItems: ");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_result_schema_rejects_a_doctored_result()
    {
        // Negative control for the result schema: real results, each changed in one place the schema forbids.
        var result = JsonNode.Parse(DystoniaJson.WriteResult(DystoniaJson.Classify(Cases.Classifier, System.Text.Encoding.UTF8.GetBytes(File.ReadLines(RepositoryFiles.Path("samples", "cohort.jsonl")).First()))))!.AsObject();
        var wrongLabel = result.DeepClone().AsObject();
        wrongLabel["distribution"] = "Focal";
        var extraField = result.DeepClone().AsObject();
        extraField["colour"] = 1;
        var directory = Directory.CreateTempSubdirectory("dystonia-schema-");
        try
        {
            var bad = Path.Combine(directory.FullName, "bad.jsonl");
            File.WriteAllLines(bad, [result.ToJsonString(), wrongLabel.ToJsonString(), extraField.ToJsonString()]);

            var validation = SchemaValidator.ValidateContract("result.schema.json", bad);

            validation.Summary.Should().Be("1 valid, 2 invalid", validation.ToString());
            validation.Failures[0].Should().StartWith("bad.jsonl #2: ").And.Contain("/distribution: ").And.Contain("/enum: ");
            validation.Failures[1].Should().StartWith("bad.jsonl #3: ").And.Contain("/colour: ").And.Contain("/additionalProperties");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
