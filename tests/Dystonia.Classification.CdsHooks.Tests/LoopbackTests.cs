using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>The service started as a real process on a loopback port, called over real HTTP, as docs/ehr-integration.md shows.</summary>
public sealed class LoopbackTests
{
    [Fact]
    public async Task The_service_answers_discovery_and_a_patient_view_call_over_real_http_on_loopback()
    {
        int port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Dystonia.Classification.CdsHooks.dll"), "--urls", "http://127.0.0.1:" + port, "--CdsHooks:RequireAuthentication=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                output.Enqueue(line.Data);
            }
        };
        process.BeginOutputReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port), Timeout = TimeSpan.FromSeconds(10) };
            string? discovery = null;
            for (int attempt = 0; attempt < 100 && discovery is null; attempt++)
            {
                try
                {
                    discovery = await client.GetStringAsync("/cds-services");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }

            discovery.Should().NotBeNull("the service should start within 20 s");
            JsonDocument.Parse(discovery!).RootElement.GetProperty("services")[0].GetProperty("id").GetString().Should().Be("dystonia-classification");

            using var content = new StringContent(Requests.OnePerDistribution.Single(c => c.Label == "multifocal").Request, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/cds-services/dystonia-classification", content);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("cards")[0].GetProperty("summary").GetString().Should().StartWith("Dystonia: multifocal");

            // The logs are JSON lines; the call's line carries its hookInstance as a scope, and nothing of the patient.
            for (int attempt = 0; attempt < 50 && !output.Any(l => l.Contains("CDS request handled", StringComparison.Ordinal)); attempt++)
            {
                await Task.Delay(100);
            }

            var handled = output.Select(l => JsonDocument.Parse(l).RootElement).Single(l => l.GetProperty("EventId").GetInt32() == 1);
            handled.GetProperty("Message").GetString().Should().Be("CDS request handled with status 200 in " + handled.GetProperty("State").GetProperty("ElapsedMilliseconds").GetRawText() + " ms");
            handled.GetProperty("Scopes").EnumerateArray().Select(s => s.TryGetProperty("hookInstance", out var h) ? h.GetString() : null).Should().Contain("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
            output.Should().NotContain(l => l.Contains(Requests.PatientId, StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
