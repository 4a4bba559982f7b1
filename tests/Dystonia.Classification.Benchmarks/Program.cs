using BenchmarkDotNet.Running;

// Run all benchmarks, or pick with --filter, e.g. `--filter *ClassifierBenchmarks*` (see tests/bench.sh).
BenchmarkSwitcher.FromAssembly(typeof(Dystonia.Classification.Benchmarks.ClassifierBenchmarks).Assembly).Run(args);
