using System.Collections.Generic;
using System.Text;
using Dystonia.Classification.Rendering;
using Dystonia.Classification.Serialization;

using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Golden;

/// <summary>
/// Behaviour pinned byte for byte: the results of the sample cohort, the hostile corpus and the vignettes, in both
/// languages, with and without reasoning, under the default options and under every non-default option, plus the
/// body maps and cohort reports of the sample cohort, compared with the files under <c>tests/golden/expected</c>.
/// </summary>
/// <remarks>
/// A refactoring must leave these files unchanged. A deliberate change of behaviour rewrites them with
/// <c>DYSTONIA_UPDATE_GOLDEN=1 dotnet test --filter GoldenOutputTests</c>, and the diff is reviewed with the change.
/// </remarks>
public sealed class GoldenOutputTests
{
    private static readonly string[] Inputs =
    [
        "samples/cohort.jsonl",
        "tests/golden/vignette-presentations.jsonl",
        "tests/corpus/hostile/ages.jsonl",
        "tests/corpus/hostile/byte-order-mark.jsonl",
        "tests/corpus/hostile/cr-only.jsonl",
        "tests/corpus/hostile/crlf.jsonl",
        "tests/corpus/hostile/duplicate-properties.jsonl",
        "tests/corpus/hostile/huge-numbers.jsonl",
        "tests/corpus/hostile/invalid-utf8.jsonl",
        "tests/corpus/hostile/letter-case.jsonl",
        "tests/corpus/hostile/nan-infinity.jsonl",
        "tests/corpus/hostile/not-json.jsonl",
        "tests/corpus/hostile/truncated.jsonl",
        "tests/corpus/hostile/whitespace-only.jsonl",
        "tests/corpus/hostile/wrong-types.jsonl",
    ];

    public static TheoryData<string> Variants => new(VariantOptions.Keys);

    private static readonly Dictionary<string, (ClassificationOptions Options, bool Reasoning)> VariantOptions = new(StringComparer.Ordinal)
    {
        ["en-full"] = (new ClassificationOptions(), true),
        ["lv-full"] = (new ClassificationOptions { Language = "lv" }, true),
        ["en-lean"] = (new ClassificationOptions(), false),
        ["lv-lean"] = (new ClassificationOptions { Language = "lv" }, false),
        ["en-full-without-not-applied"] = (new ClassificationOptions { IncludeRulesNotApplied = false }, true),
        ["en-full-every-option-changed"] = (new ClassificationOptions
        {
            ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Multifocal,
            CranialContiguity = CranialContiguity.AnatomicalChain,
            HemidystoniaRequiresFace = true,
            CountAgeFortyAsLateAdulthood = true,
            EarlyOnsetMaximumAge = 25,
            WilsonScreeningBeforeAge = 45,
        }, true),
        ["lv-full-every-option-changed"] = (new ClassificationOptions
        {
            ThreeOrMoreContiguousRegions = ThreeOrMoreContiguousRegions.Multifocal,
            CranialContiguity = CranialContiguity.AnatomicalChain,
            HemidystoniaRequiresFace = true,
            CountAgeFortyAsLateAdulthood = true,
            EarlyOnsetMaximumAge = 25,
            WilsonScreeningBeforeAge = 45,
            Language = "lv",
        }, true),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Results_are_byte_identical_to_the_pinned_output(string variant)
    {
        var (options, reasoning) = VariantOptions[variant];
        var classifier = new DystoniaClassifier(options);
        var writeOptions = new ResultWriteOptions { IncludeReasoning = reasoning };
        var output = new StringBuilder();
        foreach (var input in Inputs)
        {
            output.Append("# ").Append(input).Append('\n');
            long line = 0;
            foreach (var record in Lines(input))
            {
                line++;
                var result = DystoniaJson.Classify(classifier, record);
                output.Append(DystoniaJson.WriteResult(result, new ResultWriteOptions { IncludeReasoning = writeOptions.IncludeReasoning, Line = line })).Append('\n');
            }
        }

        Compare("results." + variant + ".jsonl", output.ToString());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("lv")]
    public void Body_maps_and_cohort_report_of_the_sample_cohort_are_byte_identical(string language)
    {
        var classifier = new DystoniaClassifier(new ClassificationOptions { Language = language });
        var report = new CohortReport(new CohortReportOptions { Language = language, Date = new DateTime(2026, 1, 2), InputName = "cohort.jsonl" });
        var maps = new StringBuilder();
        long line = 0;
        foreach (var record in Lines("samples/cohort.jsonl"))
        {
            line++;
            var read = DystoniaJson.ReadPresentation(record);
            var result = DystoniaJson.Classify(classifier, record);
            report.Add(result, read.Presentation, line);
            if (read.Presentation is { } presentation && result.Status == ClassificationStatus.Classified)
            {
                maps.Append(BodyMap.ToSvg(result, presentation, new BodyMapOptions { Language = language })).Append('\n');
            }
        }

        Compare("body-maps." + language + ".svg.txt", maps.ToString());
        Compare("cohort-report." + language + ".html", report.ToHtml());
    }

    private static IEnumerable<byte[]> Lines(string relativePath)
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.Path(relativePath));
        int start = 0;
        for (int i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                int end = i > start && bytes[i - 1] == (byte)'\r' ? i - 1 : i;
                if (i < bytes.Length || end > start)
                {
                    yield return bytes[start..end];
                }

                start = i + 1;
            }
        }
    }

    private static void Compare(string name, string actual)
    {
        var path = RepositoryFiles.Path("tests", "golden", "expected", name);
        if (Environment.GetEnvironmentVariable("DYSTONIA_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        File.Exists(path).Should().BeTrue("the pinned output {0} exists (DYSTONIA_UPDATE_GOLDEN=1 writes it)", name);
        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            int first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail(name + " must stay byte-identical; first difference at line " + (first + 1) + ":\nexpected: "
                + (first < expectedLines.Length ? expectedLines[first] : "(end)") + "\nactual:   " + (first < actualLines.Length ? actualLines[first] : "(end)"));
        }
    }
}
