using Dystonia.Classification.Tests.Shared;

namespace Dystonia.Classification.Fhir.Tests;

/// <summary>The Observation's texts are the FHIR package's own, in English and Latvian, one for every distribution.</summary>
public sealed class FhirTextsTests
{
    [Fact]
    public void Every_observation_text_is_the_packages_own_and_written_in_english_and_latvian()
    {
        var english = HostTexts.ShouldBeTheHostsOwnAndTranslated(DystoniaFhir.Texts.Value, "fhir.");

        english.Keys.Should().Contain(["fhir.codeText", "fhir.note.reasoning", "fhir.note.notApplied", "fhir.note.missingFindings"]);
        foreach (var distribution in Enum.GetValues<Distribution>())
        {
            english.Should().ContainKey("fhir.value." + Serialization.ContractNames.Of(distribution));
        }

        english.Where(t => !t.Key.StartsWith("fhir.read.", StringComparison.Ordinal)).Select(t => t.Value)
            .Should().OnlyContain(text => !text.Contains('{', StringComparison.Ordinal), "the Observation fills no placeholders");
    }

    [Fact]
    public void Every_read_issue_code_has_a_sentence_for_the_clinician_in_english_and_latvian()
    {
        var codes = typeof(FhirReadIssueCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var english = HostTexts.ShouldBeTheHostsOwnAndTranslated(DystoniaFhir.Texts.Value, "fhir.");

        codes.Should().HaveCount(14);
        english.Keys.Where(k => k.StartsWith("fhir.read.", StringComparison.Ordinal)).Should().BeEquivalentTo(codes.Select(c => "fhir.read." + c));
    }
}
