using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Dystonia.Classification.Serialization.Contract;

#pragma warning disable CA1812, SA1402, CA2227 // Contract shapes for the source-generated serializer.

/// <summary>The wire shape of a result (docs/json-contract.md, schema docs/schema/result.schema.json).</summary>
internal sealed class ResultDocument
{
    [JsonPropertyOrder(-3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Line { get; set; }

    [JsonPropertyOrder(-2)]
    public string? Id { get; set; }

    [JsonPropertyOrder(-1)]
    public string Status { get; set; } = "";

    /// <summary>The language of the texts; left out with the texts (a lean record is the same in every language).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Distribution { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool? LegInvolvement { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? AgeAtOnsetGroup { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Course { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Variability { get; set; }

    public string? AssociatedFeatures { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NervousSystemPathology { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Heritability { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Etiology { get; set; }

    public string? EtiologyCertainty { get; set; }

    public string? LegacyCategory { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<WorkupDocument>? SuggestedWorkup { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<MissingFindingDocument>? MissingFindings { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ReasoningStepDocument>? Reasoning { get; set; }

    public RuleSetDocument RuleSet { get; set; } = new();
}

/// <summary>The wire shape of an invalid result: where it came from and what was wrong, no labels.</summary>
internal sealed class InvalidResultDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Line { get; set; }

    public string? Id { get; set; }

    public string Status { get; set; } = "invalid";

    public List<ErrorDocument> Errors { get; set; } = [];

    public RuleSetDocument RuleSet { get; set; } = new();
}

internal sealed class ReasoningStepDocument
{
    public string RuleId { get; set; } = "";

    public string Axis { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Conclusion { get; set; } = "";

    public string Text { get; set; } = "";

    public List<FindingDocument> Evidence { get; set; } = [];

    public List<string> Sources { get; set; } = [];
}

internal sealed class FindingDocument
{
    public string Field { get; set; } = "";

    public string Value { get; set; } = "";
}

internal sealed class WorkupDocument
{
    public string RuleId { get; set; } = "";

    public string Kind { get; set; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Gene { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; set; }

    public List<string> Sources { get; set; } = [];
}

internal sealed class MissingFindingDocument
{
    public string Field { get; set; } = "";

    public List<string> Affects { get; set; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; set; }
}

internal sealed class ErrorDocument
{
    public string Field { get; set; } = "";

    public string Code { get; set; } = "";

    public string Message { get; set; } = "";
}

internal sealed class RuleSetDocument
{
    public string Name { get; set; } = "";

    public string Version { get; set; } = "";
}
#pragma warning restore CA1812, SA1402, CA2227
