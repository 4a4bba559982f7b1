using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Faults;

/// <summary>
/// One failure path for the pipeline, in process: an output that fails, an interruption and a reader that breaks off
/// each end the run at once with their own exit code and a message saying how many records were written, never a
/// hang, and the records before the fault are written whole.
/// </summary>
public sealed class PipelineFaultTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(200_000)]
    public async Task An_output_that_fails_on_a_run_of_many_batches_ends_the_run_with_exit_4_instead_of_hanging(long capacity)
    {
        // 20 batches of 2,048 with one thread: the queue holds two, so a writer that stops taking them used to leave
        // the reader waiting forever.
        using var stdin = new MemoryStream(Faults.Cohort(40_000));
        using var stdout = new FailingStream(capacity);

        var (exitCode, stderr) = await Faults.RunAsync(["classify", "-", "--threads", "1", "--no-reasoning"], stdin, stdout);

        exitCode.Should().Be(ExitCodes.OutputFailed, stderr);
        Faults.ShouldBeAPlainMessage(stderr, "writing the output failed", "No space left on device", "records written before it: 0");
        stdout.Failures.Should().Be(1, "the first failed write ends the run");
    }

    [Fact]
    public async Task The_report_to_a_failing_output_exits_4()
    {
        using var stdin = new MemoryStream(Faults.Cohort(100));
        using var stdout = new FailingStream(1000);

        var (exitCode, stderr) = await Faults.RunAsync(["report", "-"], stdin, stdout);

        exitCode.Should().Be(ExitCodes.OutputFailed, stderr);
        Faults.ShouldBeAPlainMessage(stderr, "cannot write '-'");
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("schema")]
    public async Task Explain_and_schema_to_a_failing_output_exit_4_with_a_message(string command)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("{\"regions\":[{\"region\":\"neck\"}]}"));
        using var stdout = new FailingStream(10);

        var (exitCode, stderr) = await Faults.RunAsync(command == "explain" ? ["explain", "-"] : ["schema"], stdin, stdout);

        exitCode.Should().Be(ExitCodes.OutputFailed, stderr);
        Faults.ShouldBeAPlainMessage(stderr, "No space left on device");
    }

    [Fact]
    public async Task An_interruption_stops_reading_and_exits_130_saying_how_many_records_were_written()
    {
        // Standard input that never ends: only the interruption can end this run.
        using var stdin = new EndlessCohortStream();
        using var stdout = new MemoryStream();
        using var interruption = new CancellationTokenSource();

        var run = Faults.RunAsync(["classify", "-", "--no-reasoning", "--input-format", "jsonl"], stdin, stdout, interruption: interruption.Token);
        await stdin.Served.WaitAsync(DystoniaTool.Timeout);
        await interruption.CancelAsync();
        var (exitCode, stderr) = await run;

        exitCode.Should().Be(ExitCodes.Interrupted, stderr);
        var written = ToolRun.ParseJsonLines(Encoding.UTF8.GetString(stdout.ToArray()));
        Faults.ShouldBeAPlainMessage(stderr, "interrupted; records written: " + written.Count + ".");
        written.Count.Should().Be(written.Count / 2048 * 2048, "whole batches are written, nothing after the interruption");
        written.Select(r => r.GetProperty("line").GetInt64()).Should().Equal(Enumerable.Range(1, written.Count).Select(i => (long)i));
    }

    [Fact]
    public async Task A_reader_that_breaks_off_exits_3_after_writing_every_record_before_it()
    {
        // 5,000 records and then an element that never closes: the 5,000 are written (not a multiple of a batch).
        var array = "[" + string.Join(",", Enumerable.Range(1, 5000).Select(i => "{\"id\":\"p-" + i + "\",\"regions\":[{\"region\":\"neck\"}]}")) + ",{\"id\":";
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(array));
        using var stdout = new MemoryStream();

        var (exitCode, stderr) = await Faults.RunAsync(["classify", "-", "--no-reasoning"], stdin, stdout);

        exitCode.Should().Be(ExitCodes.InputUnreadable, stderr);
        Faults.ShouldBeAPlainMessage(stderr, "array element starting at line 1", "Records written before it: 5000.");
        ToolRun.ParseJsonLines(Encoding.UTF8.GetString(stdout.ToArray())).Should().HaveCount(5000);
    }

    [Fact]
    public async Task A_fault_inside_the_classification_is_an_internal_error_with_exit_5_not_1()
    {
        using var output = new MemoryStream();
        var batch = new BatchClassifier(new FaultyClassifier(), new Cli.Output.ResultFormatter(Cli.Output.OutputFormat.JsonLines, includeReasoning: false), 2);
        var records = Enumerable.Range(1, 5000).Select(i => Cli.Input.InputRecord.FromJson(i, Encoding.UTF8.GetBytes("{\"regions\":[{\"region\":\"neck\"}]}"), 31));

        var outcome = await batch.RunAsync(records, output, new Cli.Output.ProgressReporter(TextWriter.Null, enabled: false)).WaitAsync(DystoniaTool.Timeout);

        outcome.End.Should().Be(RunEnd.InternalError);
        outcome.Fault.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task An_input_that_fails_to_read_is_an_input_fault_after_the_records_read_before_it()
    {
        using var output = new MemoryStream();
        var batch = new BatchClassifier(new DystoniaClassifier(), new Cli.Output.ResultFormatter(Cli.Output.OutputFormat.JsonLines, includeReasoning: false), 2);

        var outcome = await batch.RunAsync(RecordsThenReadError(3000), output, new Cli.Output.ProgressReporter(TextWriter.Null, enabled: false)).WaitAsync(DystoniaTool.Timeout);

        outcome.End.Should().Be(RunEnd.InputUnreadable);
        outcome.Written.Total.Should().Be(3000);
        ToolRun.ParseJsonLines(Encoding.UTF8.GetString(output.ToArray())).Should().HaveCount(3000);
    }

    private static IEnumerable<Cli.Input.InputRecord> RecordsThenReadError(int count)
    {
        for (int i = 1; i <= count; i++)
        {
            yield return Cli.Input.InputRecord.FromJson(i, Encoding.UTF8.GetBytes("{\"regions\":[{\"region\":\"neck\"}]}"), 31);
        }

        throw new IOException("Input/output error");
    }

    /// <summary>A classifier with a defect: it throws on every presentation.</summary>
    private sealed class FaultyClassifier : IDystoniaClassifier
    {
        public Reasoning.RuleSetInfo RuleSet => new DystoniaClassifier().RuleSet;

        public ClassificationResult Classify(Presentation presentation) => throw new InvalidOperationException("defect");

        public ClassificationResult Classify(Presentation presentation, string language) => throw new InvalidOperationException("defect");

        public bool TryClassifyLabels(Presentation presentation, out ClassificationLabels labels) => throw new InvalidOperationException("defect");
    }

    /// <summary>Standard input that serves valid records without end, as a pipe from a producer that never stops.</summary>
    private sealed class EndlessCohortStream : Stream
    {
        private static readonly byte[] Record = Encoding.UTF8.GetBytes("{\"regions\":[{\"region\":\"neck\"}]}\n");
        private readonly TaskCompletionSource served = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long position;

        /// <summary>Gets a task that completes once a few batches have been served.</summary>
        internal Task Served => served.Task;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = Record[(int)(position++ % Record.Length)];
            }

            if (position > Record.Length * 10_000L)
            {
                served.TrySetResult();
            }

            return buffer.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
