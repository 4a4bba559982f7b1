using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// Ready to answer: the card texts and the reader's code table load, and a body-map link can be sealed and opened with
/// the key ring (which, when it lives on a shared folder, must be reachable and writable).
/// </summary>
internal sealed class ReadinessCheck(BodyMapLinks links) : IHealthCheck
{
    private static readonly Presentation Probe = new() { Regions = [BodyRegion.Neck] };

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = DystoniaService.CardTexts.Value;
            _ = PatientRecord.CodeFilter.Value;
            bool opens = links.TryGet(links.Add(Probe, "en"), out _, out _);
            return Task.FromResult(opens ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The key ring does not open a link it sealed."));
        }
        catch (Exception e) when (e is InvalidOperationException or System.IO.IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.GetType().Name));
        }
    }
}
