using System.Text.Json;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Tests.Localization;

/// <summary>
/// A host's own text table loads from its assembly with the checks of the library's tables, and gives localizers that
/// behave like the library's.
/// </summary>
public sealed class ClinicalTextTableTests
{
    private static readonly ClinicalTextTable Host = ClinicalTextTable.FromEmbeddedResource(typeof(ClinicalTextTableTests).Assembly, "Dystonia.Classification.Tests.host-terms.json");

    private static ClinicalTextTable Read(string terms) =>
        ClinicalTextTable.Read(JsonDocument.Parse("{\"description\":\"test\",\"terms\":{" + terms + "}}"), "test");

    [Fact]
    public void A_host_table_gives_its_texts_in_each_language_and_fills_numbered_placeholders()
    {
        Host.For("en")["host.disclaimer"].Value.Should().Be("Decision support only.");
        Host.For("lv-LV")["host.title", "C-019"].Value.Should().Be("Kopsavilkums: C-019");
        Host.For("lv")["host.pair", "a", 2.5].Value.Should().Be("2.5 pēc a", "arguments are formatted with the invariant culture");
        Host.For("lv").Language.Should().Be(ClinicalLanguages.Latvian);
    }

    [Fact]
    public void A_host_localizer_knows_only_its_tables_keys_in_the_order_of_the_file()
    {
        var english = Host.For("en");

        english.GetAllStrings(includeParentCultures: false).Select(s => s.Name).Should().Equal("host.title", "host.pair", "host.disclaimer");
        english["label.distribution.focal"].ResourceNotFound.Should().BeTrue("the library's own words stay in ClinicalStringLocalizer.For");
        english["host.title"].SearchedLocation.Should().Contain("host-terms.json");
    }

    [Fact]
    public void The_same_language_gives_the_same_localizer_and_an_unsupported_one_is_refused()
    {
        Host.For("lv").Should().BeSameAs(Host.For("LV"));
        var german = () => Host.For("de");
        german.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("language");
    }

    [Theory]
    [InlineData("\"a.b\":{\"en\":\"Text\"}", "Text without 'lv'")]
    [InlineData("\"a.b\":{\"en\":\"Text\",\"lv\":\"Teksts\",\"de\":\"Text\"}", "unsupported language 'de'")]
    [InlineData("\"a.b\":{\"en\":\"Text {0}\",\"lv\":\"Teksts\"}", "placeholders in 'lv' differ")]
    [InlineData("\"a.b\":{\"en\":\"Text {0}\",\"lv\":\"Teksts {1}\"}", "placeholders in 'lv' differ")]
    [InlineData("\"a.b\":{\"en\":\"Text {side}\",\"lv\":\"Teksts {side}\"}", "only numbered placeholders")]
    [InlineData("\"a.b\":{\"en\":\"Text\",\"lv\":\" \"}", "Empty text in 'lv': a.b")]
    [InlineData("\"a.b\":{\"en\":\"Text\",\"lv\":\"Teksts\"},\"a.b\":{\"en\":\"Text\",\"lv\":\"Teksts\"}", "given twice: a.b")]
    public void A_table_with_a_gap_fails_when_it_is_loaded_and_names_the_text(string terms, string message)
    {
        var load = () => Read(terms);

        load.Should().Throw<InvalidOperationException>().WithMessage("*" + message + "*");
    }

    [Fact]
    public void A_missing_resource_fails_and_names_it()
    {
        var load = () => ClinicalTextTable.FromEmbeddedResource(typeof(ClinicalTextTableTests).Assembly, "No.Such.terms.json");

        load.Should().Throw<InvalidOperationException>().WithMessage("*No.Such.terms.json*");
    }
}
