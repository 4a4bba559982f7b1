using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dystonia.Classification.CdsHooks.Tests.Support;

/// <summary>The service in process as deployed: client authentication on, one trusted issuer whose JWK Set is on a loopback server.</summary>
internal static class AuthenticatedService
{
    internal static WebApplicationFactory<Program> Create(LoopbackFhirServer jwks, Action<IWebHostBuilder>? configure = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("CdsHooks:PublicBaseUrl", TestCdsClient.PublicBaseUrl);
            b.UseSetting("CdsHooks:Clients:0:Issuer", TestCdsClient.Issuer);
            b.UseSetting("CdsHooks:Clients:0:JwksUrl", jwks.BaseUrl.Replace("/fhir", "/jwks.json", StringComparison.Ordinal));
            configure?.Invoke(b);
        });
}
