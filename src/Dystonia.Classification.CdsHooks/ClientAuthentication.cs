using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// CDS Hooks 2.0 "Trusting CDS Clients": every call (discovery, the service, its feedback) carries a JWT signed with
/// the CDS client's private key. The service checks the signature against the issuer's JWK Set (read from the
/// configured URL, never from the token's own <c>jku</c>), that <c>iss</c> is on the allow-list, that <c>aud</c> is the
/// URL of the endpoint called, that <c>exp</c> and <c>iat</c> are present and the token lives at most five minutes, and
/// that its <c>jti</c> has not been seen before. HMAC and unsigned tokens are refused, as the specification requires.
/// </summary>
internal static partial class ClientAuthentication
{
    /// <summary>The longest lifetime accepted (exp - now): it bounds how long a jti must be remembered.</summary>
    internal static readonly TimeSpan MaximumLifetime = TimeSpan.FromMinutes(5);

    internal static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);

    /// <summary>Asymmetric algorithms only: the specification forbids "none" and every symmetric (HMAC) one.</summary>
    internal static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
    ];

    internal static void AddCdsClientAuthentication(this IServiceCollection services, CdsHooksOptions options)
    {
        var keys = new JwkSets(options.Clients);
        var seen = new SeenTokens();
        services.AddSingleton(keys);
        services.AddSingleton(seen);
        services.AddHttpClient(nameof(JwkSets)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = true;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuers = options.Clients.Select(c => c.Issuer).ToArray(),
                ValidateIssuer = true,
                // Each endpoint's own URL is checked per request in OnTokenValidated; these are the three there are.
                ValidAudiences = [options.PublicBaseUrl + "/cds-services", options.PublicBaseUrl + DystoniaService.ServicePath, options.PublicBaseUrl + DystoniaService.ServicePath + "/feedback"],
                ValidateAudience = true,
                RequireExpirationTime = true,
                ValidateLifetime = true,
                ClockSkew = ClockSkew,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                ValidAlgorithms = Algorithms,
                ValidTypes = ["JWT"],
                IssuerSigningKeyResolver = (_, token, _, _) => keys.Cached(token.Issuer),
            };
            jwt.Events = new JwtBearerEvents
            {
                // The signing keys are fetched (asynchronously) before validation, for an issuer on the allow-list only.
                OnMessageReceived = async context =>
                {
                    string? header = context.Request.Headers.Authorization;
                    if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
                    {
                        return;
                    }

                    string raw = header["Bearer ".Length..].Trim();
                    context.Token = raw;
                    JsonWebToken unverified;
                    try
                    {
                        unverified = new JsonWebTokenHandler().ReadJsonWebToken(raw);
                    }
                    catch (Exception e) when (e is ArgumentException or SecurityTokenException)
                    {
                        // Not a JWT at all: validation refuses it with 401 without any key.
                        return;
                    }

                    var factory = context.HttpContext.RequestServices.GetRequiredService<IHttpClientFactory>();
                    await keys.EnsureAsync(unverified.Issuer, unverified.Kid, factory, context.HttpContext.RequestAborted).ConfigureAwait(false);
                },
                OnTokenValidated = context =>
                {
                    var token = (JsonWebToken)context.SecurityToken;
                    string endpoint = options.PublicBaseUrl + context.Request.Path.ToUriComponent();
                    var now = DateTimeOffset.UtcNow;
                    if (!token.Audiences.Contains(endpoint, StringComparer.Ordinal))
                    {
                        context.Fail("The JWT's aud is not the URL of the endpoint called.");
                    }
                    else if (!token.TryGetPayloadValue<string>("jti", out var jti) || string.IsNullOrEmpty(jti) || !token.TryGetPayloadValue<long>("iat", out _))
                    {
                        context.Fail("The JWT lacks jti or iat.");
                    }
                    else if (token.ValidTo > now.UtcDateTime + MaximumLifetime + ClockSkew)
                    {
                        context.Fail("The JWT lives longer than five minutes.");
                    }
                    else if (!seen.TryAdd(token.Issuer, jti, token.ValidTo, now))
                    {
                        context.Fail("The JWT's jti was seen before.");
                    }

                    return Task.CompletedTask;
                },
                OnAuthenticationFailed = context =>
                {
                    // The reason, never the token.
                    LogRefused(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientAuthentication)), context.Exception.GetType().Name);
                    return Task.CompletedTask;
                },
            };
        });
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "CDS client JWT refused ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);

    /// <summary>The trusted issuers' JWK Sets, read from their configured URLs and kept ten minutes; an unknown kid refreshes them at most every 30 s.</summary>
    internal sealed class JwkSets : IDisposable
    {
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
        private static readonly TimeSpan RefreshGap = TimeSpan.FromSeconds(30);
        private readonly Dictionary<string, Uri> urls;
        private readonly ConcurrentDictionary<string, (IReadOnlyList<SecurityKey> Keys, DateTimeOffset Fetched)> sets = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim gate = new(1, 1);

        internal JwkSets(IReadOnlyList<CdsHooksOptions.TrustedClient> clients) =>
            urls = clients.ToDictionary(c => c.Issuer, c => c.JwksUrl, StringComparer.Ordinal);

        public void Dispose() => gate.Dispose();

        internal IEnumerable<SecurityKey> Cached(string? issuer) =>
            issuer is not null && sets.TryGetValue(issuer, out var set) ? set.Keys : [];

        internal async Task EnsureAsync(string? issuer, string? kid, IHttpClientFactory clients, CancellationToken cancellation)
        {
            if (issuer is null || !urls.TryGetValue(issuer, out var url))
            {
                return;
            }

            var now = DateTimeOffset.UtcNow;
            if (sets.TryGetValue(issuer, out var set) && now - set.Fetched < Lifetime
                && (kid is null || set.Keys.Any(k => k.KeyId == kid) || now - set.Fetched < RefreshGap))
            {
                return;
            }

            await gate.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                if (sets.TryGetValue(issuer, out set) && now - set.Fetched < RefreshGap)
                {
                    return;
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                try
                {
                    string json = await clients.CreateClient(nameof(JwkSets)).GetStringAsync(url, timeout.Token).ConfigureAwait(false);
                    var keys = new JsonWebKeySet(json).GetSigningKeys();
                    sets[issuer] = (keys.ToArray(), now);
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or ArgumentException)
                {
                    // Keep the keys there were; the token then fails to validate if its key is not among them.
                    if (set.Keys is null)
                    {
                        sets[issuer] = ([], now);
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }
    }

    /// <summary>The jti of every token accepted, until it expires: a token is good for one call only. Only signed, valid tokens reach it.</summary>
    internal sealed class SeenTokens
    {
        private readonly ConcurrentDictionary<string, DateTime> seen = new(StringComparer.Ordinal);
        private long lastSweep;

        internal int Count => seen.Count;

        internal bool TryAdd(string issuer, string jti, DateTime expires, DateTimeOffset now)
        {
            long sweep = Interlocked.Read(ref lastSweep);
            if (now.UtcTicks - sweep > TimeSpan.TicksPerSecond * 30 && Interlocked.CompareExchange(ref lastSweep, now.UtcTicks, sweep) == sweep)
            {
                foreach (var entry in seen)
                {
                    if (entry.Value + ClockSkew < now.UtcDateTime)
                    {
                        seen.TryRemove(entry.Key, out _);
                    }
                }
            }

            return seen.TryAdd(issuer + "\n" + jti, expires);
        }
    }

    /// <summary>Requires the CDS client's JWT on an endpoint when authentication is on; in development mode nothing.</summary>
    internal static TBuilder RequireCdsClient<TBuilder>(this TBuilder builder, CdsHooksOptions options)
        where TBuilder : Microsoft.AspNetCore.Builder.IEndpointConventionBuilder =>
        options.RequireAuthentication ? Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions.RequireAuthorization(builder) : builder;
}
