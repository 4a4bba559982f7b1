using System;
using System.Linq;
using System.Threading.RateLimiting;
using Dystonia.Classification.CdsHooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

var builder = WebApplication.CreateBuilder(args);
var settings = CdsHooksOptions.Read(builder.Configuration);
builder.Services.AddSingleton(settings);
builder.Services.AddDystoniaClassification();
builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<BodyMapLinks>();
builder.Services.AddSingleton<DystoniaService>();
builder.Services.AddSingleton<PatientRecord>();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = DystoniaService.MaximumBodyBytes + 1;
});

// Logs: JSON lines with scopes (each call's hookInstance), UTC. The framework's request logs and their per-request
// scope name the request path, which for a body map holds the link token: the hosting category is off (with it off
// the framework opens no request scope either), and routing and Kestrel stay at Warning whatever the configured level
// (so do the results' "Writing value of type …" lines, one per call and of no use).
// The service's own messages carry status codes and timings only (docs/reliability.md).
builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(json =>
{
    json.IncludeScopes = true;
    json.UseUtcTimestamp = true;
    json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
});
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
foreach (var category in new[] { "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Http.Result", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.HttpLogging", "Microsoft.AspNetCore.HttpsPolicy" })
{
    builder.Logging.AddFilter(category, LogLevel.Warning);
}

// The body-map links are sealed with this key ring: every instance behind one address must share it (a folder on a
// shared volume here; docs/ehr-integration.md also names the database and Redis stores), or a link made on one
// instance does not open on another, nor after a restart.
var protection = builder.Services.AddDataProtection().SetApplicationName("Dystonia.Classification.CdsHooks");
if (settings.KeyDirectory is not null)
{
    protection.PersistKeysToFileSystem(new System.IO.DirectoryInfo(settings.KeyDirectory));
}

// Calls to the EHR's FHIR server: no redirects (the bearer token must not follow one elsewhere), no cookies.
builder.Services.AddHttpClient(nameof(PatientRecord))
    .ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

if (settings.RequireAuthentication)
{
    builder.Services.AddCdsClientAuthentication(settings);
}

// Behind a reverse proxy: the client's address and scheme from X-Forwarded-For and X-Forwarded-Proto, trusted only from
// the proxies named in CdsHooks:KnownProxies (loopback by default). X-Forwarded-Host is not read: links come from
// PublicBaseUrl. AllowedHosts (the framework's host filtering) refuses other Host headers when set.
builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
{
    forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    foreach (var proxy in builder.Configuration.GetSection("CdsHooks:KnownProxies").GetChildren().Select(c => c.Value).OfType<string>())
    {
        forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    }
});

// CORS for browser-based CDS clients (CDS Hooks 2.0 "Cross-Origin Resource Sharing"): the configured origins, or any
// origin; never credentials, since the service authenticates by the JWT in the Authorization header, not by cookies.
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
{
    if (settings.CorsOrigins.Count > 0)
    {
        policy.WithOrigins(settings.CorsOrigins.ToArray());
    }
    else
    {
        policy.AllowAnyOrigin();
    }

    policy.WithMethods("GET", "POST", "OPTIONS")
        .WithHeaders("Authorization", "Content-Type", "Accept", "Accept-Language")
        .WithExposedHeaders("Content-Language")
        .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
}));

// Per client (its address, after the forwarded headers): a fixed window of CdsHooks:PermitsPerMinute calls; the health
// probes are not counted.
builder.Services.AddRateLimiter(limiter =>
{
    limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    limiter.OnRejected = (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = "60";
        return System.Threading.Tasks.ValueTask.CompletedTask;
    };
    limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)
            ? RateLimitPartition.GetNoLimiter("health")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
});

// Live: the process answers. Ready: the card texts and code table load and the key ring seals and opens a link.
builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);

// Traces and metrics: ASP.NET Core's, HttpClient's (the FHIR server, the JWK Sets) and the service's own. Exported over
// OTLP when OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_*) is set; otherwise collected for no one. No span
// carries a patient id or a link token: a body map's path is written as its route, and an outbound URL keeps only its
// server (a FHIR read names the patient in its path, a search in its query).
var telemetry = builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("dystonia-classification-cds-hooks"))
    .WithTracing(tracing => tracing
        .AddSource(CdsTelemetry.Name)
        .AddAspNetCoreInstrumentation(aspNetCore =>
        {
            aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
            aspNetCore.EnrichWithHttpRequest = CdsTelemetry.ScrubServerSpan;
        })
        .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = CdsTelemetry.ScrubClientSpan))
    .WithMetrics(metrics => metrics
        .AddMeter(CdsTelemetry.Name)
        .AddAspNetCoreInstrumentation()
        .AddHttpClientInstrumentation());
if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    telemetry.UseOtlpExporter();
}

var app = builder.Build();

// Resolved now so that a malformed setting stops the service at start rather than failing the first call.
app.Services.GetRequiredService<DystoniaService>();
if (!settings.RequireAuthentication)
{
    app.Logger.LogWarningDevelopmentMode();
}

if (settings.KeyDirectory is null)
{
    app.Logger.LogNoSharedKeyRing();
}

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseCors();
app.UseRateLimiter();
if (settings.RequireAuthentication)
{
    app.UseAuthentication();
    app.UseAuthorization();
}

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapGet("/cds-services", () => Results.Json(DystoniaService.Discovery)).RequireCdsClient(settings);
app.MapPost(DystoniaService.ServicePath, (HttpRequest request, DystoniaService service, System.Threading.CancellationToken cancellation) => service.HandleAsync(request, cancellation)).RequireCdsClient(settings);
app.MapPost(Feedback.Path, (HttpRequest request, ILogger<DystoniaService> logger, System.Threading.CancellationToken cancellation) => Feedback.HandleAsync(request, logger, cancellation)).RequireCdsClient(settings);
// The body map is opened by the clinician's browser, which has no CDS client JWT: the link itself is the capability.
app.MapGet(DystoniaService.BodyMapPath + "{token}", (HttpContext context, string token, DystoniaService service) => service.HandleBodyMap(context, token));
app.Run();

/// <summary>The service's entry point; public so that in-process tests can host it.</summary>
public partial class Program
{
}

/// <summary>The start-up messages.</summary>
internal static partial class StartupLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Critical, Message = "DEVELOPMENT MODE: CDS client authentication is OFF (CdsHooks:RequireAuthentication=false). Any caller gets cards, and an http fhirServer on loopback is accepted. Never run this mode with patient data.")]
    internal static partial void LogWarningDevelopmentMode(this ILogger logger);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "CdsHooks:KeyDirectory is not set: body-map links are sealed with this machine's own key ring and open on no other instance. Share a key ring between instances (docs/ehr-integration.md).")]
    internal static partial void LogNoSharedKeyRing(this ILogger logger);
}
