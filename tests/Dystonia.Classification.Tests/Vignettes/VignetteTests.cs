using System.Collections.Generic;
using System.Text.Json.Nodes;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Tests.Vignettes;

/// <summary>
/// Golden tests: the clinical vignettes V1-V25 of <c>docs/evidence/vignettes.md</c> and the statements of the two seed
/// texts of <c>docs/evidence/seed-texts.md</c> (CCM Health, "Dystonia"; Latvian Wikipedia, "Distonija"), each a case in
/// <c>vignettes.json</c>, classified end to end and checked against the labels its source states and against the rule
/// id of the reasoning step that decided each label.
/// </summary>
/// <remarks>
/// Each case names its source and verification tag exactly as the evidence pages give them. Facts a source leaves open
/// (an exact age, a side, the workup) are filled with a plausible value and the case's notes say so; only labels the
/// source states are expected.
/// </remarks>
public sealed class VignetteTests
{
    /// <summary>The label fields of a classified result in the JSON contract; <c>expected.labels</c> may name only these.</summary>
    private static readonly string[] LabelNames =
    [
        "distribution", "legInvolvement", "ageAtOnsetGroup", "course", "variability", "associatedFeatures",
        "nervousSystemPathology", "heritability", "etiology", "etiologyCertainty", "legacyCategory",
    ];

    private static readonly string[] ExpectationNames =
    [
        "labels", "labelsNot", "sameLabelsAs", "decisions", "steps", "absentNotes", "workup", "absentWorkup", "absentWorkupKinds",
    ];

    // The tags defined in docs/evidence/README.md.
    private static readonly string[] VerificationTags = ["V-src", "V-2nd", "V-data", "R", "derived"];

    /// <summary>Every case id, so that each case is its own test named by its id.</summary>
    public static TheoryData<string> CaseIds
    {
        get
        {
            var ids = new TheoryData<string>();
            foreach (var vignette in VignetteCase.All)
            {
                ids.Add(vignette.Id);
            }

            return ids;
        }
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Vignette(string id)
    {
        var vignette = VignetteCase.Get(id);
        var result = vignette.Classify();
        result.IsClassified.Should().BeTrue("case {0} is a valid presentation, but got: {1}", id, string.Join("; ", result.Errors));
        var expected = vignette.Expected;
        var labels = LabelsOf(result);

        foreach (var (name, value) in Entries(expected, "labels"))
        {
            LabelNames.Should().Contain(name, "case {0} expects a label of the result", id);
            JsonNode.DeepEquals(labels[name], value).Should().BeTrue("case {0} expects {1} {2}, but it was {3}", id, name, Show(value), Show(labels[name]));
        }

        foreach (var (name, values) in Entries(expected, "labelsNot"))
        {
            LabelNames.Should().Contain(name);
            Strings(values).Should().NotContain((string?)labels[name], "case {0} rules out these values of {1}", id, name);
        }

        if (expected["sameLabelsAs"] is JsonObject same)
        {
            var other = VignetteCase.Get((string)same["case"]!).Classify();
            var except = Strings(same["except"]);
            if (except.Count == 0)
            {
                result.Labels.Should().Be(other.Labels, "case {0} has the labels of case {1}", id, (string?)same["case"]);
            }

            var otherLabels = LabelsOf(other);
            foreach (var name in LabelNames.Except(except))
            {
                JsonNode.DeepEquals(labels[name], otherLabels[name]).Should().BeTrue("case {0} agrees with case {1} on {2}", id, (string?)same["case"], name);
            }
        }

        foreach (var decision in Objects(expected, "decisions"))
        {
            var step = ShouldDecide(result, Axis((string)decision["axis"]!), (string)decision["rule"]!, (string)decision["conclusion"]!);
            if ((string?)decision["textContains"] is { } text)
            {
                step.Text.Should().Contain(text);
            }
        }

        foreach (var expectedStep in Objects(expected, "steps"))
        {
            var step = result.Step((string)expectedStep["rule"]!);
            if ((string?)expectedStep["outcome"] is { } outcome)
            {
                step.Outcome.Should().Be(Enum.Parse<RuleOutcome>(outcome, ignoreCase: true), "case {0}, step {1}", id, step.RuleId);
            }

            if ((string?)expectedStep["conclusion"] is { } conclusion)
            {
                step.Conclusion.Should().Be(conclusion, "case {0}, step {1}", id, step.RuleId);
            }
        }

        foreach (var ruleId in Strings(expected["absentNotes"]))
        {
            result.RuleIds(RuleOutcome.Note).Should().NotContain(ruleId);
        }

        foreach (var workup in Objects(expected, "workup"))
        {
            var suggestion = result.SuggestedWorkup.Should().ContainSingle(w => w.RuleId == (string)workup["rule"]!).Which;
            if ((string?)workup["kind"] is { } kind)
            {
                ContractNames.Of(suggestion.Kind).Should().Be(kind);
            }

            if ((string?)workup["textContains"] is { } text)
            {
                suggestion.Text.Should().Contain(text);
            }
        }

        foreach (var ruleId in Strings(expected["absentWorkup"]))
        {
            result.SuggestedWorkup.Select(w => w.RuleId).Should().NotContain(ruleId);
        }

        foreach (var kind in Strings(expected["absentWorkupKinds"]))
        {
            result.SuggestedWorkup.Select(w => ContractNames.Of(w.Kind)).Should().NotContain(kind);
        }
    }

    [Fact]
    public void Every_case_has_a_unique_id_and_names_its_published_source_and_verification_tag()
    {
        var cases = VignetteCase.All;
        cases.Should().NotBeEmpty();
        cases.Select(vignette => vignette.Id).Should().OnlyHaveUniqueItems().And.NotContain(id => string.IsNullOrWhiteSpace(id));

        foreach (var vignette in cases)
        {
            vignette.Source.Should().NotBeNullOrWhiteSpace("case {0} names its source", vignette.Id);
            vignette.Title.Should().NotBeNullOrWhiteSpace("case {0} says what it shows", vignette.Id);
            vignette.Verification.Should().NotBeEmpty("case {0} carries the verification tag of its source", vignette.Id);
            foreach (var tag in vignette.Verification)
            {
                VerificationTags.Should().Contain(tag, "case {0} uses the tags of docs/evidence/README.md", vignette.Id);
                vignette.Source.Should().Contain("[" + tag + "]", "case {0} quotes its source with the tag", vignette.Id);
            }

            vignette.Expected.Select(entry => entry.Key).Should().BeSubsetOf(ExpectationNames, "case {0} uses only checked expectations", vignette.Id);
            Objects(vignette.Expected, "decisions").Should().NotBeEmpty("case {0} checks the rule that decided a label", vignette.Id);
            if (vignette.Expected["sameLabelsAs"] is JsonObject same)
            {
                cases.Select(other => other.Id).Should().Contain((string?)same["case"]);
            }
        }
    }

    [Fact]
    public void Every_vignette_of_the_evidence_page_and_both_seed_texts_have_cases()
    {
        // G: the gene vignettes of docs/evidence/genes.md; W: the workup vignettes of docs/evidence/workup-sources.md.
        var named = Enumerable.Range(1, 25).Select(number => $"V{number:00}").Append("SEED-EN").Append("SEED-LV").Append("G").Append("W");

        VignetteCase.All.Select(vignette => vignette.Vignette).Distinct().Should().BeEquivalentTo(named);
    }

    /// <summary>Asserts that the applied step deciding <paramref name="axis"/> has the rule id and conclusion, and returns it.</summary>
    private static ReasoningStep ShouldDecide(ClassificationResult result, ClassificationAxis axis, string ruleId, string conclusion)
    {
        var step = result.DecisionFor(axis);
        step.Should().NotBeNull("every axis has a deciding step");
        step!.RuleId.Should().Be(ruleId, "the {0} label should be decided by {1}", axis, ruleId);
        step.Conclusion.Should().Be(conclusion);
        step.Outcome.Should().Be(RuleOutcome.Applied);
        return step;
    }

    private static ClassificationAxis Axis(string wireName) =>
        Enum.GetValues<ClassificationAxis>().Single(axis => ContractNames.Of(axis) == wireName);

    /// <summary>The result as the JSON contract writes it, so labels compare in the names the data file uses.</summary>
    private static JsonObject LabelsOf(ClassificationResult result) => JsonNode.Parse(DystoniaJson.WriteResult(result))!.AsObject();

    private static JsonObject Entries(JsonObject expected, string name) =>
        expected[name] as JsonObject ?? [];

    private static IEnumerable<JsonObject> Objects(JsonObject expected, string name) =>
        expected[name] is JsonArray items ? items.Select(item => item!.AsObject()) : [];

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray items ? items.Select(item => (string)item!).ToList() : [];

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
