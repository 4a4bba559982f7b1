namespace Dystonia.Classification.Cli;

/// <summary>The documented exit codes of the <c>dystonia</c> tool (docs/batch-tool.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every record was classified.</summary>
    internal const int Success = 0;

    /// <summary>The run completed, and at least one record was invalid (each has an invalid output record).</summary>
    internal const int SomeRecordsInvalid = 1;

    /// <summary>Unusable arguments, an unreadable input, an unwritable output, or input that cannot be split into records.</summary>
    internal const int UsageOrInputError = 2;
}
