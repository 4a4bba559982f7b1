using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

using Dystonia.Classification.CdsHooks.Tests.Support;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>The card's link to the SVG body map: an absolute link as CDS Hooks 2.0 asks, serving the figure of the card's findings.</summary>
public sealed class BodyMapLinkTests : IClassFixture<DevelopmentModeFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly WebApplicationFactory<Program> factory;

    public BodyMapLinkTests(DevelopmentModeFactory factory) => this.factory = factory;

    private static async Task<JsonElement> Card(HttpClient client, string label)
    {
        using var content = new StringContent(Requests.OnePerDistribution.Single(c => c.Label == label).Request, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/cds-services/dystonia-classification", content);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("cards")[0].Clone();
    }

    [Fact]
    public async Task The_card_links_to_its_body_map_with_an_absolute_url_that_serves_the_figure_of_the_cards_findings()
    {
        var client = factory.CreateClient();
        var card = await Card(client, "hemidystonia");

        var link = card.GetProperty("links").EnumerateArray().Single();
        link.GetProperty("type").GetString().Should().Be("absolute");
        link.GetProperty("label").GetString().Should().Be("Dystonia body map (SVG)");
        var url = new Uri(link.GetProperty("url").GetString()!, UriKind.Absolute);
        url.Scheme.Should().BeOneOf("http", "https");
        url.AbsolutePath.Should().StartWith("/cds-services/dystonia-classification/body-map/");
        url.Query.Should().BeEmpty("the link carries a token, never findings");

        using var response = await client.GetAsync(url.PathAndQuery);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        svg.Descendants().Single(e => (string?)e.Attribute("id") == "bodymap-upperLimb-left").Attribute("class")!.Value.Should().Contain("affected");
        svg.Descendants().Single(e => (string?)e.Attribute("id") == "bodymap-upperLimb-right").Attribute("class")!.Value.Should().NotContain("affected");
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("Hemidystonia");
    }

    [Fact]
    public async Task Every_card_gets_its_own_link_and_an_unknown_or_malformed_token_is_404()
    {
        var client = factory.CreateClient();
        var first = (await Card(client, "focal")).GetProperty("links")[0].GetProperty("url").GetString();
        var second = (await Card(client, "focal")).GetProperty("links")[0].GetProperty("url").GetString();

        first.Should().NotBe(second);
        (await client.GetAsync("/cds-services/dystonia-classification/body-map/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/cds-services/dystonia-classification/body-map/..%2F..%2Fetc")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_configured_public_base_url_is_used_for_the_link_behind_a_reverse_proxy()
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting("PublicBaseUrl", "https://cds.example.org/dystonia/")).CreateClient();

        var url = (await Card(client, "segmental")).GetProperty("links")[0].GetProperty("url").GetString();

        url.Should().StartWith("https://cds.example.org/dystonia/cds-services/dystonia-classification/body-map/");
    }

    [Theory]
    [InlineData("cds.example.org/dystonia")]
    [InlineData("ftp://cds.example.org/")]
    [InlineData("https://cds.example.org/?q=1")]
    public void A_public_base_url_that_is_not_an_absolute_http_url_stops_the_service_at_start(string value)
    {
        using var misconfigured = factory.WithWebHostBuilder(b => b.UseSetting("PublicBaseUrl", value));

        var act = () => misconfigured.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*PublicBaseUrl*");
    }

    [Fact]
    public async Task A_link_expires_after_its_lifetime()
    {
        var clock = new ManualClock { Now = DateTimeOffset.UtcNow };
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock))).CreateClient();
        var url = new Uri((await Card(client, "focal")).GetProperty("links")[0].GetProperty("url").GetString()!);

        (await client.GetAsync(url.PathAndQuery)).StatusCode.Should().Be(HttpStatusCode.OK);
        clock.Now += BodyMapLinks.Lifetime;
        (await client.GetAsync(url.PathAndQuery)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the link has expired");
    }

    [Fact]
    public async Task The_token_reveals_no_finding_and_a_changed_token_is_404()
    {
        var client = factory.CreateClient();
        var url = new Uri((await Card(client, "hemidystonia")).GetProperty("links")[0].GetProperty("url").GetString()!);
        string token = url.Segments[^1];

        Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token)).Should().NotContain("upperLimb").And.NotContain("left");
        char last = token[^2] == 'A' ? 'B' : 'A';
        (await client.GetAsync(url.AbsolutePath[..^2] + last + token[^1])).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Two_thousand_cards_in_a_burst_leave_an_earlier_link_working()
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting("CdsHooks:PermitsPerMinute", "100000")).CreateClient();
        var url = new Uri((await Card(client, "segmental")).GetProperty("links")[0].GetProperty("url").GetString()!);

        await Parallel.ForAsync(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) => await Card(client, "focal"));

        (await client.GetAsync(url.PathAndQuery).WaitAsync(TimeSpan.FromSeconds(30))).StatusCode.Should().Be(HttpStatusCode.OK, "links are kept nowhere, so nothing can push them out");
    }

    private sealed class ManualClock : TimeProvider
    {
        internal DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
