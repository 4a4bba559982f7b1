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
        format.AcceptOnlyFromAmong("jsonl", "csv", "phenopacket");
        var created = new Option<string?>("--created") { Description = "With --format phenopacket: when the phenopackets were made (metaData.created), an ISO 8601 time with its offset such as 2026-12-07T09:30:00Z; required, so that the same input gives the same output." };
        var inputFormat = new Option<string>("--input-format") { Description = "Input format; auto decides from the extension or the first character.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "jsonl", "json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write results to this file instead of standard output (written beside it and renamed into place when the run succeeds)." };
        var noReasoning = new Option<bool>("--no-reasoning") { Description = "Leave out reasoning steps and texts: labels, rule ids and field paths only." };
        var threads = CreateThreadsOption();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the closing summary on standard error." };
        var maxRecordSize = CreateMaxRecordSizeOption();
        var classifierOptions = new ClassifierOptions();
        var csvOptions = new CsvInputOptions();
        var progressEvery = CreateProgressEveryOption();
        var shard = new Option<string?>("--shard") { Description = "Classify only shard i of n (written i/n, 1 <= i <= n): the records whose position in the input, counted from 0, leaves i-1 when divided by n. Records keep their input line, so the shards' outputs combine by sorting on line." };
        var resume = new Option<bool>("--resume") { Description = "Continue a run that was stopped: keep the whole records of <output>.partial, skip as many input records, and classify the rest (needs --output and JSON Lines output; without a partial file the run starts from the first record)." };
        var meta = new Option<string?>("--meta") { Description = "Write how the output was made (tool version, rule set, options, the input's SHA-256, counts) to this file; by default it goes beside --output as <output>.meta.json." };

        var command = new Command("classify", "Classify every presentation of a file: one result per record, in input order.")
        {
            input, format, inputFormat, output, noReasoning, threads, quiet, maxRecordSize,
        };
        classifierOptions.AddTo(command);
        csvOptions.AddTo(command);
        command.Options.Add(meta);
        command.Options.Add(progressEvery);
        command.Options.Add(shard);
        command.Options.Add(resume);
        command.Options.Add(created);
        command.SetAction((parse, cancellation) => RunAsync(
            parse,
            parse.GetValue(resume),
            parse.GetValue(shard),
            parse.GetValue(progressEvery),
            parse.GetValue(meta),
            console,
            parse.GetValue(input)!,
            parse.GetValue(format) switch { "csv" => OutputFormat.Csv, "phenopacket" => OutputFormat.Phenopacket, _ => OutputFormat.JsonLines },
            parse.GetValue(created),
            ParseInputFormat(parse.GetValue(inputFormat)),
            parse.GetValue(output),
            !parse.GetValue(noReasoning),
            parse.GetValue(threads),
            parse.GetValue(quiet),
            parse.GetValue(maxRecordSize)!,
            parse.GetValue(classifierOptions.Language)!,
            classifierOptions.Create(parse),
            () => csvOptions.CreateAsync(parse, console, parse.GetValue(classifierOptions.Language)!)));
        return command;
    }

    internal static Option<int> CreateThreadsOption() => new("--threads")
    {
        Description = "Parallelism (1-256, at most the number of cores): up to twice this many batches are classified ahead of the writer on the thread pool (default: the number of cores; use taskset to pin cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    internal static Option<string> CreateMaxRecordSizeOption() => new("--max-record-size")
    {
        Description = "The largest record read, in bytes or with the suffix K, M or G; a longer JSON Lines record is reported invalid and skipped unread (default: " + InputLimits.DefaultMaximumRecordSizeText + ").",
        DefaultValueFactory = _ => InputLimits.DefaultMaximumRecordSizeText,
    };

    internal static InputFormat ParseInputFormat(string? value) =>
        value switch { "jsonl" => InputFormat.JsonLines, "json" => InputFormat.JsonArray, "csv" => InputFormat.Csv, _ => InputFormat.Auto };

    /// <summary>
    /// Checks the thread count and the record size limit, and caps the threads at the cores the process may use: more
    /// threads than cores buy no speed, only batches in memory.
    /// </summary>
    internal static async Task<(int Threads, InputLimits Limits)?> CheckLimitsAsync(ConsoleStreams console, int threads, string maxRecordSize, string language)
    {
        if (threads is < 1 or > 256)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.threads")).ConfigureAwait(false);
            return null;
        }

        if (InputLimits.ParseSize(maxRecordSize) is not { } limit)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.maxRecordSize")).ConfigureAwait(false);
            return null;
        }

        return (Math.Min(threads, Environment.ProcessorCount), new InputLimits(limit, language));
    }

    internal static Option<double> CreateProgressEveryOption() => new("--progress-every")
    {
        Description = "When standard error is not a terminal (a batch job's log), write a plain progress line every this many seconds: records, invalid records, the share of the input read and the time left (0: none).",
        DefaultValueFactory = _ => 30,
    };

    /// <summary>Gets the size of the input when it is a regular file, for the share read; <see langword="null"/> for a pipe.</summary>
    internal static long? InputLength(string path, ConsoleStreams console)
    {
        try
        {
            return path == "-" ? null : new FileInfo(console.PathOf(path)).Length is > 0 and var length ? length : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads <c>--created</c>: an ISO 8601 date and time with its offset (<c>Z</c> or <c>+02:00</c>); <see langword="null"/>
    /// when absent or not of that form. A time without an offset is refused: it would be read in the machine's zone.
    /// </summary>
    internal static DateTimeOffset? ParseCreated(string? text) =>
        text is not null && DateTimeOffset.TryParseExact(
            text,
            ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None,
            out var created) && text.Length > 16 && (text[^1] == 'Z' || text[^6] is '+' or '-')
            ? created
            : null;

    /// <summary>Reads <c>i/n</c>; <see langword="null"/> when it is not a shard of 1 to 100,000 shards.</summary>
    internal static (int Index, int Count)? ParseShard(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count)
            && count is >= 1 and <= 100_000 && index >= 1 && index <= count
            ? (index, count)
            : null;
    }

    /// <summary>The records of one shard: every <paramref name="count"/>th record from position <paramref name="index"/> - 1, keeping their lines.</summary>
    internal static System.Collections.Generic.IEnumerable<InputRecord> Shard(System.Collections.Generic.IEnumerable<InputRecord> records, int index, int count)
    {
        long position = 0;
        foreach (var record in records)
        {
            if (position++ % count == index - 1)
            {
                yield return record;
            }
        }
    }

    private static async Task<int> RunAsync(
        ParseResult parse,
        bool resume,
        string? shardText,
        double progressEvery,
        string? metaPath,
        ConsoleStreams console,
        string inputPath,
        OutputFormat outputFormat,
        string? createdText,
        InputFormat inputFormat,
        string? outputPath,
        bool includeReasoning,
        int threads,
        bool quiet,
        string maxRecordSize,
        string language,
        DystoniaClassifier classifier,
        Func<Task<CsvSettings?>> csvSettings)
    {
        if (await CheckLimitsAsync(console, threads, maxRecordSize, language).ConfigureAwait(false) is not { } checkedLimits)
        {
            return ExitCodes.Usage;
        }

        if (await csvSettings().ConfigureAwait(false) is not { } csv)
        {
            return ExitCodes.Usage;
        }

        // The provenance file is written after the whole input is read, by renaming over its name: it must not be the input.
        if (metaPath is not null && FileIdentity.Of(console.PathOf(metaPath)) is { } existingMeta
            && InputOpener.IdentityOf(inputPath, console) is { } inputFile && existingMeta.IsSameFileAs(inputFile))
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.outputIsInput", metaPath)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        DateTimeOffset? created = null;
        if (outputFormat == OutputFormat.Phenopacket && (created = ParseCreated(createdText)) is null)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, createdText is null ? "run.createdNeeded" : "run.createdInvalid")).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        (int Index, int Count)? shard = null;
        if (shardText is not null && (shard = ParseShard(shardText)) is null)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.shard")).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        ResumePoint? resumeFrom = null;
        if (resume)
        {
            if (outputPath is null || outputFormat != OutputFormat.JsonLines)
            {
                await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.resumeNeeds")).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            string partialPath = OutputFile.PartialName(console.PathOf(outputPath));
            try
            {
                resumeFrom = File.Exists(partialPath) ? ResumePoint.Read(partialPath) : null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.cannotRead", partialPath, RunMessages.Describe(exception, language, partialPath))).ConfigureAwait(false);
                return ExitCodes.InputUnreadable;
            }

            await console.Error.WriteLineAsync(resumeFrom is { } point
                ? ToolTexts.Say(language, "run.resumeFrom", point.Records, outputPath + ".partial")
                : ToolTexts.Say(language, "run.resumeNothing", outputPath + ".partial")).ConfigureAwait(false);
        }

        var (parallelism, limits) = checkedLimits;
        Stream inputStream;
        HashingStream hashing;
        try
        {
            inputStream = hashing = new HashingStream(InputOpener.Open(inputPath, console));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.cannotRead", inputPath, RunMessages.Describe(exception, language, console.PathOf(inputPath)))).ConfigureAwait(false);
            return ExitCodes.InputUnreadable;
        }

        OutputFile output;
        try
        {
            output = OutputFile.Open(outputPath, console, InputOpener.IdentityOf(inputPath, console));
        }
        catch (OutputIsInputException)
        {
            await inputStream.DisposeAsync().ConfigureAwait(false);
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.outputIsInput", outputPath!)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await inputStream.DisposeAsync().ConfigureAwait(false);
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.cannotWrite", outputPath ?? "-", RunMessages.Describe(exception, language, outputPath is null ? null : console.PathOf(outputPath)))).ConfigureAwait(false);
            return ExitCodes.OutputFailed;
        }

        var provenance = new RunProvenance { Command = "classify", InputPath = inputPath, OutputPath = outputPath, MapSha256 = csv.MapSha256 };
        provenance.AddOptions(parse);
        metaPath ??= output.IsFile ? outputPath + RunProvenance.Suffix : null;
        var inputLength = InputLength(inputPath, console);
        var progress = new ProgressReporter(
            console.Error,
            console.ErrorIsTerminal,
            TimeSpan.FromSeconds(Math.Max(0, progressEvery)),
            inputLength is { } total ? () => (double)hashing.BytesRead / total : null,
            language);
        using (output)
        await using (inputStream.ConfigureAwait(false))
        {
            RunOutcome outcome;
            try
            {
                var format = InputOpener.Resolve(inputPath, inputFormat, ref inputStream, limits);
                var (records, keptColumns, delimiter) = InputOpener.Records(format, inputStream, limits, csv);
                provenance.InputFormat = format switch { InputFormat.JsonArray => "json", InputFormat.Csv => "csv", _ => "jsonl" };
                provenance.Delimiter = delimiter is { } used ? (used == '\t' ? "tab" : used.ToString()) : null;
                if (shard is { } part)
                {
                    records = Shard(records, part.Index, part.Count);
                }

                if (resumeFrom is { } point)
                {
                    // The records already written are those of the first positions (batches are written whole and in
                    // order): write them again and go on after them, keeping every record's input line.
                    await output.Stream.WriteAsync(point.Kept).ConfigureAwait(false);
                    records = System.Linq.Enumerable.Skip(records, checked((int)Math.Min(point.Records, int.MaxValue)));
                    provenance.ResumedRecords = point.Records;
                }

                var batch = new BatchClassifier(classifier, new ResultFormatter(outputFormat, includeReasoning, keptColumns) { PhenopacketCreated = created }, parallelism);
                outcome = await batch.RunAsync(records, output.Stream, progress, console.Interruption).ConfigureAwait(false);
            }
            catch (Exception exception) when (BatchClassifier.IsInputFault(exception))
            {
                outcome = new RunOutcome(RunEnd.InputUnreadable, new RunSummary(), exception);
            }

            if (outcome.End == RunEnd.Completed)
            {
                try
                {
                    output.Commit();
                    if (resumeFrom is not null)
                    {
                        File.Delete(OutputFile.PartialName(console.PathOf(outputPath!)));
                    }

                    if (metaPath is not null)
                    {
                        provenance.InputSha256 = hashing.Sha256(toEnd: true);
                        provenance.InputBytes = hashing.BytesRead;
                        provenance.Records = outcome.Written;
                        using var metaFile = OutputFile.Open(metaPath, console, null);
                        provenance.Write(metaFile.Stream, classifier);
                        metaFile.Commit();
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    outcome = outcome with { End = RunEnd.OutputFailed, Fault = exception };
                }
            }

            progress.Finish();
            if (outcome.End != RunEnd.Completed)
            {
                var partial = output.Abandon(keepPartial: outcome.End != RunEnd.OutputFailed && outcome.Written.Total > 0);
                return await RunMessages.ReportAsync(console, outcome, inputPath, language, partial, outputPath).ConfigureAwait(false);
            }

            if (!quiet)
            {
                await console.Error.WriteLineAsync(outcome.Written.Describe(progress.Elapsed)).ConfigureAwait(false);
            }

            if (outcome.Written.DuplicateIds > 0)
            {
                // The count only: the ids themselves are patient data, and the output file has them.
                await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.duplicateIds", outcome.Written.DuplicateIds)).ConfigureAwait(false);
            }

            return outcome.Written.Invalid == 0 ? ExitCodes.Success : ExitCodes.SomeRecordsInvalid;
        }
    }
}
