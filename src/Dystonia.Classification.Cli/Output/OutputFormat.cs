namespace Dystonia.Classification.Cli.Output;

/// <summary>The output layouts the tool writes.</summary>
internal enum OutputFormat
{
    /// <summary>One result JSON object per line (the contract's result shape plus <c>line</c>).</summary>
    JsonLines,

    /// <summary>One CSV row per result, with the columns of docs/batch-tool.md.</summary>
    Csv,

    /// <summary>One GA4GH Phenopacket v2 per line for each classified record (docs/phenopackets.md); invalid records write none.</summary>
    Phenopacket,
}
