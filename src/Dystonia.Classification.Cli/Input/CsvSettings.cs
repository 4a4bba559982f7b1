namespace Dystonia.Classification.Cli.Input;

/// <summary>
/// How a CSV export is read when it is not the flat layout as the tool writes it: its delimiter, its decimal
/// separator, the columns passed through to the output, and a mapping file from the export's own column names and codes
/// (docs/batch-tool.md, "Exports as they are").
/// </summary>
internal sealed class CsvSettings
{
    internal static CsvSettings Default { get; } = new();

    /// <summary>Gets the delimiter, or <see langword="null"/> to detect <c>,</c>, <c>;</c> or tab from the header line.</summary>
    internal char? Delimiter { get; init; }

    /// <summary>Gets whether <c>ageAtOnset</c> is written with a decimal comma (<c>34,5</c>), as spreadsheets in most European locales write it.</summary>
    internal bool DecimalComma { get; init; }

    /// <summary>Gets whether columns that are not part of the layout are passed through to the output rather than refused.</summary>
    internal bool KeepColumns { get; init; }

    /// <summary>Gets the mapping from the export's column names and codes to the layout, if one was given.</summary>
    internal ColumnMap? Map { get; init; }

    /// <summary>Gets the SHA-256 of the mapping file as read, for the provenance file.</summary>
    internal string? MapSha256 { get; init; }
}
