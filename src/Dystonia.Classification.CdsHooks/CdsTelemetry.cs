using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// The service's own traces and metrics, exported with ASP.NET Core's and HttpClient's by OpenTelemetry when it is
/// configured (docs/ehr-integration.md). Tags carry status codes, counts and the hook instance, never a patient id, a
/// finding or a link token.
/// </summary>
internal static class CdsTelemetry
{
    internal const string Name = "Dystonia.Classification.CdsHooks";

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    /// <summary>patient-view calls answered, by status code.</summary>
    internal static readonly Counter<long> Calls = Meter.CreateCounter<long>("cds.calls", description: "patient-view calls answered, by HTTP status code");

    /// <summary>Requests made to the EHR's FHIR server for what the prefetch lacked.</summary>
    internal static readonly Counter<long> FhirRequests = Meter.CreateCounter<long>("cds.fhir.requests", description: "Requests to the EHR's FHIR server (searches, reads and next pages)");

    /// <summary>Body-map links opened, by status code.</summary>
    internal static readonly Counter<long> BodyMaps = Meter.CreateCounter<long>("cds.body_maps", description: "Body-map links opened, by HTTP status code");
}
