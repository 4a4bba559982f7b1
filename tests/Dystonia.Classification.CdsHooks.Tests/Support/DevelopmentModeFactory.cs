using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dystonia.Classification.CdsHooks.Tests.Support;

/// <summary>
/// The service in process in its explicit development mode (<c>CdsHooks:RequireAuthentication=false</c>): no client
/// JWT, and an http fhirServer on loopback is accepted. The tests of client authentication use <see cref="AuthenticatedService"/>.
/// </summary>
public sealed class DevelopmentModeFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("CdsHooks:RequireAuthentication", "false");
}
