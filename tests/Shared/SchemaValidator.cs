using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Dystonia.Classification.Tests.Shared;

/// <summary>What a schema made of some records: how many were valid, and one line for each invalid record.</summary>
/// <param name="Valid">The number of valid records.</param>
/// <param name="Failures">One line for each invalid record: which record, and where and by which keyword it failed.</param>
internal sealed record SchemaValidation(int Valid, IReadOnlyList<string> Failures)
{
    /// <summary>Gets the number of invalid records.</summary>
    internal int Invalid => Failures.Count;

    /// <summary>Gets "N valid, N invalid".</summary>
    internal string Summary => Valid + " valid, " + Invalid + " invalid";

    /// <summary>Gets the failures and the summary, one a line: the reason a test gives when it expected no failure.</summary>
    public override string ToString() => string.Join("\n", [.. Failures, Summary]);
}

/// <summary>
/// Validates JSON in process with JsonSchema.Net: the JSON contract against the schemas of docs/schema (draft 2020-12)
/// and FHIR R4 resources against the official FHIR R4 JSON schema (draft-06, tests/schema/fhir). Each schema is built
/// once per test process. Linked into each test project that needs it.
/// </summary>
internal static class SchemaValidator
{
    // Enough to see what went wrong; a resource failing everywhere would otherwise fill the test output.
    private const int MessagesPerRecord = 8;

    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> ContractSchemas = new(StringComparer.Ordinal);

    private static readonly Lazy<FhirSchema> Fhir = new(LoadFhir);

    // A branch of a "oneOf" whose own property failed a "const" (FHIR's resourceType, the result's status) is a branch
    // for another kind of record: its errors say nothing about this one.
    private static readonly Regex OtherKindOfRecord = new(@"^(.*/oneOf/[0-9]+/)(\$ref/)?properties/[^/]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Validates each record of <paramref name="file"/> against <c>docs/schema/</c><paramref name="schemaName"/>: each
    /// non-blank line of a <c>.jsonl</c> file, otherwise the file's one JSON value, or each element when it is an array.
    /// </summary>
    internal static SchemaValidation ValidateContract(string schemaName, string file)
    {
        var schema = ContractSchemas.GetOrAdd(schemaName, name => new Lazy<JsonSchema>(() => LoadContract(name))).Value;
        var text = File.ReadAllText(file);
        var records = file.EndsWith(".jsonl", StringComparison.Ordinal)
            ? text.Split('\n').Where(line => line.Trim().Length > 0).Select(line => JsonSerializer.Deserialize<JsonElement>(line)).ToList()
            : Elements(JsonSerializer.Deserialize<JsonElement>(text));

        // A "format" is checked, not only reported as draft 2020-12 does by default.
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var valid = 0;
        var failures = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            var results = schema.Evaluate(records[i], options);
            if (results.IsValid)
            {
                valid++;
            }
            else
            {
                failures.Add(Path.GetFileName(file) + " #" + (i + 1) + ": " + Messages(results));
            }
        }

        return new SchemaValidation(valid, failures);
    }

    /// <summary>Validates FHIR R4 resources, one resource or an array of them, written as JSON text.</summary>
    internal static SchemaValidation ValidateFhir(string json)
    {
        var fhir = Fhir.Value;
        var resources = Elements(JsonSerializer.Deserialize<JsonElement>(json));
        var valid = 0;
        var failures = new List<string>();
        for (var i = 0; i < resources.Count; i++)
        {
            // The flag answer first: it stops at the first failure; the list of errors is only wanted for a failure.
            if (fhir.Schema.Evaluate(resources[i], new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
            {
                valid++;
                continue;
            }

            var results = fhir.Schema.Evaluate(resources[i], new EvaluationOptions { OutputFormat = OutputFormat.List });
            var type = resources[i].ValueKind == JsonValueKind.Object && resources[i].TryGetProperty("resourceType", out var t) ? t.ToString() : "";

            // The root has one branch for each resource type: what is wrong with a resource is said in its own type's.
            failures.Add("#" + (i + 1) + " (" + type + "): " + Messages(results, fhir.Branches.GetValueOrDefault(type)));
        }

        return new SchemaValidation(valid, failures);
    }

    private static List<JsonElement> Elements(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [value];

    private static JsonSchema LoadContract(string name)
    {
        // A keyword the draft does not know fails the build: a typo such as "minLenght" would otherwise check nothing.
        // The dialect takes the draft's id, so that the schemas' "$schema" selects it.
        var strict = Dialect.Draft202012.With([], id: Dialect.Draft202012.Id, allowUnknownKeywords: false);
        var dialects = new DialectRegistry();
        dialects.Register(strict);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), DialectRegistry = dialects, Dialect = strict };
        return JsonSchema.FromText(RepositoryFiles.Read("docs", "schema", name), options);
    }

    /// <summary>
    /// Loads the committed FHIR R4 schema and applies the fixes documented in tests/schema/fhir/README.md; none
    /// changes what the official schema accepts.
    /// </summary>
    private static FhirSchema LoadFhir()
    {
        var root = JsonNode.Parse(RepositoryFiles.Read("tests", "schema", "fhir", "fhir.schema.json"))!.AsObject();

        // The draft-04 spelling "id" of the draft-06 "$id", moved first: JsonSchema.Net 8 builds the subschemas that
        // come before a later "$id" under a placeholder base and then refuses to register them twice
        // (json-everything issue 1044). The root's OpenAPI "discriminator" is no JSON Schema keyword; it goes too.
        var schema = new JsonObject { ["$schema"] = root["$schema"]!.DeepClone(), ["$id"] = root["id"]!.DeepClone() };
        foreach (var name in root.Select(property => property.Key).ToList())
        {
            var value = root[name];
            root.Remove(name);
            if (name is not ("$schema" or "id" or "discriminator"))
            {
                schema[name] = value;
            }
        }

        var definitions = schema["definitions"]!.AsObject();

        // Some elements refer to "#/definitions/Resource", which this copy does not define; in the official R4 schema
        // "any resource" is ResourceList.
        definitions["Resource"] ??= new JsonObject { ["$ref"] = "#/definitions/ResourceList" };

        // A few Medplum-added elements use R5's integer64, which R4 lacks: R5's JSON form, a string of digits. No
        // element this project writes uses it.
        definitions["integer64"] ??= new JsonObject { ["type"] = "string", ["pattern"] = "^[0]|[-]?[1-9][0-9]*$" };

        var branches = schema["oneOf"]!.AsArray()
            .Select((branch, index) => (Type: ((string)branch!["$ref"]!)["#/definitions/".Length..], Path: "/oneOf/" + index + "/"))
            .ToDictionary(branch => branch.Type, branch => branch.Path, StringComparer.Ordinal);
        // Draft-06 named here too: JsonSchema.Net 8 takes the keywords from "$schema" but whether "$ref" ignores its
        // siblings (draft-06 and -07) from the build's dialect.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft06 };
        return new FhirSchema(JsonSchema.Build(JsonSerializer.SerializeToElement(schema), options), branches);
    }

    /// <summary>
    /// The first errors of a failed evaluation, each as the failing instance location, the schema path with the
    /// keyword, and the message; the deepest first, as the errors near the root mostly say only that a branch did not
    /// fit. Left out: the errors outside <paramref name="ownBranch"/> when it is given, those of branches for other
    /// kinds of record (unless nothing else failed), and "oneOf" itself, which only says that no branch fitted.
    /// </summary>
    private static string Messages(EvaluationResults results, string? ownBranch = null)
    {
        var failed = new[] { results }.Concat(results.Details ?? [])
            .Where(result => ownBranch is null || result.EvaluationPath.ToString().StartsWith(ownBranch, StringComparison.Ordinal))
            .SelectMany(result => (result.Errors ?? []).Where(error => error.Key != "oneOf").Select(error => (Result: result, Keyword: error.Key, Message: error.Value)))
            .ToList();
        var otherKinds = failed
            .Where(error => error.Keyword == "const")
            .Select(error => OtherKindOfRecord.Match(error.Result.EvaluationPath.ToString()))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();
        var own = failed.Where(error => !otherKinds.Exists(branch => error.Result.EvaluationPath.ToString().StartsWith(branch, StringComparison.Ordinal))).ToList();
        var errors = (own.Count > 0 ? own : failed)
            .OrderByDescending(error => error.Result.EvaluationPath.SegmentCount)
            .Take(MessagesPerRecord)
            .Select(error => (error.Result.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/") + ": "
                + error.Result.EvaluationPath + (error.Keyword.Length > 0 ? "/" + error.Keyword : "") + ": " + error.Message)
            .ToList();
        return errors.Count > 0 ? string.Join("; ", errors) : "invalid, with no error reported";
    }

    /// <summary>The built FHIR schema and, for each resource type, the evaluation path of its branch of the root's "oneOf".</summary>
    private sealed record FhirSchema(JsonSchema Schema, IReadOnlyDictionary<string, string> Branches);
}
