using System;
using Dystonia.Classification.CdsHooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDystoniaClassification();
builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<BodyMapLinks>();
builder.Services.AddSingleton<DystoniaService>();
builder.Services.AddSingleton(CdsHooksOptions.Read(builder.Configuration));
builder.Services.AddSingleton<PatientRecord>();

// Calls to the EHR's FHIR server: no redirects (the bearer token must not follow one elsewhere), no cookies.
builder.Services.AddHttpClient(nameof(PatientRecord))
    .ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = DystoniaService.MaximumBodyBytes + 1);

var app = builder.Build();

// Resolved now so that a malformed PublicBaseUrl stops the service at start rather than failing the first call.
app.Services.GetRequiredService<DystoniaService>();
app.UseExceptionHandler();
app.MapGet("/cds-services", () => Results.Json(DystoniaService.Discovery));
app.MapPost("/cds-services/" + DystoniaService.Id, (HttpRequest request, DystoniaService service, System.Threading.CancellationToken cancellation) => service.HandleAsync(request, cancellation));
app.MapGet(DystoniaService.BodyMapPath + "{token}", (HttpContext context, string token, DystoniaService service) => service.HandleBodyMap(context, token));
app.Run();

/// <summary>The service's entry point; public so that in-process tests can host it.</summary>
public partial class Program
{
}
