using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Running;

// `cohort <samples.jsonl> <count> <output.jsonl>` writes a test cohort for tests/bench.sh: the sample patients
// repeated with fresh ids, so every label and rule path appears in the same proportions at any size.
// Anything else runs the benchmarks; pick with --filter, e.g. `--filter *ClassifierBenchmarks*`.
if (args.Length == 4 && args[0] == "cohort")
{
    var samples = File.ReadAllLines(args[1]);
    int count = int.Parse(args[2], CultureInfo.InvariantCulture);
    using var output = new StreamWriter(args[3], false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
    for (int i = 0; i < count; i++)
    {
        var sample = samples[i % samples.Length];
        int start = sample.IndexOf("\"id\":\"", StringComparison.Ordinal) + 6;
        int end = sample.IndexOf('"', start);
        output.Write(sample.AsSpan(0, start));
        output.Write("b-");
        output.Write(i.ToString(CultureInfo.InvariantCulture));
        output.WriteLine(sample.AsSpan(end));
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Dystonia.Classification.Benchmarks.ClassifierBenchmarks).Assembly).Run(args);
