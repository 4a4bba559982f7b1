using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// One record as read from the input, before classification: the JSON of a presentation, or an error that makes the
/// record invalid (for example a CSV cell that is not a number). Parsing and classifying happen later, in parallel.
/// </summary>
internal readonly struct InputRecord
{
    private InputRecord(long line, byte[]? json, int length, ClassificationError? error, string? id, string[]? kept = null)
    {
        Kept = kept;
        Line = line;
        Json = json;
        Length = length;
        Error = error;
        Id = id;
    }

    /// <summary>Gets the 1-based line of the input where the record starts.</summary>
    internal long Line { get; }

    internal byte[]? Json { get; }

    internal int Length { get; }

    internal ClassificationError? Error { get; }

    /// <summary>Gets the record id when the reader knows it without parsing the JSON (CSV), for invalid records.</summary>
    internal string? Id { get; }

    /// <summary>Gets the cells of the columns passed through to the output (<c>--keep-columns</c>), in header order, or <see langword="null"/>.</summary>
    internal string[]? Kept { get; }

    internal static InputRecord FromJson(long line, byte[] json, int length, string? id = null, string[]? kept = null) => new(line, json, length, null, id, kept);

    internal static InputRecord FromError(long line, ClassificationError error, string? id = null, string[]? kept = null) => new(line, null, 0, error, id, kept);
}
