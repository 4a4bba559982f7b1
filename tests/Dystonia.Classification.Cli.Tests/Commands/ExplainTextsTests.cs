using Dystonia.Classification.Cli.Commands;
using Dystonia.Classification.Tests.Shared;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>The fixed phrases of <c>dystonia explain</c> and the messages about how a run ended are the tool's own, in English and Latvian.</summary>
public sealed class ExplainTextsTests
{
    [Fact]
    public void Every_explain_phrase_is_the_tools_own_and_written_in_english_and_latvian()
    {
        var english = HostTexts.ShouldBeTheHostsOwnAndTranslated(ExplainCommand.Texts.Value, "explain.", "run.", "input.", "report.", "summary.");

        english.Should().ContainKey("explain.reasoning").WhoseValue.Should().Be("Reasoning");
        ExplainCommand.Texts.Value.For("lv")["explain.reasoning"].Value.Should().Be("Pamatojums");
    }

    [Fact]
    public void Numbered_placeholders_are_filled_from_the_arguments()
    {
        ExplainCommand.Texts.Value.For("en")["explain.title", "Albanese2013 1.0.0"].Value.Should().Be("Dystonia classification - rule set Albanese2013 1.0.0");
    }
}
