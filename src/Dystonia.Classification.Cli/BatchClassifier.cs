using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Cli.Output;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Cli;

/// <summary>
/// Classifies a stream of records on every core and writes one result per record in input order. Records are
/// read in batches; each batch is parsed, classified and formatted on the thread pool; a bounded queue of batches
/// in flight keeps memory flat whatever the input size, and the writer takes batches in the order they were read.
/// </summary>
/// <remarks>
/// The reader, the classification and the writer share one way to fail: the first fault of any of them stops the
/// others (a writer that fails no longer leaves the reader waiting on a full queue), and the run ends with a
/// <see cref="RunOutcome"/> that says which part failed and how many records were written before it.
/// </remarks>
internal sealed class BatchClassifier
{
    internal const int BatchSize = 2048;

    /// <summary>The longest id an invalid record echoes back: the longest valid id. A longer one is cut and marked.</summary>
    internal const int MaximumEchoedIdLength = 200;

    /// <summary>The most errors one output record lists; the rest are counted in one last error.</summary>
    internal const int MaximumListedErrors = 100;

    /// <summary>The error code of the last error of a list cut at <see cref="MaximumListedErrors"/>.</summary>
    internal const string MoreErrorsCode = "MoreErrors";

    private readonly IDystoniaClassifier classifier;
    private readonly ResultFormatter formatter;
    private readonly int parallelism;

    // Output buffers are reused: a fresh multi-megabyte buffer per batch would land on the large-object heap and
    // make every batch pay for a full collection. At most one buffer per batch in flight exists.
    private readonly ConcurrentBag<ArrayBufferWriter<byte>> buffers = [];

    internal BatchClassifier(IDystoniaClassifier classifier, ResultFormatter formatter, int parallelism)
    {
        this.classifier = classifier;
        this.formatter = formatter;
        this.parallelism = Math.Max(1, parallelism);
    }

    internal async Task<RunOutcome> RunAsync(IEnumerable<InputRecord> records, Stream output, ProgressReporter progress, CancellationToken interruption = default)
    {
        var written = new RunSummary();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interruption);
        var inFlight = Channel.CreateBounded<Task<(ArrayBufferWriter<byte> Output, RunSummary Counts)>>(
            new BoundedChannelOptions(parallelism * 2) { SingleReader = true, SingleWriter = true });

        Exception? outputFault = null;
        Exception? classificationFault = null;
        var writer = Task.Run(async () =>
        {
            try
            {
                await output.WriteAsync(formatter.Preamble()).ConfigureAwait(false);
                while (await inFlight.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
                {
                    if (!inFlight.Reader.TryRead(out var pending))
                    {
                        continue;
                    }

                    (ArrayBufferWriter<byte> Output, RunSummary Counts) batch;
                    try
                    {
                        batch = await pending.ConfigureAwait(false);
                    }
#pragma warning disable CA1031 // Any fault of the classification ends the run as an internal error, with a message.
                    catch (Exception exception)
#pragma warning restore CA1031
                    {
                        classificationFault = exception;
                        break;
                    }

                    // A batch taken from the queue is written whole, even after an interruption: the output ends on a
                    // record boundary, and the count reported is the count written.
                    await output.WriteAsync(batch.Output.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
                    batch.Output.ResetWrittenCount();
                    buffers.Add(batch.Output);
                    written.Add(batch.Counts);
                    progress.Update(written);
                    if (interruption.IsCancellationRequested)
                    {
                        break;
                    }
                }

                await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Interrupted, or the reader failed: the batches written so far stand.
            }
#pragma warning disable CA1031 // Whatever the output throws ends the run as an output fault, with a message.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                outputFault = exception;
            }
            finally
            {
                // Whatever ended the writer stops the reader: it must never wait on a queue nobody empties.
                await stop.CancelAsync().ConfigureAwait(false);
            }
        }, CancellationToken.None);

        // The reader runs on a thread of its own: a read blocked on a pipe or terminal must not keep the run from
        // ending on an interruption or an output fault.
        Exception? inputFault = null;
        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    Read(records, inFlight.Writer, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
#pragma warning disable CA1031 // Whatever the input throws ends the run as an input fault, after the records before it are written.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    inputFault = exception;
                }
                finally
                {
                    inFlight.Writer.TryComplete();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        await writer.ConfigureAwait(false);
        if (reader.IsCompleted)
        {
            await reader.ConfigureAwait(false);
        }

        var end = outputFault is not null ? RunEnd.OutputFailed
            : classificationFault is not null ? RunEnd.InternalError
            : interruption.IsCancellationRequested ? RunEnd.Interrupted
            : inputFault is null ? RunEnd.Completed
            : IsInputFault(inputFault) ? RunEnd.InputUnreadable
            : RunEnd.InternalError;
        var fault = end switch
        {
            RunEnd.OutputFailed => outputFault,
            RunEnd.Interrupted or RunEnd.Completed => null,
            _ => classificationFault ?? inputFault,
        };
        return new RunOutcome(end, written, fault);
    }

    /// <summary>Gets whether an exception of the reader means the input is unreadable rather than a fault of the tool.</summary>
    internal static bool IsInputFault(Exception exception) =>
        exception is InputFormatException or IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException;

    /// <summary>Cuts an invalid record's id and error list to what a person can read; a valid result is left as it is.</summary>
    internal static ClassificationResult Bounded(ClassificationResult result)
    {
        if (result.IsClassified)
        {
            return result;
        }

        var id = result.PresentationId;
        bool longId = id is { Length: > MaximumEchoedIdLength };
        bool longField = false;
        foreach (var error in result.Errors)
        {
            longField |= error.Field.Length > MaximumEchoedIdLength;
        }

        if (!longId && !longField && result.Errors.Count <= MaximumListedErrors)
        {
            return result;
        }

        var errors = new List<ClassificationError>(Math.Min(result.Errors.Count, MaximumListedErrors) + 1);
        for (int i = 0; i < result.Errors.Count && i < MaximumListedErrors; i++)
        {
            var error = result.Errors[i];
            errors.Add(error.Field.Length > MaximumEchoedIdLength ? new ClassificationError(Cut(error.Field), error.Code, error.Message) : error);
        }

        if (result.Errors.Count > MaximumListedErrors)
        {
            errors.Add(new ClassificationError(
                "",
                MoreErrorsCode,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{result.Errors.Count - MaximumListedErrors} more errors were found in the record and are not listed.")));
        }

        return ClassificationResult.Invalid(longId ? Cut(id!) : id, errors);
    }

    /// <summary>Cuts text to <see cref="MaximumEchoedIdLength"/> characters, never inside a surrogate pair, and marks the cut with an ellipsis.</summary>
    private static string Cut(string text)
    {
        int length = MaximumEchoedIdLength;
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return string.Concat(text.AsSpan(0, length), "\u2026");
    }

    private void Read(IEnumerable<InputRecord> records, ChannelWriter<Task<(ArrayBufferWriter<byte> Output, RunSummary Counts)>> queue, CancellationToken stop)
    {
        var batch = new List<InputRecord>(BatchSize);
        try
        {
            foreach (var record in records)
            {
                stop.ThrowIfCancellationRequested();
                batch.Add(record);
                if (batch.Count == BatchSize)
                {
                    Enqueue(queue, batch, stop);
                    batch = new List<InputRecord>(BatchSize);
                }
            }
        }
        catch (Exception) when (!stop.IsCancellationRequested && batch.Count > 0)
        {
            // When the input breaks off (an unclosed array, say), the records read before it are still written.
            Enqueue(queue, batch, stop);
            throw;
        }

        if (batch.Count > 0)
        {
            Enqueue(queue, batch, stop);
        }
    }

    private void Enqueue(ChannelWriter<Task<(ArrayBufferWriter<byte> Output, RunSummary Counts)>> queue, List<InputRecord> batch, CancellationToken stop)
    {
        // This thread is the reader's own, so it may wait here for room in the queue.
        var task = Task.Run(() => Process(batch), CancellationToken.None);
        while (!queue.TryWrite(task))
        {
            if (!queue.WaitToWriteAsync(stop).AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }

    /// <summary>
    /// Reads and classifies a record (what <see cref="DystoniaJson.Classify"/> does), and gives the presentation read
    /// too, which the phenopacket format writes beside the result.
    /// </summary>
    private ClassificationResult Classify(InputRecord record, out Presentation? presentation)
    {
        var read = DystoniaJson.ReadPresentation(record.Json.AsSpan(0, record.Length));
        presentation = read.Presentation;
        return presentation is not null ? classifier.Classify(presentation) : ClassificationResult.Invalid(read.Id, read.Errors);
    }

    private (ArrayBufferWriter<byte> Output, RunSummary Counts) Process(List<InputRecord> batch)
    {
        var counts = new RunSummary();
        var output = buffers.TryTake(out var reused) ? reused : new ArrayBufferWriter<byte>(1 << 20);
        using var json = ResultFormatter.CreateJsonWriter(output);
        foreach (var record in batch)
        {
            Presentation? presentation = null;
            var result = record.Error is { } error
                ? ClassificationResult.Invalid(record.Id, [error])
                : Classify(record, out presentation);
            if (!result.IsClassified && result.PresentationId is null && record.Id is not null)
            {
                result = ClassificationResult.Invalid(record.Id, result.Errors);
            }

            formatter.Write(output, json, Bounded(result), record.Line, record.Kept, presentation);
            counts.Count(result);
        }

        return (output, counts);
    }
}

/// <summary>How a run ended.</summary>
internal enum RunEnd
{
    /// <summary>Every record was read and written.</summary>
    Completed,

    /// <summary>The input could not be read or split into records; the records before the fault were written.</summary>
    InputUnreadable,

    /// <summary>Writing failed (full disk, closed pipe).</summary>
    OutputFailed,

    /// <summary>Ctrl+C or SIGTERM; the batches taken from the queue were written.</summary>
    Interrupted,

    /// <summary>A fault of the tool.</summary>
    InternalError,
}

/// <summary>The end of a run, the counts of the records written, and the fault that ended it early.</summary>
internal sealed record RunOutcome(RunEnd End, RunSummary Written, Exception? Fault);
