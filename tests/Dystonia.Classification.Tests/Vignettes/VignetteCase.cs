using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Tests.Vignettes;

/// <summary>
/// One case of <c>vignettes.json</c>: a presentation in the JSON contract, the published source it comes from, and the
/// labels and reasoning that source leads us to expect.
/// </summary>
/// <remarks>
/// The cases are data rather than code so that a clinician can review the presentations and the expected labels in
/// the same wire names the library reads and writes, next to the citation of each.
/// </remarks>
internal sealed record VignetteCase(
    string Id,
    string Vignette,
    string Title,
    string Source,
    IReadOnlyList<string> Verification,
    string? Notes,
    JsonObject? Options,
    JsonObject Presentation,
    JsonObject Expected)
{
    /// <summary>The file, copied next to the tests, relative to the test output folder.</summary>
    internal const string FileName = "Vignettes/vignettes.json";

    // Options are written in the camelCase names of ClassificationOptions; a misspelt one must fail, not be ignored.
    private static readonly JsonSerializerOptions OptionsReader = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly Lazy<IReadOnlyList<VignetteCase>> Loaded = new(Load);

    internal static IReadOnlyList<VignetteCase> All => Loaded.Value;

    internal static VignetteCase Get(string id) => All.Single(vignette => vignette.Id == id);

    /// <summary>Reads the presentation through the library's own contract reader, as the CLI and services would.</summary>
    internal Presentation ReadPresentation()
    {
        var read = DystoniaJson.ReadPresentation(Presentation.ToJsonString());
        read.Succeeded.Should().BeTrue("case {0} is a valid presentation, but: {1}", Id, string.Join("; ", read.Errors.Select(error => error.Field + ": " + error.Message)));
        return read.Presentation!;
    }

    internal ClassificationOptions? ReadOptions() =>
        Options is null ? null : Options.Deserialize<ClassificationOptions>(OptionsReader);

    internal ClassificationResult Classify() => Tests.Cases.Classify(ReadPresentation(), ReadOptions());

    public override string ToString() => Id;

    private static VignetteCase[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        return root["cases"]!.AsArray().Select(node => FromJson(node!.AsObject())).ToArray();
    }

    private static VignetteCase FromJson(JsonObject json) => new(
        Id: (string?)json["id"] ?? "",
        Vignette: (string?)json["vignette"] ?? "",
        Title: (string?)json["title"] ?? "",
        Source: (string?)json["source"] ?? "",
        Verification: json["verification"]?.AsArray().Select(tag => (string)tag!).ToArray() ?? [],
        Notes: (string?)json["notes"],
        Options: json["options"]?.AsObject(),
        Presentation: json["presentation"]?.AsObject() ?? [],
        Expected: json["expected"]?.AsObject() ?? []);
}
