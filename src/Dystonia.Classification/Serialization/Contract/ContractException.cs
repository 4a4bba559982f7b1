using System.Text.Json;

namespace Dystonia.Classification.Serialization.Contract;

/// <summary>A contract violation found while reading JSON; the serializer adds the path.</summary>
internal sealed class ContractException : JsonException
{
    internal ContractException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    internal string Code { get; }
}
