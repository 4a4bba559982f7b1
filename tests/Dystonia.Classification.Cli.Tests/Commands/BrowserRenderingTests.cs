using System.Threading.Tasks;
using Dystonia.Classification.Cli.Tests.Infrastructure;

namespace Dystonia.Classification.Cli.Tests.Commands;

/// <summary>
/// The body map and the cohort report opened in a real browser (headless Chromium, no network): they load without a
/// console message, show the expected text and render a screenshot. Screenshots are copied to the folder named by
/// <c>DYSTONIA_SCREENSHOT_DIR</c> when it is set (.ci/run keeps them under artifacts/).
/// </summary>
public sealed class BrowserRenderingTests
{
    private static string LeftHemidystonia => Samples.CohortLines.Single(l => l.Contains("\"c-019\"", StringComparison.Ordinal));

    private static void Keep(Chromium.Page page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("DYSTONIA_SCREENSHOT_DIR");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.Copy(page.Screenshot, Path.Combine(folder, name), overwrite: true);
        }
    }

    [ChromiumFact]
    public async Task The_body_map_opens_in_a_browser_without_errors_and_shows_the_figure_and_its_texts()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("c-019.json", LeftHemidystonia);
        var svg = temp.File("body-map.svg");
        (await DystoniaTool.RunAsync("explain", input, "--svg", svg)).ExitCode.Should().Be(0);

        var page = await Chromium.OpenAsync(svg, 640, 712, temp.Path);

        page.ExitCode.Should().Be(0);
        page.ConsoleMessages.Should().BeEmpty();
        page.Dom.Should().Contain("Patient's left").And.Contain("Hemidystonia").And.Contain("id=\"bodymap-upperLimb-left\"");
        page.ScreenshotSize().Should().Be((640, 712));
        new FileInfo(page.Screenshot).Length.Should().BeGreaterThan(10_000, "a blank page compresses to almost nothing");
        Keep(page, "body-map.png");
    }

    [ChromiumFact]
    public async Task The_cohort_report_opens_offline_in_a_browser_without_errors_and_shows_its_tables_and_charts()
    {
        using var temp = new TempDirectory();
        var report = temp.File("cohort-report.html");
        (await DystoniaTool.RunAsync("report", Samples.CohortJsonLines, "-o", report)).ExitCode.Should().Be(0);

        var page = await Chromium.OpenAsync(report, 1000, 1400, temp.Path);

        page.ExitCode.Should().Be(0);
        page.ConsoleMessages.Should().BeEmpty("the page loads nothing and has no script, so nothing can be refused or fail");
        page.Dom.Should().Contain("<h1>Dystonia cohort report</h1>").And.Contain("<svg class=\"chart\"").And.Contain("Albanese2013 1.0.0");
        page.ScreenshotSize().Should().Be((1000, 1400));
        new FileInfo(page.Screenshot).Length.Should().BeGreaterThan(20_000);
        Keep(page, "cohort-report.png");
    }
}
