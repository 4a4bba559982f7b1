using System.Threading.Tasks;
using System.Xml.Linq;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>End to end: <c>dystonia explain --svg</c> writes the body map beside the text explanation.</summary>
public sealed class ExplainSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>c-019 of the sample: left hemidystonia after a stroke, beginning in the left arm.</summary>
    private static string LeftHemidystonia => Samples.CohortLines.Single(l => l.Contains("\"c-019\"", StringComparison.Ordinal));

    [Fact]
    public async Task Svg_writes_the_body_map_of_the_presentation_with_its_affected_limbs_and_the_text_is_unchanged()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("c-019.json", LeftHemidystonia);
        var output = temp.File("c-019.svg");

        var plain = await DystoniaTool.RunAsync("explain", input);
        var run = await DystoniaTool.RunAsync("explain", input, "--svg", output);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Be(plain.Stdout);
        var svg = XDocument.Load(output);
        svg.Root!.Name.Should().Be(Svg + "svg");
        svg.Descendants().Single(e => (string?)e.Attribute("id") == "bodymap-upperLimb-left").Attribute("class")!.Value.Should().Contain("affected");
        svg.Descendants().Single(e => (string?)e.Attribute("id") == "bodymap-upperLimb-right").Attribute("class")!.Value.Should().NotContain("affected");
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("Hemidystonia").And.Contain("Etiology: Secondary (Established)");
        File.ReadAllText(output).Should().NotContain("c-019", "the record id is not drawn");
    }

    [Fact]
    public async Task Language_lv_writes_the_fixed_texts_of_the_figure_in_Latvian()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("c-019.json", LeftHemidystonia);
        var output = temp.File("c-019.svg");

        var run = await DystoniaTool.RunAsync("explain", input, "--svg", output, "--language", "lv");

        run.ExitCode.Should().Be(0, run.ToString());
        var svg = XDocument.Load(output);
        svg.Root!.Attribute(XNamespace.Xml + "lang")!.Value.Should().Be("lv");
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("Pacienta kreisā puse");
    }

    [Fact]
    public async Task An_invalid_presentation_gets_no_body_map_and_says_so()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("bad.json", "{\"regions\":[{\"region\":\"upperLimb\"}]}");
        var output = temp.File("bad.svg");

        var run = await DystoniaTool.RunAsync("explain", input, "--svg", output);

        run.ExitCode.Should().Be(1, run.ToString());
        File.Exists(output).Should().BeFalse();
        run.Stderr.Should().Contain("no body map");
    }

    [Fact]
    public async Task An_unknown_language_is_a_usage_error()
    {
        var run = await DystoniaTool.RunAsync("explain", Samples.CohortJsonLines, "--language", "xx");

        run.ExitCode.Should().Be(2, run.ToString());
    }
}
