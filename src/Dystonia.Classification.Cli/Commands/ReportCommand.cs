using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Rendering;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>
/// <c>dystonia report &lt;file|-&gt;</c>: classifies a cohort and writes one self-contained HTML report of its counts
/// (<see cref="CohortReport"/>). The records are read by the same readers as <c>classify</c> and classified the same way.
/// </summary>
internal static class ReportCommand
{
    internal static Command Create(ConsoleStreams console)
    {
        var input = new Argument<string>("input") { Description = "JSON Lines, JSON array or CSV file; '-' reads standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the HTML report to this file instead of standard output." };
        var inputFormat = new Option<string>("--input-format") { Description = "Input format; auto decides from the extension or the first character.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "jsonl", "json", "csv");
        var date = new Option<string?>("--date") { Description = "A date (yyyy-MM-dd) to print on the report; without it the report has none, so the same input gives the same file." };
        var threads = new Option<int>("--threads") { Description = "Parallelism: up to twice this many batches are classified ahead of the writer on the thread pool (default: the number of cores; use taskset to pin cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the closing summary on standard error." };
        var classifierOptions = new ClassifierOptions();

        var command = new Command("report", "Classify a cohort and write an HTML report: counts and charts by distribution, etiology, age at onset and onset region, and the invalid records by line.")
        {
            input, output, inputFormat, date, threads, quiet,
        };
        classifierOptions.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(
            console,
            parse.GetValue(input)!,
            parse.GetValue(output),
            parse.GetValue(inputFormat) switch { "jsonl" => InputFormat.JsonLines, "json" => InputFormat.JsonArray, "csv" => InputFormat.Csv, _ => InputFormat.Auto },
            parse.GetValue(classifierOptions.Language)!,
            parse.GetValue(date),
            parse.GetValue(threads),
            parse.GetValue(quiet),
            classifierOptions.Create(parse)));
        return command;
    }

    private static async Task<int> RunAsync(
        ConsoleStreams console,
        string inputPath,
        string? outputPath,
        InputFormat inputFormat,
        string language,
        string? dateText,
        int threads,
        bool quiet,
        DystoniaClassifier classifier)
    {
        if (threads is < 1 or > 256)
        {
            await console.Error.WriteLineAsync("dystonia: --threads must be between 1 and 256.").ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }

        DateTime? date = null;
        if (dateText is not null)
        {
            if (!DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await console.Error.WriteLineAsync("dystonia: --date must be a date written yyyy-MM-dd.").ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }

            date = parsed;
        }

        var report = new CohortReport(new CohortReportOptions
        {
            Language = language,
            Date = date,
            InputName = inputPath == "-" ? null : Path.GetFileName(inputPath),
        });

        try
        {
            var stream = InputOpener.Open(inputPath, console);
            await using (stream.ConfigureAwait(false))
            {
                var format = InputOpener.Resolve(inputPath, inputFormat, ref stream);
                Fill(report, InputOpener.Records(format, stream), classifier, threads);
            }
        }
        catch (InputFormatException exception)
        {
            await console.Error.WriteLineAsync("dystonia: " + exception.Message + " No report was written.").ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("dystonia: cannot read '" + inputPath + "': " + Describe(exception)).ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }

        // The file is created only once the whole input has been read, so a failed run leaves no half report behind.
        try
        {
            var outputStream = outputPath is null
                ? console.OpenStandardOutput()
                : new FileStream(console.PathOf(outputPath), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            await using (outputStream.ConfigureAwait(false))
            {
                var writer = new StreamWriter(outputStream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
                await using (writer.ConfigureAwait(false))
                {
                    report.WriteHtml(writer);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("dystonia: cannot write '" + outputPath + "': " + Describe(exception)).ConfigureAwait(false);
            return ExitCodes.UsageOrInputError;
        }

        if (!quiet)
        {
            await console.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"dystonia: report of {report.Total} records ({report.Classified} classified, {report.Invalid} invalid) written{(outputPath is null ? "" : " to " + outputPath)}.")).ConfigureAwait(false);
        }

        return report.Invalid == 0 ? ExitCodes.Success : ExitCodes.SomeRecordsInvalid;
    }

    /// <summary>Classifies the records batch by batch on <paramref name="threads"/> threads and adds them to the report in input order.</summary>
    private static void Fill(CohortReport report, IEnumerable<InputRecord> records, IDystoniaClassifier classifier, int threads)
    {
        var batch = new List<InputRecord>(BatchClassifier.BatchSize);
        var classified = new (ClassificationResult Result, Presentation? Presentation)[BatchClassifier.BatchSize];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        foreach (var record in records)
        {
            batch.Add(record);
            if (batch.Count == BatchClassifier.BatchSize)
            {
                AddBatch(report, batch, classified, classifier, parallel);
                batch.Clear();
            }
        }

        AddBatch(report, batch, classified, classifier, parallel);
    }

    private static void AddBatch(
        CohortReport report,
        List<InputRecord> batch,
        (ClassificationResult Result, Presentation? Presentation)[] classified,
        IDystoniaClassifier classifier,
        ParallelOptions parallel)
    {
        Parallel.For(0, batch.Count, parallel, i => classified[i] = Classify(classifier, batch[i]));
        for (int i = 0; i < batch.Count; i++)
        {
            report.Add(classified[i].Result, classified[i].Presentation, batch[i].Line);
            classified[i] = default;
        }
    }

    /// <summary>The path of <see cref="DystoniaJson.Classify"/>, keeping the presentation for its onset region.</summary>
    private static (ClassificationResult Result, Presentation? Presentation) Classify(IDystoniaClassifier classifier, InputRecord record)
    {
        if (record.Error is { } error)
        {
            return (ClassificationResult.Invalid(record.Id, [error]), null);
        }

        var read = DystoniaJson.ReadPresentation(record.Json.AsSpan(0, record.Length));
        return read.Presentation is { } presentation
            ? (classifier.Classify(presentation), presentation)
            : (ClassificationResult.Invalid(read.Id, read.Errors), null);
    }

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file.",
        UnauthorizedAccessException => "permission denied.",
        _ => exception.Message,
    };
}
