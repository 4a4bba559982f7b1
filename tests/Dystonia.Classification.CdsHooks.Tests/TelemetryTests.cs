using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.CdsHooks.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>OpenTelemetry traces: the calls, the FHIR server requests and the service's own span, none holding a patient id or a link token.</summary>
[Collection(RunAlone.Name)]
public sealed class TelemetryTests : IClassFixture<DevelopmentModeFactory>
{
    private readonly DevelopmentModeFactory factory;

    public TelemetryTests(DevelopmentModeFactory factory) => this.factory = factory;

    [Fact]
    public async Task Spans_show_the_call_its_fhir_requests_and_the_hook_instance_but_no_patient_id_nor_link_token()
    {
        var spans = new List<Activity>();
        await using var fhir = await LoopbackFhirServer.StartAsync();
        fhir.Add("{\"resourceType\":\"Patient\",\"id\":\"" + Requests.PatientId + "\",\"birthDate\":\"1990-05-01\"}");
        fhir.Add(JsonDocument.Parse(Requests.Dystonia("neck")).RootElement.GetProperty("resource").GetRawText());
        using var traced = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        var client = traced.CreateClient();
        string call = "{\"hook\":\"patient-view\",\"hookInstance\":\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\",\"context\":{\"patientId\":\"" + Requests.PatientId + "\"},\"fhirServer\":\"" + fhir.BaseUrl
            + "\",\"fhirAuthorization\":{\"access_token\":\"" + LoopbackFhirServer.Token + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"user/*.read\",\"subject\":\"cds\"}}";

        using var response = await client.PostAsync("/cds-services/dystonia-classification", new StringContent(call, Encoding.UTF8, "application/json")).WaitAsync(TimeSpan.FromSeconds(30));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var url = new Uri(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("cards")[0].GetProperty("links")[0].GetProperty("url").GetString()!);
        (await client.GetAsync(url.PathAndQuery)).StatusCode.Should().Be(HttpStatusCode.OK);
        traced.Services.GetRequiredService<TracerProvider>().ForceFlush();

        spans.Should().Contain(s => s.DisplayName == "cds.gather_record" && (int)s.GetTagItem("cds.fhir_fetches")! == 3);
        spans.Should().Contain(s => (string?)s.GetTagItem("cds.hook_instance") == "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        // Other tests run in parallel in this process: count only the calls to this test's FHIR server.
        int port = new Uri(fhir.BaseUrl).Port;
        spans.Count(s => s.Kind == ActivityKind.Client && Equals(s.GetTagItem("server.port"), port)).Should().Be(3, "the Patient read and the two searches");
        string token = url.Segments[^1];
        // The loopback FHIR server runs in this process too; its own server spans are the EHR's, not the service's.
        foreach (var span in spans.Where(s => !(s.Kind == ActivityKind.Server && ((string?)s.GetTagItem("http.route"))?.StartsWith("/fhir", StringComparison.Ordinal) == true)))
        {
            var text = span.DisplayName + " " + string.Join(" ", span.TagObjects.Select(t => t.Key + "=" + t.Value));
            text.Should().NotContain(Requests.PatientId).And.NotContain(token[..16]).And.NotContain(LoopbackFhirServer.Token);
        }
    }

    [Fact]
    public async Task Metrics_count_the_calls_by_status_and_the_framework_reports_request_durations()
    {
        var metrics = new List<OpenTelemetry.Metrics.Metric>();
        using var measured = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))));
        var client = measured.CreateClient();

        using var card = await client.PostAsync("/cds-services/dystonia-classification", new StringContent(Requests.OnePerDistribution[0].Request, Encoding.UTF8, "application/json")).WaitAsync(TimeSpan.FromSeconds(30));
        using var refused = await client.PostAsync("/cds-services/dystonia-classification", new StringContent("{}", Encoding.UTF8, "text/plain")).WaitAsync(TimeSpan.FromSeconds(30));
        measured.Services.GetRequiredService<OpenTelemetry.Metrics.MeterProvider>().ForceFlush();

        var calls = metrics.Last(m => m.Name == "cds.calls");
        var statuses = new List<int>();
        foreach (ref readonly var point in calls.GetMetricPoints())
        {
            foreach (var tag in point.Tags)
            {
                statuses.Add((int)tag.Value!);
            }
        }

        statuses.Should().Contain([200, 415]);
        metrics.Should().Contain(m => m.Name == "http.server.request.duration");
    }
}
