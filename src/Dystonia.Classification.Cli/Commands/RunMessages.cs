using System;
using System.IO;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>
/// How the commands that read a cohort say how a run ended, and with which exit code: one place, so that classify and
/// report give the same code and message for the same fault. Messages name the file and the kind of fault, never
/// record content.
/// </summary>
internal static class RunMessages
{
    /// <summary>errno of a write to a pipe whose reader has gone.</summary>
    private const int BrokenPipe = 32;

    /// <summary>Gets whether the output failed because its reader closed it (<c>| head</c>), which is no disk or permission problem.</summary>
    internal static bool IsClosedPipe(Exception exception) =>
        exception is IOException { HResult: BrokenPipe } || (exception.InnerException is { } inner && IsClosedPipe(inner));

    /// <summary>Describes why a file could not be opened, without taking a missing directory or a directory for a permission problem.</summary>
    internal static string Describe(Exception exception, string language, string? fullPath = null) => exception switch
    {
        FileNotFoundException => ToolTexts.Say(language, "run.noSuchFile"),
        DirectoryNotFoundException => ToolTexts.Say(language, "run.noDirectory"),
        UnauthorizedAccessException when fullPath is not null && Directory.Exists(fullPath) => ToolTexts.Say(language, "run.isDirectory"),
        UnauthorizedAccessException => ToolTexts.Say(language, "run.permissionDenied"),
        _ => exception.Message,
    };

    /// <summary>Writes the message of a run that did not complete and returns its exit code.</summary>
    /// <param name="console">Where the message goes.</param>
    /// <param name="outcome">How the run ended.</param>
    /// <param name="inputPath">The input as given on the command line.</param>
    /// <param name="language">The language of the message.</param>
    /// <param name="partial">The name the partial output was kept under, if any.</param>
    /// <param name="outputPath">The output as given on the command line.</param>
    /// <param name="report">Whether the run writes one report at the end (so nothing was written), rather than records as it goes.</param>
    internal static async Task<int> ReportAsync(ConsoleStreams console, RunOutcome outcome, string inputPath, string language, string? partial, string? outputPath, bool report = false)
    {
        long written = outcome.Written.Total;
        var fault = outcome.Fault;
        string message;
        int exitCode;
        switch (outcome.End)
        {
            case RunEnd.Interrupted:
                message = report ? ToolTexts.Say(language, "report.interrupted") : ToolTexts.Say(language, "run.interrupted", written);
                exitCode = ExitCodes.Interrupted;
                break;
            case RunEnd.OutputFailed when fault is not null && IsClosedPipe(fault):
                message = ToolTexts.Say(language, "run.outputClosed", written);
                exitCode = ExitCodes.OutputFailed;
                break;
            case RunEnd.OutputFailed:
                message = ToolTexts.Say(language, "run.outputFailed", fault?.Message ?? "", written);
                exitCode = ExitCodes.OutputFailed;
                break;
            case RunEnd.InputUnreadable:
                var what = fault is InputFormatException ? fault.Message : ToolTexts.Say(language, "run.cannotRead", inputPath, Describe(fault!, language))["dystonia: ".Length..];
                message = report ? "dystonia: " + what + " " + ToolTexts.Say(language, "report.notWritten") : ToolTexts.Say(language, "run.inputFailed", what, written);
                exitCode = ExitCodes.InputUnreadable;
                break;
            default:
                // The kind of fault only: an exception's message may quote the data it choked on.
                message = ToolTexts.Say(language, "run.internalError", fault?.GetType().Name ?? "", written);
                exitCode = ExitCodes.InternalError;
                break;
        }

        await console.Error.WriteLineAsync(message).ConfigureAwait(false);
        if (partial is not null && outputPath is not null)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.partialKept", partial, outputPath)).ConfigureAwait(false);
        }

        return exitCode;
    }
}
