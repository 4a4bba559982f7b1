using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dystonia.Classification;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Benchmarks;

/// <summary>
/// The cost of the JSON contract: validating and classifying a presentation from UTF-8 bytes, and the same plus
/// writing the result as the batch tool does (labels-only and with reasoning) into a reused buffer.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly ResultWriteOptions LabelsOnlyOutput = new() { IncludeReasoning = false };

    private readonly DystoniaClassifier classifier = new();
    private readonly ArrayBufferWriter<byte> output = new(1 << 16);
    private Utf8JsonWriter writer = null!;
    private byte[] json = [];

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases => RepresentativePresentations.All.Keys;

    [GlobalSetup]
    public void Setup()
    {
        json = System.Text.Encoding.UTF8.GetBytes(DystoniaJson.WritePresentation(RepresentativePresentations.All[Case]));
        writer = new Utf8JsonWriter(output);
    }

    [Benchmark(Description = "Read, validate, classify")]
    public ClassificationResult ReadAndClassify() => DystoniaJson.Classify(classifier, json);

    [Benchmark(Description = "Read, classify, write labels")]
    public int ReadClassifyWriteLabels() => Write(LabelsOnlyOutput);

    [Benchmark(Description = "Read, classify, write with reasoning")]
    public int ReadClassifyWriteFull() => Write(null);

    private int Write(ResultWriteOptions? options)
    {
        output.ResetWrittenCount();
        writer.Reset(output);
        DystoniaJson.WriteResult(writer, DystoniaJson.Classify(classifier, json), options);
        writer.Flush();
        return output.WrittenCount;
    }
}
