using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Dystonia.Classification.CdsHooks.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dystonia.Classification.CdsHooks.Tests;

/// <summary>
/// Two instances behind one address, sharing the Data Protection key ring through a folder (CdsHooks:KeyDirectory):
/// a body-map link made by one opens on the other, and on both after they restart. Without the shared ring it does not.
/// </summary>
public sealed class SharedKeyRingTests : IDisposable
{
    private readonly string keys = Path.Combine(Path.GetTempPath(), "dystonia-keys-" + Guid.NewGuid().ToString("N"));

    private static WebApplicationFactory<Program> Instance(string keyDirectory) =>
        new DevelopmentModeFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("CdsHooks:KeyDirectory", keyDirectory);
            b.UseSetting("CdsHooks:PublicBaseUrl", "https://cds.example.org");
        });

    private static async Task<string> LinkPath(WebApplicationFactory<Program> instance)
    {
        using var content = new StringContent(Requests.OnePerDistribution.Single(c => c.Label == "hemidystonia").Request, Encoding.UTF8, "application/json");
        using var response = await instance.CreateClient().PostAsync("/cds-services/dystonia-classification", content).WaitAsync(TimeSpan.FromSeconds(30));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var url = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("cards")[0].GetProperty("links")[0].GetProperty("url").GetString()!;
        return new Uri(url).AbsolutePath;
    }

    private static async Task<HttpStatusCode> Open(WebApplicationFactory<Program> instance, string path)
    {
        using var response = await instance.CreateClient().GetAsync(path).WaitAsync(TimeSpan.FromSeconds(30));
        return response.StatusCode;
    }

    [Fact]
    public async Task A_link_made_on_one_instance_opens_on_the_other_and_after_both_restart()
    {
        string path;
        using (var first = Instance(keys))
        using (var second = Instance(keys))
        {
            path = await LinkPath(first);
            (await Open(second, path)).Should().Be(HttpStatusCode.OK, "the second instance reads the shared key ring");
            (await Open(first, path)).Should().Be(HttpStatusCode.OK);
        }

        using var firstAgain = Instance(keys);
        using var secondAgain = Instance(keys);
        (await Open(firstAgain, path)).Should().Be(HttpStatusCode.OK, "a restart keeps the key ring, so the link");
        (await Open(secondAgain, path)).Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_instance_with_another_key_ring_does_not_open_the_link()
    {
        string other = keys + "-other";
        try
        {
            using var first = Instance(keys);
            using var stranger = Instance(other);

            (await Open(stranger, await LinkPath(first))).Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            if (Directory.Exists(other))
            {
                Directory.Delete(other, recursive: true);
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(keys))
        {
            Directory.Delete(keys, recursive: true);
        }
    }
}
