using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Channels;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Input;
using Dystonia.Classification.Cli.Output;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Cli;

/// <summary>
/// Classifies a stream of records on every core and writes one result per record in input order. Records are
/// read in batches; each batch is parsed, classified and formatted on the thread pool; a bounded queue of batches
/// in flight keeps memory flat whatever the input size, and the writer takes batches in the order they were read.
/// </summary>
internal sealed class BatchClassifier
{
    internal const int BatchSize = 2048;

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

    internal async Task<RunSummary> RunAsync(IEnumerable<InputRecord> records, Stream output, ProgressReporter progress)
    {
        var summary = new RunSummary();
        var inFlight = Channel.CreateBounded<Task<(ArrayBufferWriter<byte> Output, RunSummary Counts)>>(
            new BoundedChannelOptions(parallelism * 2) { SingleReader = true, SingleWriter = true });

        var writer = Task.Run(async () =>
        {
            var preamble = formatter.Preamble();
            await output.WriteAsync(preamble).ConfigureAwait(false);
            await foreach (var pending in inFlight.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                var (batchOutput, counts) = await pending.ConfigureAwait(false);
                await output.WriteAsync(batchOutput.WrittenMemory).ConfigureAwait(false);
                batchOutput.ResetWrittenCount();
                buffers.Add(batchOutput);
                summary.Add(counts);
                progress.Update(summary);
            }

            await output.FlushAsync().ConfigureAwait(false);
        });

        // When the input breaks off (an unclosed array, say), the records read so far are still written before the
        // failure is reported.
        InputFormatException? failure = null;
        var batch = new List<InputRecord>(BatchSize);
        try
        {
            using var enumerator = records.GetEnumerator();
            while (true)
            {
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }
                }
                catch (InputFormatException exception)
                {
                    failure = exception;
                    break;
                }

                batch.Add(enumerator.Current);
                if (batch.Count == BatchSize)
                {
                    var full = batch;
                    await inFlight.Writer.WriteAsync(Task.Run(() => Process(full))).ConfigureAwait(false);
                    batch = new List<InputRecord>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                var last = batch;
                await inFlight.Writer.WriteAsync(Task.Run(() => Process(last))).ConfigureAwait(false);
            }
        }
        finally
        {
            inFlight.Writer.Complete();
        }

        await writer.ConfigureAwait(false);
        if (failure is not null)
        {
            throw new InputFormatException(failure.Message, failure);
        }

        return summary;
    }

    private (ArrayBufferWriter<byte> Output, RunSummary Counts) Process(List<InputRecord> batch)
    {
        var counts = new RunSummary();
        var output = buffers.TryTake(out var reused) ? reused : new ArrayBufferWriter<byte>(1 << 20);
        using var json = ResultFormatter.CreateJsonWriter(output);
        foreach (var record in batch)
        {
            var result = record.Error is { } error
                ? ClassificationResult.Invalid(record.Id, [error])
                : DystoniaJson.Classify(classifier, record.Json.AsSpan(0, record.Length));
            if (!result.IsClassified && result.PresentationId is null && record.Id is not null)
            {
                result = ClassificationResult.Invalid(record.Id, result.Errors);
            }

            formatter.Write(output, json, result, record.Line);
            counts.Count(result);
        }

        return (output, counts);
    }
}
