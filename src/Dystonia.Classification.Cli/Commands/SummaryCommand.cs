using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Cli.Output;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>
/// <c>dystonia summary &lt;file|-&gt; -o &lt;directory&gt;</c>: tidy CSV tables of a cohort for the paper (counts and shares by
/// label, etiology by distribution, age at onset by distribution, missing findings, rules and workup), and with
/// <c>--sensitivity</c> what each documented option variant changes. Read and classified as <c>classify</c> does.
/// </summary>
internal static class SummaryCommand
{
    internal static Command Create(ConsoleStreams console)
    {
        var input = new Argument<string>("input") { Description = "JSON Lines, JSON array or CSV file; '-' reads standard input." };
        var output = new Option<string>("--output", "-o") { Description = "The directory the tables are written to (created if missing; each file is written beside its name and renamed into place).", Required = true };
        var inputFormat = new Option<string>("--input-format") { Description = "Input format; auto decides from the extension or the first character.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "jsonl", "json", "csv");
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Also classify with every documented option variant (one option changed at a time) and list the counts and the records whose labels change." };
        var excel = new Option<bool>("--excel") { Description = "Write the tables for a spreadsheet in a European locale: UTF-8 byte order mark, ';' and decimal comma." };
        var threads = ClassifyCommand.CreateThreadsOption();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print the closing summary on standard error." };
        var maxRecordSize = ClassifyCommand.CreateMaxRecordSizeOption();
        var classifierOptions = new ClassifierOptions();
        var csvOptions = new CsvInputOptions();

        var command = new Command("summary", "Classify a cohort and write tidy CSV tables for analysis: label counts and shares, etiology by distribution, age at onset by distribution, missing findings, rules and workup; --sensitivity adds what each option variant changes.")
        {
            input, output, inputFormat, sensitivity, excel, threads, quiet, maxRecordSize,
        };
        classifierOptions.AddTo(command);
        csvOptions.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(
            parse,
            console,
            new SummaryRun(
                parse.GetValue(input)!,
                parse.GetValue(output)!,
                ClassifyCommand.ParseInputFormat(parse.GetValue(inputFormat)),
                parse.GetValue(sensitivity),
                new TableFormat(parse.GetValue(excel)),
                parse.GetValue(threads),
                parse.GetValue(quiet),
                parse.GetValue(maxRecordSize)!,
                parse.GetValue(classifierOptions.Language)!),
            classifierOptions.Options(parse),
            () => csvOptions.CreateAsync(parse, console, parse.GetValue(classifierOptions.Language)!)));
        return command;
    }

    /// <summary>The documented option variants: each of the four options of docs/classification-rules.md changed on its own.</summary>
    internal static List<(string Name, DystoniaClassifier Classifier)> Variants(ClassificationOptions options)
    {
        ClassificationOptions With(Action<ClassificationOptions> change)
        {
            var variant = new ClassificationOptions
            {
                ThreeOrMoreContiguousRegions = options.ThreeOrMoreContiguousRegions,
                CranialContiguity = options.CranialContiguity,
                HemidystoniaRequiresFace = options.HemidystoniaRequiresFace,
                CountAgeFortyAsLateAdulthood = options.CountAgeFortyAsLateAdulthood,
                EarlyOnsetMaximumAge = options.EarlyOnsetMaximumAge,
                WilsonScreeningBeforeAge = options.WilsonScreeningBeforeAge,
                IncludeRulesNotApplied = false,
                Language = options.Language,
            };
            change(variant);
            return variant;
        }

        var threeOrMore = options.ThreeOrMoreContiguousRegions == ThreeOrMoreContiguousRegions.Segmental ? ThreeOrMoreContiguousRegions.Multifocal : ThreeOrMoreContiguousRegions.Segmental;
        var cranial = options.CranialContiguity == CranialContiguity.WholeSegment ? CranialContiguity.AnatomicalChain : CranialContiguity.WholeSegment;
        return
        [
            ("--three-or-more-contiguous " + threeOrMore.ToString().ToLowerInvariant(), new DystoniaClassifier(With(o => o.ThreeOrMoreContiguousRegions = threeOrMore))),
            ("--cranial-contiguity " + cranial.ToString().ToLowerInvariant(), new DystoniaClassifier(With(o => o.CranialContiguity = cranial))),
            ("--hemidystonia-requires-face" + (options.HemidystoniaRequiresFace ? "=false" : ""), new DystoniaClassifier(With(o => o.HemidystoniaRequiresFace = !options.HemidystoniaRequiresFace))),
            ("--age-forty-late" + (options.CountAgeFortyAsLateAdulthood ? "=false" : ""), new DystoniaClassifier(With(o => o.CountAgeFortyAsLateAdulthood = !options.CountAgeFortyAsLateAdulthood))),
        ];
    }

    private static async Task<int> RunAsync(ParseResult parse, ConsoleStreams console, SummaryRun run, ClassificationOptions options, Func<Task<CsvSettings?>> csvSettings)
    {
        var language = run.Language;
        if (await ClassifyCommand.CheckLimitsAsync(console, run.Threads, run.MaxRecordSize, language).ConfigureAwait(false) is not { } checkedLimits)
        {
            return ExitCodes.Usage;
        }

        if (await csvSettings().ConfigureAwait(false) is not { } csv)
        {
            return ExitCodes.Usage;
        }

        var (parallelism, limits) = checkedLimits;
        var directory = console.PathOf(run.Output);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.cannotWrite", run.Output, RunMessages.Describe(exception, language))).ConfigureAwait(false);
            return ExitCodes.OutputFailed;
        }

        HashingStream stream;
        try
        {
            stream = new HashingStream(InputOpener.Open(run.Input, console));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.cannotRead", run.Input, RunMessages.Describe(exception, language))).ConfigureAwait(false);
            return ExitCodes.InputUnreadable;
        }

        var classifier = new DystoniaClassifier(options);
        var variants = run.Sensitivity ? Variants(options) : [];
        var summary = new CohortSummary();
        var variantSummaries = new CohortSummary[variants.Count];
        var changedRecords = new long[variants.Count];
        for (int v = 0; v < variants.Count; v++)
        {
            variantSummaries[v] = new CohortSummary();
        }

        var counts = new RunSummary();
        var pending = new RunSummary();
        var provenance = new RunProvenance { Command = "summary", InputPath = run.Input, OutputPath = run.Output, MapSha256 = csv.MapSha256 };
        provenance.AddOptions(parse);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var progress = new ProgressReporter(console.Error, console.ErrorIsTerminal);
        OutputFile? changes = null;
        ChangeFile? changeFile = null;
        RunOutcome outcome;
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                changes = run.Sensitivity ? OutputFile.Open(Path.Combine(directory, "sensitivity-changes.csv"), console, null) : null;
                changeFile = changes is null ? null : new ChangeFile(changes.Stream, run.Format);
                var fill = Task.Factory.StartNew(
                    () =>
                    {
                        Stream input = stream;
                        var format = InputOpener.Resolve(run.Input, run.InputFormat, ref input, limits);
                        var (records, _, delimiter) = InputOpener.Records(format, input, limits, csv);
                        provenance.InputFormat = format switch { InputFormat.JsonArray => "json", InputFormat.Csv => "csv", _ => "jsonl" };
                        provenance.Delimiter = delimiter is { } used ? (used == '\t' ? "tab" : used.ToString()) : null;
                        Fill(records, classifier, variants, parallelism, (line, result, presentation, variantResults) =>
                        {
                            summary.Add(result, presentation);
                            pending.Count(result);
                            if (pending.Total == BatchClassifier.BatchSize)
                            {
                                counts.Add(pending);
                                pending = new RunSummary();
                                progress.Update(counts);
                            }

                            for (int v = 0; v < variantResults.Length; v++)
                            {
                                variantSummaries[v].Add(variantResults[v], null);
                                if (Compare(variants[v].Name, line, result, variantResults[v], changeFile!))
                                {
                                    changedRecords[v]++;
                                }
                            }
                        }, console.Interruption);
                        counts.Add(pending);
                    },
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
                await fill.WaitAsync(console.Interruption).ConfigureAwait(false);
                outcome = new RunOutcome(RunEnd.Completed, counts, null);
            }
            catch (OperationCanceledException) when (console.Interruption.IsCancellationRequested)
            {
                outcome = new RunOutcome(RunEnd.Interrupted, counts, null);
            }
#pragma warning disable CA1031 // Any fault of reading or classifying ends the run with its exit code and a message.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                outcome = new RunOutcome(BatchClassifier.IsInputFault(exception) ? RunEnd.InputUnreadable : exception is IOException ? RunEnd.OutputFailed : RunEnd.InternalError, counts, exception);
            }

            progress.Finish();
            if (outcome.End != RunEnd.Completed)
            {
                changeFile?.Dispose();
                changes?.Abandon(keepPartial: false);
                changes?.Dispose();
                return await RunMessages.ReportAsync(console, outcome, run.Input, language, null, null, report: true).ConfigureAwait(false);
            }

            provenance.InputSha256 = stream.Sha256(toEnd: true);
            provenance.InputBytes = stream.BytesRead;
        }

        try
        {
            if (changes is not null)
            {
                changeFile!.Dispose();
                changes.Commit();
                changes.Dispose();
            }

            void Write(string name, IEnumerable<string[]> rows)
            {
                using var file = OutputFile.Open(Path.Combine(directory, name), console, null);
                CohortSummary.WriteCsv(file.Stream, rows, run.Format);
                file.Commit();
            }

            summary.WriteTables(Write, run.Format);
            if (run.Sensitivity)
            {
                Write("sensitivity.csv", SensitivityRows(summary, variants, variantSummaries, changedRecords, run.Format));
            }

            provenance.Records = counts;
            using var meta = OutputFile.Open(Path.Combine(directory, "summary" + RunProvenance.Suffix), console, null);
            provenance.Write(meta.Stream, classifier);
            meta.Commit();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.cannotWrite", run.Output, RunMessages.Describe(exception, language))).ConfigureAwait(false);
            return ExitCodes.OutputFailed;
        }

        for (int v = 0; v < variants.Count; v++)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "summary.variant", variants[v].Name, changedRecords[v])).ConfigureAwait(false);
        }

        if (counts.DuplicateIds > 0)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "run.duplicateIds", counts.DuplicateIds)).ConfigureAwait(false);
        }

        if (!run.Quiet)
        {
            await console.Error.WriteLineAsync(ToolTexts.Say(language, "summary.written", counts.Total, counts.Total - counts.Invalid, counts.Invalid, run.Output, clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture))).ConfigureAwait(false);
        }

        return counts.Invalid == 0 ? ExitCodes.Success : ExitCodes.SomeRecordsInvalid;
    }

    /// <summary>Rows of sensitivity.csv: for each variant and label, the count under the run's options and under the variant.</summary>
    private static IEnumerable<string[]> SensitivityRows(CohortSummary baseline, List<(string Name, DystoniaClassifier Classifier)> variants, CohortSummary[] summaries, long[] changed, TableFormat format)
    {
        yield return ["variant", "axis", "label", "count", "variantCount", "difference", "recordsChanged"];
        var baseRows = new Dictionary<(string, string), long>();
        baseline.WriteTables((name, rows) => Collect(name, rows, baseRows), format);
        for (int v = 0; v < variants.Count; v++)
        {
            var variantRows = new Dictionary<(string, string), long>();
            summaries[v].WriteTables((name, rows) => Collect(name, rows, variantRows), format);
            var keys = new SortedSet<(string, string)>(baseRows.Keys);
            keys.UnionWith(variantRows.Keys);
            foreach (var key in keys)
            {
                if (key.Item1 == "status")
                {
                    continue;
                }

                baseRows.TryGetValue(key, out long count);
                variantRows.TryGetValue(key, out long variantCount);
                yield return [variants[v].Name, key.Item1, key.Item2, CohortSummary.Number(count), CohortSummary.Number(variantCount), CohortSummary.Number(variantCount - count), CohortSummary.Number(changed[v])];
            }
        }

        static void Collect(string name, IEnumerable<string[]> rows, Dictionary<(string, string), long> into)
        {
            if (name != "labels.csv")
            {
                return;
            }

            bool header = true;
            foreach (var row in rows)
            {
                if (!header)
                {
                    into[(row[0], row[1])] = long.Parse(row[2], CultureInfo.InvariantCulture);
                }

                header = false;
            }
        }
    }

    /// <summary>Writes a row per axis whose label the variant changes; returns whether any changed. The id goes to the file only.</summary>
    private static bool Compare(string variant, long line, ClassificationResult result, ClassificationResult other, ChangeFile changes)
    {
        if (!result.IsClassified || !other.IsClassified || result.Labels == other.Labels)
        {
            return false;
        }

        var before = CohortSummary.LabelsOf(result);
        var after = CohortSummary.LabelsOf(other);
        for (int axis = 1; axis < before.Length; axis++)
        {
            if (before[axis] != after[axis])
            {
                changes.Write([variant, CohortSummary.Number(line), result.PresentationId ?? "", CohortSummary.Axes[axis], before[axis], after[axis]]);
            }
        }

        return true;
    }

    private static void Fill(
        IEnumerable<InputRecord> records,
        DystoniaClassifier classifier,
        List<(string Name, DystoniaClassifier Classifier)> variants,
        int threads,
        Action<long, ClassificationResult, Presentation?, ClassificationResult[]> add,
        CancellationToken interruption)
    {
        var batch = new List<InputRecord>(BatchClassifier.BatchSize);
        var classified = new (ClassificationResult Result, Presentation? Presentation, ClassificationResult[] Variants)[BatchClassifier.BatchSize];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };

        void Flush()
        {
            Parallel.For(0, batch.Count, parallel, i =>
            {
                var record = batch[i];
                if (record.Error is { } error)
                {
                    classified[i] = (ClassificationResult.Invalid(record.Id, [error]), null, []);
                    return;
                }

                var read = DystoniaJson.ReadPresentation(record.Json.AsSpan(0, record.Length));
                if (read.Presentation is not { } presentation)
                {
                    classified[i] = (ClassificationResult.Invalid(read.Id ?? record.Id, read.Errors), null, []);
                    return;
                }

                var others = new ClassificationResult[variants.Count];
                for (int v = 0; v < others.Length; v++)
                {
                    others[v] = variants[v].Classifier.Classify(presentation);
                }

                classified[i] = (classifier.Classify(presentation), presentation, others);
            });
            for (int i = 0; i < batch.Count; i++)
            {
                var (result, presentation, others) = classified[i];
                add(batch[i].Line, result, presentation, others.Length == variants.Count ? others : InvalidFor(variants.Count, result));
                classified[i] = default;
            }

            batch.Clear();
        }

        foreach (var record in records)
        {
            interruption.ThrowIfCancellationRequested();
            batch.Add(record);
            if (batch.Count == BatchClassifier.BatchSize)
            {
                Flush();
            }
        }

        Flush();
    }

    private static ClassificationResult[] InvalidFor(int count, ClassificationResult invalid)
    {
        var results = new ClassificationResult[count];
        Array.Fill(results, invalid);
        return results;
    }

    /// <summary>sensitivity-changes.csv as it is written, one writer for the whole run, the header first (also when no record changes).</summary>
    private sealed class ChangeFile : IDisposable
    {
        private readonly StreamWriter text;
        private readonly CsvHelper.CsvWriter csv;

        internal ChangeFile(Stream stream, TableFormat format)
        {
            if (format.Excel)
            {
                stream.Write("\uFEFF"u8);
            }

            text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            csv = CsvHelper.CsvWriter.Create(text, CsvHelper.CsvWriterOptions.Default with { NewLine = "\n", Separator = format.Delimiter }, leaveOpen: true);
            csv.WriteRecord(["variant", "line", "id", "axis", "label", "variantLabel"]);
        }

        internal void Write(string[] row) => csv.WriteRecord(row);

        public void Dispose()
        {
            csv.Dispose();
            text.Dispose();
        }
    }

    private sealed record SummaryRun(string Input, string Output, InputFormat InputFormat, bool Sensitivity, TableFormat Format, int Threads, bool Quiet, string MaxRecordSize, string Language);
}
