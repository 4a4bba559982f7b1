using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.CdsHooks.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>
/// CDS Hooks 2.0 "Trusting CDS Clients", on by default: a call without the CDS client's signed JWT gets no card. The
/// tests sign their own JWTs; the service reads the client's JWK Set over HTTP from a loopback server.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime, IDisposable
{
    private const string ServicePath = "/cds-services/dystonia-classification";
    private readonly TestCdsClient ehr = new();
    private LoopbackFhirServer jwks = null!;
    private WebApplicationFactory<Program> service = null!;

    public async Task InitializeAsync()
    {
        jwks = await LoopbackFhirServer.StartAsync();
        jwks.JwkSet = ehr.JwkSet;
        service = AuthenticatedService.Create(jwks);
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await jwks.DisposeAsync();
    }

    public void Dispose() => ehr.Dispose();

    private async Task<HttpResponseMessage> Call(string? authorization, string path = ServicePath, string? body = null)
    {
        var client = service.CreateClient();
        using var request = new HttpRequestMessage(body is null && path != ServicePath ? HttpMethod.Get : HttpMethod.Post, path);
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new StringContent(body ?? Requests.OnePerDistribution[0].Request, Encoding.UTF8, "application/json");
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_call_signed_by_a_trusted_client_for_this_endpoint_gets_its_card()
    {
        using var response = await Call("Bearer " + ehr.Jwt());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("cards")[0].GetProperty("summary").GetString().Should().StartWith("Dystonia: focal");
    }

    [Theory]
    [InlineData("no header")]
    [InlineData("not a jwt")]
    [InlineData("expired")]
    [InlineData("lives longer than five minutes")]
    [InlineData("audience of another endpoint")]
    [InlineData("issuer not on the allow-list")]
    [InlineData("signed by an unknown key")]
    [InlineData("signed with a shared secret (HS256)")]
    public async Task A_call_without_a_valid_client_jwt_is_refused_with_401_and_no_card(string what)
    {
        using var stranger = new TestCdsClient();
        string? authorization = what switch
        {
            "no header" => null,
            "not a jwt" => "Bearer not.a.jwt",
            "expired" => "Bearer " + ehr.Jwt(expiresIn: TimeSpan.FromMinutes(1), issuedAt: DateTime.UtcNow.AddMinutes(-10)),
            "lives longer than five minutes" => "Bearer " + ehr.Jwt(expiresIn: TimeSpan.FromHours(1)),
            "audience of another endpoint" => "Bearer " + ehr.Jwt(audience: TestCdsClient.PublicBaseUrl + "/cds-services"),
            "issuer not on the allow-list" => "Bearer " + ehr.Jwt(issuer: "https://attacker.example.org/"),
            "signed by an unknown key" => "Bearer " + stranger.Jwt(),
            _ => "Bearer " + TestCdsClient.HmacJwt(),
        };

        using var response = await Call(authorization);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, what);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("cards");
    }

    [Fact]
    public async Task A_replayed_jwt_is_refused_the_second_time()
    {
        string jwt = ehr.Jwt();

        using var first = await Call("Bearer " + jwt);
        using var replay = await Call("Bearer " + jwt);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        replay.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Discovery_needs_a_jwt_for_the_discovery_url()
    {
        using var without = await Call(null, "/cds-services");
        using var forTheService = await Call("Bearer " + ehr.Jwt(), "/cds-services");
        using var forDiscovery = await Call("Bearer " + ehr.Jwt(audience: TestCdsClient.PublicBaseUrl + "/cds-services"), "/cds-services");

        without.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        forTheService.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        forDiscovery.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_fhir_server_not_configured_for_the_client_is_never_called()
    {
        using var restricted = AuthenticatedService.Create(jwks, b => b.UseSetting("CdsHooks:Clients:0:FhirServers:0", "https://fhir.example.org/r4"));
        string call = "{\"hook\":\"patient-view\",\"hookInstance\":\"5b4f9e8a-0f5e-4a1e-9c43-1f0d8f1b2c3d\",\"context\":{\"patientId\":\"" + Requests.PatientId + "\"},"
            + "\"fhirServer\":\"https://169.254.169.254/latest\",\"fhirAuthorization\":{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"user/*.read\",\"subject\":\"cds\"}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, ServicePath) { Content = new StringContent(call, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ehr.Jwt());

        using var response = await restricted.CreateClient().SendAsync(request).WaitAsync(TimeSpan.FromSeconds(30));

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await response.Content.ReadAsStringAsync()).Should().Contain("not one configured for this CDS client");
    }

    [Fact]
    public async Task Feedback_needs_a_jwt_for_the_feedback_url()
    {
        string feedback = "{\"feedback\":[{\"card\":\"9368d37b-283f-44a0-93ea-547cebab93ed\",\"outcome\":\"overridden\",\"outcomeTimestamp\":\"2026-12-07T00:00:00Z\"}]}";

        using var without = await Call(null, ServicePath + "/feedback", feedback);
        using var forTheService = await Call("Bearer " + ehr.Jwt(), ServicePath + "/feedback", feedback);
        using var forFeedback = await Call("Bearer " + ehr.Jwt(audience: TestCdsClient.ServiceAudience + "/feedback"), ServicePath + "/feedback", feedback);

        without.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        forTheService.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        forFeedback.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_body_map_link_opens_in_the_clinicians_browser_without_a_jwt()
    {
        using var response = await Call("Bearer " + ehr.Jwt());
        var url = new Uri(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("cards")[0].GetProperty("links")[0].GetProperty("url").GetString()!);
        url.GetLeftPart(UriPartial.Authority).Should().Be("https://cds.example.org", "the link is built from PublicBaseUrl");

        using var figure = await service.CreateClient().GetAsync(url.AbsolutePath.Replace("/dystonia/", "/", StringComparison.Ordinal));

        figure.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Authentication_is_on_by_default_so_a_service_without_its_settings_does_not_start()
    {
        using var unconfigured = new WebApplicationFactory<Program>();

        var act = () => unconfigured.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*PublicBaseUrl*");
    }

    [Fact]
    public void Development_mode_says_so_loudly_at_start()
    {
        var sink = new ConcurrentQueue<(LogLevel Level, string Message)>();
        using var development = new DevelopmentModeFactory().WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(new CapturingLogger(sink)))));

        development.CreateClient();

        sink.Should().Contain(m => m.Level == LogLevel.Critical && m.Message.Contains("CdsHooks:RequireAuthentication=false", StringComparison.Ordinal));
    }
}
