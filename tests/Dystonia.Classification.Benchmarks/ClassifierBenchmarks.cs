using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Dystonia.Classification;

namespace Dystonia.Classification.Benchmarks;

/// <summary>
/// The in-process cost of one classification: labels only (the zero-allocation path an EHR rule engine calls per
/// patient), the full result with reasoning as returned (sentences rendered on first read), and the full result
/// with every sentence rendered, which is what a caller that shows or serializes the reasoning pays.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private readonly DystoniaClassifier classifier = new();
    private Presentation presentation = null!;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases => RepresentativePresentations.All.Keys;

    [GlobalSetup]
    public void Setup() => presentation = RepresentativePresentations.All[Case];

    [Benchmark(Description = "Labels only")]
    public ClassificationLabels LabelsOnly()
    {
        classifier.TryClassifyLabels(presentation, out var labels);
        return labels;
    }

    [Benchmark(Description = "Full result")]
    public ClassificationResult FullResult() => classifier.Classify(presentation);

    [Benchmark(Description = "Full result, all text rendered")]
    public int FullResultWithText()
    {
        var result = classifier.Classify(presentation);
        int length = 0;
        foreach (var step in result.Reasoning)
        {
            length += step.Text.Length;
        }

        foreach (var workup in result.SuggestedWorkup)
        {
            length += workup.Text.Length;
        }

        foreach (var missing in result.MissingFindings)
        {
            length += missing.Text.Length;
        }

        return length;
    }
}
