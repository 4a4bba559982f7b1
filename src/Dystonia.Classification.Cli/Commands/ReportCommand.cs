using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Cli.Output;
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
        var output = new Option<string?>("--output", "-o") { Description = "Write the HTML report to this file instead of standard output (written beside it and renamed into place when complete)." };
        var inputFormat = new Option<string>("--input-format") { Description = "Input format; auto decides from the extension or the first character.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "jsonl", "json", "csv");
        var date = new Option<string?>("--date") { Description = "A date (yyyy-MM-dd) to print on the report; without it the report has none, so the same input gives the same file." };
        var threads = ClassifyCommand.CreateThreadsOption();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the closing summary on standard error." };
        var maxRecordSize = ClassifyCommand.CreateMaxRecordSizeOption();
        var classifierOptions = new ClassifierOptions();
        var csvOptions = new CsvInputOptions();

        var command = new Command("report", "Classify a cohort and write an HTML report: counts and charts by distribution, etiology, age at onset and onset region, and the invalid records by line.")
        {
            input, output, inputFormat, date, threads, quiet, maxRecordSize,
        };
        classifierOptions.AddTo(command);
        csvOptions.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(
            parse,
            console,
            parse.GetValue(input)!,
            parse.GetValue(output),
            ClassifyCommand.ParseInputFormat(parse.GetValue(inputFormat)),
            parse.GetValue(classifierOptions.Language)!,
            parse.GetValue(date),
            parse.GetValue(threads),
            parse.GetValue(quiet),
            parse.GetValue(maxRecordSize)!,
            classifierOptions.Create(parse),
            () => csvOptions.CreateAsync(parse, console, parse.GetValue(classifierOptions.Language)!)));
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult parse,
        ConsoleStreams console,
        string inputPath,
        string? outputPath,
        InputFormat inputFormat,
        string language,
        string? dateText,
        int threads,
        bool quiet,
        string maxRecordSize,
        DystoniaClassifier classifier,
        Func<Task<CsvSettings?>> csvSettings)
    {
        if (await ClassifyCommand.CheckLimitsAsync(console, threads, maxRecordSize, language).ConfigureAwait(false) is not { } checkedLimits)
        {
            return ExitCodes.Usage;
        }

        if (await csvSettings().ConfigureAwait(false) is not { } csv)
        {
            return ExitCodes.Usage;
        }

        var (parallelism, limits) = checkedLimits;
        DateTime? date = null;
        if (dateText is not null)
        {
            if (!DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await console.Error.WriteLineAsync("dystonia: --date must be a date written yyyy-MM-dd.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            date = parsed;
        }

        var provenance = new RunProvenance { Command = "report", InputPath = inputPath, OutputPath = outputPath };
        provenance.AddOptions(parse);
        var report = new CohortReport(new CohortReportOptions
        {
            Language = language,
            Date = date,
            InputName = inputPath == "-" ? null : Path.GetFileName(inputPath),
        });

        HashingStream stream;
        try
        {
            stream = new HashingStream(InputOpener.Open(inputPath, console));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.cannotRead", inputPath, RunMessages.Describe(exception, language, console.PathOf(inputPath)))).ConfigureAwait(false);
            return ExitCodes.InputUnreadable;
        }

        await using (stream.ConfigureAwait(false))
        {
            // Refused before anything is read: the report would replace the cohort it counts.
            if (outputPath is not null && FileIdentity.Of(console.PathOf(outputPath)) is { } existing
                && (InputOpener.IdentityOf(inputPath, console) is { } inputFile && existing.IsSameFileAs(inputFile)
                    || console.StandardInputFile() is { } stdin && existing.IsSameFileAs(stdin)))
            {
                await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.outputIsInput", outputPath)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            provenance.MapSha256 = csv.MapSha256;
            var end = await ReadAsync(report, inputPath, inputFormat, stream, limits, csv, classifier, parallelism, console.Interruption).ConfigureAwait(false);
            if (end.End != RunEnd.Completed)
            {
                return await RunMessages.ReportAsync(console, end, inputPath, language, null, null, report: true).ConfigureAwait(false);
            }

            provenance.InputSha256 = stream.Sha256(toEnd: true);
            provenance.InputBytes = stream.BytesRead;
        }

        // The file is created only once the whole input has been read, and put in place only once it is complete, so a
        // failed run leaves neither a half report nor an emptied file behind.
        try
        {
            using var output = OutputFile.Open(outputPath, console, null);
            var writer = new StreamWriter(output.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
            await using (writer.ConfigureAwait(false))
            {
                report.WriteHtml(writer);
            }

            output.Commit();
            if (outputPath is not null && output.IsFile)
            {
                // Beside the report, as for classify; the page itself stays the same bytes for the same input.
                provenance.Counts = (report.Total, report.Invalid);
                using var meta = OutputFile.Open(outputPath + RunProvenance.Suffix, console, null);
                provenance.Write(meta.Stream, classifier);
                meta.Commit();
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var message = RunMessages.IsClosedPipe(exception)
                ? ToolTexts.Say(language, "run.outputClosed", 0)
                : ToolTexts.Say(language, "run.cannotWrite", outputPath ?? "-", RunMessages.Describe(exception, language, outputPath is null ? null : console.PathOf(outputPath)));
            await console.Error.WriteLineAsync(message).ConfigureAwait(false);
            return ExitCodes.OutputFailed;
        }

        if (!quiet)
        {
            await console.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"dystonia: report of {report.Total} records ({report.Classified} classified, {report.Invalid} invalid) written{(outputPath is null ? "" : " to " + outputPath)}.")).ConfigureAwait(false);
        }

        return report.Invalid == 0 ? ExitCodes.Success : ExitCodes.SomeRecordsInvalid;
    }

    /// <summary>
    /// Reads and classifies the whole input into the report on a thread of its own, so that an interruption ends the
    /// run even while a read waits on a pipe; says how the reading ended.
    /// </summary>
    private static async Task<RunOutcome> ReadAsync(
        CohortReport report, string inputPath, InputFormat inputFormat, Stream stream, InputLimits limits, CsvSettings csv, IDystoniaClassifier classifier, int threads, CancellationToken interruption)
    {
        var counted = new Output.RunSummary();
        var fill = Task.Factory.StartNew(
            () =>
            {
                var input = stream;
                var format = InputOpener.Resolve(inputPath, inputFormat, ref input, limits);
                Fill(report, InputOpener.Records(format, input, limits, csv).Records, classifier, threads, interruption);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var interrupted = Task.Delay(Timeout.Infinite, interruption);
        await Task.WhenAny(fill, interrupted).ConfigureAwait(false);
        if (interruption.IsCancellationRequested)
        {
            return new RunOutcome(RunEnd.Interrupted, counted, null);
        }

        try
        {
            await fill.ConfigureAwait(false);
            return new RunOutcome(RunEnd.Completed, counted, null);
        }
#pragma warning disable CA1031 // Any fault of reading or classifying ends the run with its exit code and a message.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new RunOutcome(BatchClassifier.IsInputFault(exception) ? RunEnd.InputUnreadable : RunEnd.InternalError, counted, exception);
        }
    }

    /// <summary>Classifies the records batch by batch on <paramref name="threads"/> threads and adds them to the report in input order.</summary>
    private static void Fill(CohortReport report, IEnumerable<InputRecord> records, IDystoniaClassifier classifier, int threads, CancellationToken interruption)
    {
        var batch = new List<InputRecord>(BatchClassifier.BatchSize);
        var classified = new (ClassificationResult Result, Presentation? Presentation)[BatchClassifier.BatchSize];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        foreach (var record in records)
        {
            interruption.ThrowIfCancellationRequested();
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
}
