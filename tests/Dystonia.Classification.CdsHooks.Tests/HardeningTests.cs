using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.CdsHooks.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>What a browser, a proxy, a flood or a log reader meets: media types, CORS, Host and forwarded headers, health, rate limits, logs.</summary>
public sealed class HardeningTests : IClassFixture<DevelopmentModeFactory>
{
    private const string ServicePath = "/cds-services/dystonia-classification";
    private readonly DevelopmentModeFactory factory;

    public HardeningTests(DevelopmentModeFactory factory) => this.factory = factory;

    private static HttpRequestMessage CardRequest(string label = "hemidystonia", string mediaType = "application/json") =>
        new(HttpMethod.Post, ServicePath) { Content = new StringContent(Requests.OnePerDistribution.Single(c => c.Label == label).Request, Encoding.UTF8, mediaType) };

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task A_post_that_is_not_json_is_415_so_no_page_can_get_a_card_without_a_cors_preflight(string mediaType)
    {
        using var request = CardRequest(mediaType: mediaType);

        using var response = await factory.CreateClient().SendAsync(request).WaitAsync(TimeSpan.FromSeconds(30));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("cards");
    }

    [Fact]
    public async Task A_cors_preflight_is_answered_for_a_browser_based_cds_client()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, ServicePath);
        request.Headers.Add("Origin", "https://ehr.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var response = await factory.CreateClient().SendAsync(request).WaitAsync(TimeSpan.FromSeconds(30));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        response.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("POST");
        response.Headers.GetValues("Access-Control-Allow-Headers").Single().ToUpperInvariant().Should().Contain("AUTHORIZATION").And.Contain("CONTENT-TYPE");
        response.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse();
    }

    [Fact]
    public async Task Configured_origins_are_the_only_ones_allowed()
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting("CdsHooks:CorsOrigins:0", "https://ehr.example.org")).CreateClient();
        using var allowed = CardRequest();
        allowed.Headers.Add("Origin", "https://ehr.example.org");
        using var other = CardRequest();
        other.Headers.Add("Origin", "https://elsewhere.example.net");

        using var fromTheEhr = await client.SendAsync(allowed);
        using var fromElsewhere = await client.SendAsync(other);

        fromTheEhr.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://ehr.example.org");
        fromElsewhere.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Fact]
    public async Task A_host_header_the_caller_chose_never_becomes_the_cards_link()
    {
        using var request = CardRequest();
        request.Headers.Host = "evil.example.org";

        using var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("evil.example.org");
        JsonDocument.Parse(text).RootElement.GetProperty("cards")[0].TryGetProperty("links", out _).Should().BeFalse("CDS Hooks omits an optional element without a value; it is never null or []");
    }

    [Fact]
    public async Task The_scheme_a_known_proxy_forwards_is_the_links_scheme()
    {
        using var request = CardRequest();
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await factory.CreateClient().SendAsync(request);

        (await Json(response)).GetProperty("cards")[0].GetProperty("links")[0].GetProperty("url").GetString().Should().StartWith("https://localhost/cds-services/dystonia-classification/body-map/");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_health_endpoints_answer_healthy_without_a_client_jwt(string path)
    {
        await using var jwks = await LoopbackFhirServer.StartAsync();
        using var authenticated = AuthenticatedService.Create(jwks);

        using var response = await authenticated.CreateClient().GetAsync(path).WaitAsync(TimeSpan.FromSeconds(30));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task A_client_over_its_rate_is_429_with_retry_after_and_others_and_the_probes_go_on()
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting("CdsHooks:PermitsPerMinute", "5")).CreateClient();
        async Task<HttpStatusCode> From(string address)
        {
            using var request = CardRequest("focal");
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter.Should().NotBeNull();
            }

            return response.StatusCode;
        }

        var flood = new List<HttpStatusCode>();
        for (int i = 0; i < 8; i++)
        {
            flood.Add(await From("203.0.113.7"));
        }

        flood.Take(5).Should().OnlyContain(s => s == HttpStatusCode.OK);
        flood.Skip(5).Should().OnlyContain(s => s == HttpStatusCode.TooManyRequests);
        (await From("198.51.100.2")).Should().Be(HttpStatusCode.OK, "another client has its own allowance");
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_thousand_unauthenticated_posts_in_a_burst_leave_a_clinicians_link_working()
    {
        await using var jwks = await LoopbackFhirServer.StartAsync();
        using var ehr = new TestCdsClient();
        jwks.JwkSet = ehr.JwkSet;
        using var service = AuthenticatedService.Create(jwks);
        var client = service.CreateClient();
        using var signed = CardRequest();
        signed.Headers.Add("Authorization", "Bearer " + ehr.Jwt());
        signed.Headers.Add("X-Forwarded-For", "198.51.100.2");
        using var card = await client.SendAsync(signed);
        var link = new Uri((await Json(card)).GetProperty("cards")[0].GetProperty("links")[0].GetProperty("url").GetString()!).AbsolutePath.Replace("/dystonia/", "/", StringComparison.Ordinal);

        var statuses = new ConcurrentBag<HttpStatusCode>();
        await Parallel.ForAsync(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, cancellation) =>
        {
            using var request = CardRequest("focal");
            request.Headers.Add("Authorization", "Bearer not.a.jwt");
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            using var response = await client.SendAsync(request, cancellation);
            statuses.Add(response.StatusCode);
        }).WaitAsync(TimeSpan.FromSeconds(120));

        statuses.Should().OnlyContain(s => s == HttpStatusCode.Unauthorized || s == HttpStatusCode.TooManyRequests);
        statuses.Should().Contain(HttpStatusCode.TooManyRequests, "600 calls a minute is the default allowance");
        using var open = new HttpRequestMessage(HttpMethod.Get, link);
        open.Headers.Add("X-Forwarded-For", "198.51.100.2");
        (await client.SendAsync(open)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_logs_carry_the_hook_instance_and_never_the_patient_id_nor_the_link_token()
    {
        var sink = new ConcurrentQueue<(LogLevel Level, string Message)>();
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(new CapturingLogger(sink)).SetMinimumLevel(LogLevel.Trace)))).CreateClient();

        using var request = CardRequest();
        using var response = await client.SendAsync(request);
        var url = new Uri((await Json(response)).GetProperty("cards")[0].GetProperty("links")[0].GetProperty("url").GetString()!);
        string token = url.Segments[^1];
        (await client.GetAsync(url.PathAndQuery)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(url.AbsolutePath + "x")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var messages = sink.Select(m => m.Message).ToList();
        string tokenStart = token[..16];
        messages.Should().Contain("scope: hookInstance=d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        messages.Should().Contain(m => m.Contains("Body map request handled with status 200", StringComparison.Ordinal));
        messages.Should().NotContain(m => m.Contains(token, StringComparison.Ordinal) || m.Contains(tokenStart, StringComparison.Ordinal), "a link token is a capability");
        messages.Should().NotContain(m => m.Contains(Requests.PatientId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hook_instance_that_is_not_a_uuid_is_not_logged()
    {
        var sink = new ConcurrentQueue<(LogLevel Level, string Message)>();
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(new CapturingLogger(sink))))).CreateClient();
        string body = Requests.OnePerDistribution[0].Request.Replace("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "Jane Doe 1931-07-23", StringComparison.Ordinal);

        using var response = await client.PostAsync(ServicePath, new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        sink.Should().Contain(m => m.Message == "scope: hookInstance=not-a-uuid");
        sink.Should().NotContain(m => m.Message.Contains("Jane", StringComparison.Ordinal));
    }
}
