namespace Dystonia.Classification.Cli;

/// <summary>
/// The documented exit codes of the <c>dystonia</c> tool (docs/batch-tool.md, docs/reliability.md). Each way a run can
/// end has its own code, so that a script never takes a failed run for one that completed with invalid records.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every record was classified.</summary>
    internal const int Success = 0;

    /// <summary>The run completed, and at least one record was invalid (each has an invalid output record).</summary>
    internal const int SomeRecordsInvalid = 1;

    /// <summary>Unusable arguments: an unknown option or value, or an output that is the input. Nothing was read.</summary>
    internal const int Usage = 2;

    /// <summary>The input could not be opened, read or split into records; the records before the fault were written.</summary>
    internal const int InputUnreadable = 3;

    /// <summary>The output could not be opened or written (full disk, closed pipe, no permission).</summary>
    internal const int OutputFailed = 4;

    /// <summary>A fault inside the tool; the message names its kind, never record content.</summary>
    internal const int InternalError = 5;

    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM; 128 + 2, as a shell reports a process ended by SIGINT.</summary>
    internal const int Interrupted = 130;
}
