using Dystonia.Classification.Tests.Shared;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>The card's fixed phrases are the service's own, in English and Latvian, and the service fills their numbered placeholders.</summary>
public sealed class CardTextsTests
{
    [Fact]
    public void Every_card_phrase_is_the_services_own_and_written_in_english_and_latvian()
    {
        var english = HostTexts.ShouldBeTheHostsOwnAndTranslated(DystoniaService.CardTexts.Value, "card.");

        english.Keys.Should().Contain(["card.summary", "card.notUsed", "card.disclaimer", "card.source", "card.onset.earlyAdulthood"]);
    }

    [Fact]
    public void Numbered_placeholders_are_filled_from_the_arguments()
    {
        DystoniaService.CardTexts.Value.For("lv")["card.notUsed", 3].Value.Should().StartWith("Neizmantoto iepriekš ielādēto ierakstu skaits: 3;");
        DystoniaService.CardTexts.Value.For("en")["card.summary", "focal", "primary"].Value.Should().Be("Dystonia: focal; etiology primary");
    }
}
