using Dystonia.Classification.Internal;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Tests.Rendering;

/// <summary>The fixed texts of the body map and the cohort report exist in every supported language.</summary>
public sealed class PictureTermsTests
{
    [Fact]
    public void Every_body_map_and_report_text_is_written_in_english_and_latvian_without_placeholders()
    {
        var keys = ClinicalData.Terms.Keys.Where(k => k.StartsWith("bodyMap.", StringComparison.Ordinal) || k.StartsWith("report.", StringComparison.Ordinal)).ToList();

        keys.Should().HaveCountGreaterThan(30);
        foreach (var key in keys)
        {
            var term = ClinicalData.Terms[key];
            term.ByLanguage.Keys.Should().BeEquivalentTo(ClinicalLanguages.Supported, key);
            term.ByLanguage.Values.Should().OnlyContain(t => t.Placeholders.Count == 0 && t.Source.Trim().Length > 0, key);
            term.In(ClinicalLanguages.Latvian).Source.Should().NotBe(term.In(ClinicalLanguages.English).Source, key + " is translated");
        }
    }
}
