using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Running;

// `cohort <samples.jsonl> <count> <output.jsonl>` writes a test cohort for tests/bench.sh: the sample patients
// repeated with fresh ids, so every label and rule path appears in the same proportions at any size.
// `short <count> <output.jsonl>` writes records as clinicians often fill them: an id, one to four affected regions
// (limbs with a side, the first marked as onset) and the age at onset in whole years, about 130 bytes each, from a
// fixed seed.
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

if (args.Length == 3 && args[0] == "short")
{
    string[] midline = ["upperFace", "lowerFace", "jawAndTongue", "larynx", "neck", "trunk"];
    string[] limbs = ["upperLimb", "lowerLimb"];
    string[] sides = ["left", "right", "both"];
    var random = new Random(20130);
    int count = int.Parse(args[1], CultureInfo.InvariantCulture);
    using var output = new StreamWriter(args[2], false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
    var used = new System.Collections.Generic.HashSet<string>();
    for (int i = 0; i < count; i++)
    {
        output.Write("{\"id\":\"clinic-a-");
        output.Write(i.ToString("D7", CultureInfo.InvariantCulture));
        output.Write("\",\"ageAtOnset\":");
        output.Write(random.Next(1, 80).ToString(CultureInfo.InvariantCulture));
        output.Write(",\"regions\":[");
        int regions = random.Next(1, 5);
        used.Clear();
        for (int r = 0; r < regions; r++)
        {
            bool limb = random.Next(2) == 0;
            string region = limb ? limbs[random.Next(limbs.Length)] : midline[random.Next(midline.Length)];
            if (!used.Add(region))
            {
                continue;
            }

            output.Write(r == 0 ? "{\"region\":\"" : ",{\"region\":\"");
            output.Write(region);
            output.Write('"');
            if (limb)
            {
                output.Write(",\"side\":\"");
                output.Write(sides[random.Next(sides.Length)]);
                output.Write('"');
            }

            output.Write(r == 0 ? ",\"onset\":true}" : "}");
        }

        output.WriteLine("]}");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Dystonia.Classification.Benchmarks.ClassifierBenchmarks).Assembly).Run(args);
