using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

using Dystonia.Classification.CdsHooks.Tests.Support;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>The card is written in the language the EHR asks for with Accept-Language, or the configured default.</summary>
public sealed class CardLanguageTests : IClassFixture<DevelopmentModeFactory>
{
    private const string ServiceUrl = "/cds-services/dystonia-classification";
    private readonly WebApplicationFactory<Program> factory;

    public CardLanguageTests(DevelopmentModeFactory factory) => this.factory = factory;

    private static string Request(string label) => Requests.OnePerDistribution.Single(c => c.Label == label).Request;

    private async Task<(HttpStatusCode Status, JsonElement Card, string? ContentLanguage)> Post(string body, string? acceptLanguage, HttpClient? client = null)
    {
        client ??= factory.CreateClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, ServiceUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage).Should().BeTrue();
        }

        using var response = await client.SendAsync(message);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, json.GetProperty("cards")[0], response.Content.Headers.ContentLanguage.SingleOrDefault());
    }

    [Fact]
    public async Task Accept_language_lv_gives_a_latvian_card_with_the_same_indicator_and_rule_ids()
    {
        var (status, latvian, contentLanguage) = await Post(Request("focal"), "lv");
        var (_, english, _) = await Post(Request("focal"), null);

        status.Should().Be(HttpStatusCode.OK);
        contentLanguage.Should().Be("lv");
        latvian.GetProperty("summary").GetString().Should().Be("Distonija: fokāla, izolēta, sākums agrīnajā pieaugušā vecumā; etioloģija: primārā");
        latvian.GetProperty("indicator").GetString().Should().Be(english.GetProperty("indicator").GetString());
        var detail = latvian.GetProperty("detail").GetString()!;
        detail.Should().StartWith("**Pamatojums** (Albanese2013 1.0.0)")
            .And.Contain("- **DIST-FOCAL**: Skarta tikai viena ķermeņa daļa (kakls)")
            .And.Contain("*Tikai lēmumu atbalstam: klasifikācija balstās uz kodētajām atradēm un neaizstāj klīnisko spriedumu.*")
            .And.NotContain("Reasoning").And.NotContain("Decision support");
        latvian.GetProperty("source").GetProperty("label").GetString().Should().Be("Dystonia.Classification, 2013. gada konsenss (Albanese u. c.), noteikumu kopa Albanese2013 1.0.0");
    }

    [Fact]
    public async Task A_latvian_hemidystonia_card_warns_and_names_the_workup_and_missing_findings_in_latvian()
    {
        var (_, card, _) = await Post(Request("hemidystonia"), "lv-LV,lv;q=0.9,en;q=0.8");

        card.GetProperty("indicator").GetString().Should().Be("warning");
        card.GetProperty("summary").GetString().Should().StartWith("Distonija: hemidistonija").And.EndWith("etioloģija: nenoteikta");
        card.GetProperty("detail").GetString().Should().Contain("**Ieteiktie izmeklējumi**").And.Contain("Ieteicama galvas smadzeņu MRI")
            .And.Contain("**Trūkstošās atrades**").And.Contain("(WORKUP-MRI-HEMIDYSTONIA)");
    }

    [Theory]
    [InlineData("de, lv;q=0.8, en;q=0.5", "lv")]
    [InlineData("en-GB, lv;q=0.9", "en")]
    [InlineData("lv;q=0, en", "en")]
    [InlineData("fr", "en")]
    [InlineData("*", "en")]
    [InlineData(null, "en")]
    public async Task The_most_preferred_supported_language_wins_and_anything_else_gives_the_default(string? acceptLanguage, string expected)
    {
        var (_, card, contentLanguage) = await Post(Request("segmental"), acceptLanguage);

        contentLanguage.Should().Be(expected);
        card.GetProperty("summary").GetString().Should().StartWith(expected == "lv" ? "Distonija: segmentāla" : "Dystonia: segmental");
    }

    [Fact]
    public async Task The_configured_language_is_the_default_when_the_request_names_none_it_supports()
    {
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Configure<ClassificationOptions>(o => o.Language = "lv"))).CreateClient();

        var (_, byDefault, _) = await Post(Request("generalized"), null, client);
        var (_, asked, _) = await Post(Request("generalized"), "en", client);

        byDefault.GetProperty("summary").GetString().Should().StartWith("Distonija: ģeneralizēta");
        asked.GetProperty("summary").GetString().Should().StartWith("Dystonia: generalized");
    }

    [Fact]
    public async Task The_documented_latvian_curl_example_gives_the_documented_summary()
    {
        var body = RepositoryFiles.Read("samples", "cds-hooks", "patient-view.json");
        var docs = RepositoryFiles.Read("docs", "ehr-integration.md");

        var (_, card, _) = await Post(body, "lv");

        var summary = card.GetProperty("summary").GetString()!;
        summary.Should().Be("Distonija: hemidistonija, sākums agrīnajā pieaugušā vecumā; etioloģija: nenoteikta");
        docs.Should().Contain("\"summary\":\"" + summary + "\"");
    }
}
