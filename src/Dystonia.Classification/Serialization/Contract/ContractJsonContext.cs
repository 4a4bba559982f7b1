using System.Text.Json.Serialization;

namespace Dystonia.Classification.Serialization.Contract;

/// <summary>
/// Source-generated serializers for the contract: camelCase names, unknown properties rejected, duplicate
/// properties rejected, numbers only as numbers.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 16,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PresentationDocument))]
internal sealed partial class ContractJsonContext : JsonSerializerContext
{
}
