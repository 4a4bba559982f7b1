using Dystonia.Classification.Tests;

namespace Dystonia.Classification.Rendering.Tests;

/// <summary>
/// The body map and the cohort report accept exactly the languages the classifier does: an unsupported tag is refused
/// as <c>Classify</c> refuses <c>fr</c>, instead of being drawn in English unannounced.
/// </summary>
public sealed class LanguageArgumentTests
{
    private static readonly Presentation Neck = new() { Regions = [new AffectedRegion(BodyRegion.Neck)] };

    [Theory]
    [InlineData("xx")]
    [InlineData("fr")]
    [InlineData("")]
    public void An_unsupported_language_is_refused_by_the_body_map_the_report_and_the_classifier(string language)
    {
        var result = Cases.Classify(Neck);

        ((Action)(() => BodyMap.ToSvg(result, Neck, new BodyMapOptions { Language = language }))).Should().Throw<ArgumentException>();
        ((Action)(() => BodyMap.Title(language))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new CohortReport(new CohortReportOptions { Language = language }))).Should().Throw<ArgumentException>();
        ((Action)(() => new DystoniaClassifier().Classify(Neck, language))).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("lv")]
    [InlineData("lv-LV")]
    public void Every_supported_language_is_accepted_by_each(string language)
    {
        var result = Cases.Classify(Neck);

        BodyMap.ToSvg(result, Neck, new BodyMapOptions { Language = language }).Should().StartWith("<svg");
        BodyMap.Title(language).Should().NotBeEmpty();
        new CohortReport(new CohortReportOptions { Language = language }).Total.Should().Be(0);
    }
}
