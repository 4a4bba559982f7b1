using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// The service's settings, read once at start from configuration (section <c>CdsHooks</c>, plus the older top-level
/// <c>PublicBaseUrl</c>). A setting that cannot be right stops the service at start rather than failing a call.
/// docs/ehr-integration.md lists them.
/// </summary>
internal sealed class CdsHooksOptions
{
    /// <summary>
    /// Whether every call must carry a CDS client's signed JWT (CDS Hooks 2.0 "Trusting CDS Clients"). On by default;
    /// off only as an explicit development mode, which also accepts an http fhirServer on loopback.
    /// </summary>
    internal bool RequireAuthentication { get; init; } = true;

    /// <summary>The address of this service as the EHR and the clinicians' browsers reach it, without a trailing slash.</summary>
    internal string? PublicBaseUrl { get; init; }

    /// <summary>The CDS clients trusted: each issuer with the JWK Set its keys are read from.</summary>
    internal IReadOnlyList<TrustedClient> Clients { get; init; } = [];

    /// <summary>Where the Data Protection key ring lives (a folder shared by every instance), or null for the framework's default.</summary>
    internal string? KeyDirectory { get; init; }

    /// <summary>Origins of browser-based CDS clients allowed by CORS; empty allows any origin (no credentials are ever allowed).</summary>
    internal IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>Calls per minute allowed to one client (an issuer, or an address when unauthenticated).</summary>
    internal int PermitsPerMinute { get; init; } = 600;

    /// <summary>How long one request to the EHR's FHIR server may take.</summary>
    internal TimeSpan FhirTimeout { get; init; } = TimeSpan.FromSeconds(10);

    internal static CdsHooksOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("CdsHooks");
        bool requireAuthentication = !string.Equals(section["RequireAuthentication"], "false", StringComparison.OrdinalIgnoreCase);
        if (section["RequireAuthentication"] is { } value && !bool.TryParse(value, out _))
        {
            throw new InvalidOperationException("CdsHooks:RequireAuthentication must be true or false.");
        }

        string? publicBaseUrl = null;
        var configured = section["PublicBaseUrl"] ?? configuration["PublicBaseUrl"];
        if (!string.IsNullOrEmpty(configured))
        {
            if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                throw new InvalidOperationException("PublicBaseUrl must be an absolute http or https URL without query or fragment.");
            }

            publicBaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }

        var clients = new List<TrustedClient>();
        foreach (var client in section.GetSection("Clients").GetChildren())
        {
            string? issuer = client["Issuer"];
            string? jwks = client["JwksUrl"];
            if (string.IsNullOrEmpty(issuer) || !Uri.TryCreate(jwks, UriKind.Absolute, out var jwksUri)
                || !(jwksUri.Scheme == Uri.UriSchemeHttps || (jwksUri.Scheme == Uri.UriSchemeHttp && jwksUri.IsLoopback)))
            {
                throw new InvalidOperationException("Each CdsHooks:Clients entry needs an Issuer and an https JwksUrl (http only on loopback).");
            }

            var servers = new List<string>();
            foreach (var server in client.GetSection("FhirServers").GetChildren().Select(c => c.Value).OfType<string>())
            {
                if (!Uri.TryCreate(server, UriKind.Absolute, out var serverUri) || serverUri.Scheme != Uri.UriSchemeHttps || serverUri.Query.Length > 0)
                {
                    throw new InvalidOperationException("Each CdsHooks:Clients:N:FhirServers entry must be an https base URL without query.");
                }

                servers.Add(serverUri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
            }

            clients.Add(new TrustedClient(issuer, jwksUri, servers));
        }

        if (requireAuthentication)
        {
            // The JWT's audience is this service's own URL, which the service can only know from its configuration.
            if (publicBaseUrl is null)
            {
                throw new InvalidOperationException("CdsHooks:PublicBaseUrl is required when client authentication is on (CdsHooks:RequireAuthentication, the default): the JWT audience is the service's public URL.");
            }

            if (clients.Count == 0)
            {
                throw new InvalidOperationException("CdsHooks:Clients must name at least one trusted issuer with its JwksUrl when client authentication is on.");
            }
        }

        int permits = 600;
        if (section["PermitsPerMinute"] is { } permitText && (!int.TryParse(permitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out permits) || permits < 1))
        {
            throw new InvalidOperationException("CdsHooks:PermitsPerMinute must be a positive whole number.");
        }

        int timeoutSeconds = 10;
        if (section["FhirTimeoutSeconds"] is { } timeoutText && (!int.TryParse(timeoutText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out timeoutSeconds) || timeoutSeconds is < 1 or > 60))
        {
            throw new InvalidOperationException("CdsHooks:FhirTimeoutSeconds must be a whole number from 1 to 60.");
        }

        return new CdsHooksOptions
        {
            FhirTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            RequireAuthentication = requireAuthentication,
            PublicBaseUrl = publicBaseUrl,
            Clients = clients,
            KeyDirectory = string.IsNullOrEmpty(section["KeyDirectory"]) ? null : section["KeyDirectory"],
            CorsOrigins = section.GetSection("CorsOrigins").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToArray(),
            PermitsPerMinute = permits,
        };
    }

    /// <summary>A CDS client the service trusts: its JWT issuer and the URL of its JWK Set.</summary>
    /// <remarks>
    /// <see cref="FhirServers"/>, when given, are the only fhirServer base URLs the service calls for this client's
    /// requests: a stolen or mistaken request cannot then send the service to another address with a bearer token.
    /// </remarks>
    internal sealed record TrustedClient(string Issuer, Uri JwksUrl, IReadOnlyList<string> FhirServers);
}
