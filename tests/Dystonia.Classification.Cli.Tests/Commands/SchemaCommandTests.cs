using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>End to end: <c>dystonia schema</c> prints the JSON Schemas (draft 2020-12) of the contract.</summary>
public sealed class SchemaCommandTests
{
    private const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    private static JsonElement Parse(ToolRun run)
    {
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stderr.Should().BeEmpty();
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Schema_prints_the_presentation_schema_as_draft_2020_12_json()
    {
        var schema = Parse(await DystoniaTool.RunAsync("schema"));

        schema.GetProperty("$schema").GetString().Should().Be(Draft202012);
        schema.GetProperty("title").GetString().Should().ContainEquivalentOf("presentation");
        schema.GetProperty("type").GetString().Should().Be("object");
        schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Contain("regions");
        schema.GetProperty("properties").TryGetProperty("regions", out _).Should().BeTrue();
        schema.GetProperty("additionalProperties").GetBoolean().Should().BeFalse("unknown properties are errors");
    }

    [Fact]
    public async Task Schema_result_prints_the_result_schema_as_draft_2020_12_json()
    {
        var schema = Parse(await DystoniaTool.RunAsync("schema", "--result"));

        schema.GetProperty("$schema").GetString().Should().Be(Draft202012);
        schema.GetProperty("title").GetString().Should().ContainEquivalentOf("result");
        schema.GetProperty("title").GetString().Should().NotContainEquivalentOf("presentation (");
        var defs = schema.GetProperty("$defs");
        defs.TryGetProperty("classified", out _).Should().BeTrue();
        defs.TryGetProperty("invalid", out _).Should().BeTrue();
    }

    [Fact]
    public async Task The_result_schema_lists_every_label_the_sample_cohort_gets()
    {
        var schema = Parse(await DystoniaTool.RunAsync("schema", "--result"));
        var results = await DystoniaTool.RunAsync("classify", Samples.CohortJsonLines, "--no-reasoning", "-q");

        var classified = schema.GetProperty("$defs").GetProperty("classified").GetProperty("properties");
        foreach (var field in new[] { "distribution", "etiology" })
        {
            var allowed = classified.GetProperty(field).GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
            results.Records.Select(r => r.GetProperty(field).GetString()).Distinct().Should().BeSubsetOf(allowed);
        }
    }

    [Fact]
    public async Task The_presentation_schema_allows_every_property_the_sample_uses()
    {
        var schema = Parse(await DystoniaTool.RunAsync("schema"));
        var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

        foreach (var line in Samples.CohortLines)
        {
            using var document = JsonDocument.Parse(line);
            document.RootElement.EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(properties);
        }
    }
}
