namespace Dystonia.Classification.Cli.Input;

/// <summary>The input layouts the tool reads.</summary>
internal enum InputFormat
{
    /// <summary>Decide from the file extension, or from the first character for standard input.</summary>
    Auto,

    /// <summary>One JSON presentation per line (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
    JsonLines,

    /// <summary>A JSON array of presentations (<c>.json</c>).</summary>
    JsonArray,

    /// <summary>A CSV file with the flat column layout of docs/batch-tool.md (<c>.csv</c>).</summary>
    Csv,
}
