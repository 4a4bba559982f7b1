using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.CdsHooks.Tests.Support;
using Xunit.Abstractions;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>
/// The service as deployed (a real process, client authentication on, every call with its own signed JWT, the JWK Set
/// read over HTTP), under concurrent patient-view calls on loopback. A short run by default; set
/// DYSTONIA_CDS_LOAD_REQUESTS (for example 20000) to measure, and read the numbers in the test output
/// (<c>dotnet test ... --filter LoadTests --logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Concurrent_authenticated_calls_all_get_their_card_with_bounded_latency_and_memory()
    {
        int requests = int.TryParse(Environment.GetEnvironmentVariable("DYSTONIA_CDS_LOAD_REQUESTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 300;
        const int Concurrency = 16;
        const int WarmUp = 200;
        await using var jwks = await LoopbackFhirServer.StartAsync();
        using var ehr = new TestCdsClient();
        jwks.JwkSet = ehr.JwkSet;
        string keys = Path.Combine(Path.GetTempPath(), "dystonia-load-keys-" + Guid.NewGuid().ToString("N"));
        int port = FreeLoopbackPort();
        string baseUrl = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("dotnet",
        [
            Path.Combine(AppContext.BaseDirectory, "Dystonia.Classification.CdsHooks.dll"), "--urls", baseUrl,
            "--CdsHooks:PublicBaseUrl=" + baseUrl,
            "--CdsHooks:Clients:0:Issuer=" + TestCdsClient.Issuer,
            "--CdsHooks:Clients:0:JwksUrl=" + jwks.BaseUrl.Replace("/fhir", "/jwks.json", StringComparison.Ordinal),
            "--CdsHooks:KeyDirectory=" + keys,
            "--CdsHooks:PermitsPerMinute=1000000",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        long logLines = 0;
        process.OutputDataReceived += (_, _) => Interlocked.Increment(ref logLines);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
            for (int attempt = 0; attempt < 100; attempt++)
            {
                try
                {
                    using var live = await client.GetAsync("/health/ready");
                    if (live.IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(200);
            }

            // Every call needs a JWT of its own (jti is used once): sign them all before the clock starts.
            var tokens = new ConcurrentQueue<string>(Enumerable.Range(0, requests + WarmUp).Select(_ => ehr.Jwt(audience: baseUrl + "/cds-services/dystonia-classification")));
            string body = Requests.OnePerDistribution.Single(c => c.Label == "hemidystonia").Request;
            var latencies = new ConcurrentBag<double>();
            var failures = new ConcurrentBag<HttpStatusCode>();
            async Task Run(int count, bool record)
            {
                int remaining = count;
                await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
                {
                    while (Interlocked.Decrement(ref remaining) >= 0 && tokens.TryDequeue(out var token))
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Post, "/cds-services/dystonia-classification") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                        request.Headers.Add("Authorization", "Bearer " + token);
                        long began = Stopwatch.GetTimestamp();
                        using var response = await client.SendAsync(request);
                        await response.Content.ReadAsByteArrayAsync();
                        if (record)
                        {
                            latencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                        }

                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            failures.Add(response.StatusCode);
                        }
                    }
                }));
            }

            await Run(WarmUp, record: false);
            process.Refresh();
            long memoryStart = process.WorkingSet64;
            var clock = Stopwatch.StartNew();
            await Run(requests, record: true).WaitAsync(TimeSpan.FromMinutes(15));
            clock.Stop();
            process.Refresh();
            long memoryEnd = process.WorkingSet64;

            var sorted = latencies.OrderBy(l => l).ToArray();
            double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{requests} authenticated patient-view calls, {Concurrency} concurrent, loopback, {Environment.ProcessorCount} cores: {requests / clock.Elapsed.TotalSeconds:F0} requests/s, p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {sorted[^1]:F1} ms; service working set {memoryStart / 1048576.0:F0} MiB after warm-up, {memoryEnd / 1048576.0:F0} MiB at the end; {Interlocked.Read(ref logLines)} log lines"));

            failures.Should().BeEmpty();
            sorted.Should().HaveCount(requests);
            Percentile(0.99).Should().BeLessThan(5000);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            if (Directory.Exists(keys))
            {
                Directory.Delete(keys, recursive: true);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
