using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Cli.Output;

namespace Dystonia.Classification.Cli.Commands;

/// <summary><c>dystonia classify &lt;file|-&gt;</c>: one output record per input record, in input order.</summary>
internal static class ClassifyCommand
{
    internal static Command Create(ConsoleStreams console)
    {
        var input = new Argument<string>("input") { Description = "JSON Lines, JSON array or CSV file; '-' reads standard input." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var inputFormat = new Option<string>("--input-format") { Description = "Input format; auto decides from the extension or the first character.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "jsonl", "json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write results to this file instead of standard output." };
        var noReasoning = new Option<bool>("--no-reasoning") { Description = "Leave out reasoning steps and texts: labels, rule ids and field paths only." };
        var threads = new Option<int>("--threads") { Description = "Parallelism: up to twice this many batches are classified ahead of the writer on the thread pool (default: the number of cores; use taskset to pin cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the closing summary on standard error." };
        var classifierOptions = new ClassifierOptions();

        var command = new Command("classify", "Classify every presentation of a file: one result per record, in input order.")
        {
            input, format, inputFormat, output, noReasoning, threads, quiet,
        };
        classifierOptions.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(
            console,
            parse.GetValue(input)!,
            parse.GetValue(format) == "csv" ? OutputFormat.Csv : OutputFormat.JsonLines,
            parse.GetValue(inputFormat) switch { "jsonl" => InputFormat.JsonLines, "json" => InputFormat.JsonArray, "csv" => InputFormat.Csv, _ => InputFormat.Auto },
            parse.GetValue(output),
            !parse.GetValue(noReasoning),
            parse.GetValue(threads),
            parse.GetValue(quiet),
            classifierOptions.Create(parse)));
        return command;
    }

    private static async Task<int> RunAsync(
        ConsoleStreams console,
        string inputPath,
        OutputFormat outputFormat,
        InputFormat inputFormat,
        string? outputPath,
        bool includeReasoning,
        int threads,
        bool quiet,
        DystoniaClassifier classifier)
    {
        if (threads is < 1 or > 256)
        {
            await console.Error.WriteLineAsync("dystonia: --threads must be between 1 and 256.").ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }

        Stream inputStream;
        try
        {
            inputStream = InputOpener.Open(inputPath, console);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("dystonia: cannot read '" + inputPath + "': " + Describe(exception)).ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }

        Stream outputStream;
        try
        {
            outputStream = outputPath is null
                ? console.OpenStandardOutput()
                : new FileStream(console.PathOf(outputPath), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await inputStream.DisposeAsync().ConfigureAwait(false);
            await console.Error.WriteLineAsync("dystonia: cannot write '" + outputPath + "': " + Describe(exception)).ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }

        var progress = new ProgressReporter(console.Error, console.ErrorIsTerminal);
        await using (inputStream.ConfigureAwait(false))
        await using (outputStream.ConfigureAwait(false))
        {
            RunSummary summary;
            try
            {
                var format = InputOpener.Resolve(inputPath, inputFormat, ref inputStream);
                var batch = new BatchClassifier(classifier, new ResultFormatter(outputFormat, includeReasoning), threads);
                summary = await batch.RunAsync(InputOpener.Records(format, inputStream), outputStream, progress).ConfigureAwait(false);
            }
            catch (InputFormatException exception)
            {
                progress.Finish();
                await console.Error.WriteLineAsync("dystonia: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }
            catch (IOException exception)
            {
                progress.Finish();
                await console.Error.WriteLineAsync("dystonia: input or output failed: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }

            progress.Finish();
            if (!quiet)
            {
                await console.Error.WriteLineAsync(summary.Describe(progress.Elapsed)).ConfigureAwait(false);
            }

            return summary.Invalid == 0 ? ExitCodes.Success : ExitCodes.SomeRecordsInvalid;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file.",
        UnauthorizedAccessException => "permission denied.",
        _ => exception.Message,
    };
}
