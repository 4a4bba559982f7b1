using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http;
using Microsoft.AspNetCore.Http;

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

    /// <summary>A body map's path holds its link token: the span keeps the route instead.</summary>
    internal static void ScrubServerSpan(Activity activity, HttpRequest request)
    {
        if (request.Path.StartsWithSegments(DystoniaService.BodyMapPath.TrimEnd('/'), StringComparison.Ordinal))
        {
            activity.SetTag("url.path", DystoniaService.BodyMapPath + "{token}");
            activity.DisplayName = request.Method + " " + DystoniaService.BodyMapPath + "{token}";
        }
    }

    /// <summary>An outbound URL names the patient (a read's path, a search's query): the span keeps the server only.</summary>
    internal static void ScrubClientSpan(Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is { } uri)
        {
            activity.SetTag("url.full", uri.GetLeftPart(UriPartial.Authority) + "/");
        }
    }
}
