using System;
using Dystonia.Classification.CdsHooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var builder = WebApplication.CreateBuilder(args);
var settings = CdsHooksOptions.Read(builder.Configuration);
builder.Services.AddSingleton(settings);
builder.Services.AddDystoniaClassification();
builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<BodyMapLinks>();
builder.Services.AddSingleton<DystoniaService>();
builder.Services.AddSingleton<PatientRecord>();
// The body-map links are sealed with this key ring: every instance behind one address must share it (a folder on a
// shared volume here; docs/ehr-integration.md also names the database and Redis stores), or a link made on one
// instance does not open on another, nor after a restart.
var protection = builder.Services.AddDataProtection().SetApplicationName("Dystonia.Classification.CdsHooks");
if (settings.KeyDirectory is not null)
{
    protection.PersistKeysToFileSystem(new System.IO.DirectoryInfo(settings.KeyDirectory));
}

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = DystoniaService.MaximumBodyBytes + 1);

// Calls to the EHR's FHIR server: no redirects (the bearer token must not follow one elsewhere), no cookies.
builder.Services.AddHttpClient(nameof(PatientRecord))
    .ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

if (settings.RequireAuthentication)
{
    builder.Services.AddCdsClientAuthentication(settings);
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

app.UseExceptionHandler();
if (settings.RequireAuthentication)
{
    app.UseAuthentication();
    app.UseAuthorization();
}

app.MapGet("/cds-services", () => Results.Json(DystoniaService.Discovery)).RequireCdsClient(settings);
app.MapPost(DystoniaService.ServicePath, (HttpRequest request, DystoniaService service, System.Threading.CancellationToken cancellation) => service.HandleAsync(request, cancellation)).RequireCdsClient(settings);
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
