using System.Collections.Generic;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Tests.Corpus;
using static Dystonia.Classification.Tests.Cases;

namespace Dystonia.Classification.Tests.Serialization;

/// <summary>
/// The JSON Lines files of the hostile corpus (tests/corpus/hostile), read record by record with
/// <see cref="DystoniaJson"/>: nothing throws, every record gives the result the manifest lists, and every invalid
/// result names a code, a field path and a message.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> JsonLinesFiles() => [.. HostileCorpus.Files.Where(f => f.Format == "jsonl").Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(JsonLinesFiles))]
    public void Each_record_gives_the_listed_result_and_nothing_throws(string name)
    {
        var file = HostileCorpus.File(name);
        var results = new List<(long Line, ClassificationResult Result)>();
        foreach (var (line, json) in HostileCorpus.JsonLines(HostileCorpus.Content(file)))
        {
            var read = DystoniaJson.ReadPresentation(json);
            read.Succeeded.Should().Be(read.Errors.Count == 0, "line {0}: a read either gives a presentation or errors", line);
            results.Add((line, DystoniaJson.Classify(Classifier, json)));
        }

        results.Should().HaveCount(file.Records.Count, "one result per record: {0}", file.About);
        foreach (var ((line, result), expected) in results.Zip(file.Records))
        {
            line.Should().Be(expected.Line);
            Describe(result).Should().Be(Expected(expected, result), "line {0} of {1}", line, name);
            result.Errors.Should().NotContain(e => e.Message.Length == 0);
        }
    }

    [Fact]
    public void The_manifest_lists_every_committed_corpus_file_and_every_listed_file_exists_or_is_generated()
    {
        var committed = Directory.GetFiles(HostileCorpus.Folder).Select(Path.GetFileName).Where(n => n is not ("manifest.json" or ".gitattributes"));

        committed.Should().BeEquivalentTo(HostileCorpus.Files.Where(f => !f.Generated).Select(f => f.Name));
        HostileCorpus.Files.Where(f => f.Generated).Should().OnlyContain(f => !File.Exists(Path.Combine(HostileCorpus.Folder, f.Name)));
    }

    [Fact]
    public void The_generated_files_are_as_big_and_as_deep_as_the_manifest_says()
    {
        var longLines = HostileCorpus.Content(HostileCorpus.File("long-lines.jsonl"));
        var deep = HostileCorpus.Content(HostileCorpus.File("deep-nesting.jsonl"));

        HostileCorpus.JsonLines(longLines).Where(l => l.Json.Length > 10 * 1024 * 1024).Should().HaveCount(4);
        HostileCorpus.JsonLines(deep).First().Json.Count(b => b == (byte)'[').Should().Be(10_000);
    }

    private static string Describe(ClassificationResult result) => result.IsClassified
        ? "classified " + ContractNames.Of(result.Labels.Distribution) + " id " + (result.PresentationId ?? "null")
        : "invalid " + result.Errors[0].Code + " at '" + result.Errors[0].Field + "' id " + (result.PresentationId is { Length: > 100 } ? "(long)" : result.PresentationId ?? "null");

    /// <summary>The description the result should have; the id is taken from the result when the manifest does not check it.</summary>
    private static string Expected(CorpusRecord expected, ClassificationResult result)
    {
        string id = expected.ChecksId ? expected.Id ?? "null" : result.PresentationId is { Length: > 100 } ? "(long)" : result.PresentationId ?? "null";
        return expected.Status == "classified"
            ? "classified " + expected.Distribution + " id " + id
            : "invalid " + expected.Code + " at '" + expected.Field + "' id " + id;
    }
}
