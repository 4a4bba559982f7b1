using Dystonia.Classification.Tests.Shared;

namespace Dystonia.Classification.Rendering.Tests;

/// <summary>The fixed texts of the body map and the cohort report exist in every supported language.</summary>
public sealed class PictureTermsTests
{
    [Fact]
    public void Every_body_map_and_report_text_is_written_in_english_and_latvian_without_placeholders()
    {
        var english = HostTexts.ShouldBeTheHostsOwnAndTranslated(Markup.Table, "bodyMap.", "report.");

        english.Should().HaveCountGreaterThan(30);
        english.Values.Should().OnlyContain(text => !text.Contains('{', StringComparison.Ordinal), "the pictures fill no placeholders");
    }
}
