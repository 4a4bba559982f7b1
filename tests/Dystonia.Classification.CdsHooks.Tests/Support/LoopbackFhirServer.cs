using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dystonia.Classification.CdsHooks.Tests.Support;

/// <summary>
/// A small FHIR R4 server on a loopback port, as an EHR's would answer the service: read of a Patient, search by
/// <c>patient</c>, <c>code</c> (token, <c>system|code</c>, <c>system|</c>, comma-separated) and <c>_count</c>, pages
/// chained by absolute <c>next</c> links with <c>total</c>, and a bearer token on every call (401 without it). It also
/// serves a JWK Set for the tests' CDS clients. It records what it was asked, so tests can check what reached it.
/// </summary>
internal sealed class LoopbackFhirServer : IAsyncDisposable
{
    internal const string Token = "fhir-access-token-for-the-cds-service";
    private readonly WebApplication app;
    private readonly List<JsonObject> resources = [];
    private readonly object gate = new();

    private LoopbackFhirServer(WebApplication app) => this.app = app;

    /// <summary>The FHIR base URL, for example <c>http://127.0.0.1:41234/fhir</c>.</summary>
    internal string BaseUrl { get; private set; } = "";

    /// <summary>Every request received: method, path and query, and the Authorization header (or null).</summary>
    internal ConcurrentQueue<(string PathAndQuery, string? Authorization)> Requests { get; } = new();

    /// <summary>The JWK Set served at <c>/jwks.json</c>.</summary>
    internal string JwkSet { get; set; } = "{\"keys\":[]}";

    /// <summary>The largest page served, whatever <c>_count</c> asks.</summary>
    internal int MaximumPageSize { get; set; } = 1000;

    /// <summary>How long the server waits before answering a FHIR request.</summary>
    internal TimeSpan Delay { get; set; } = TimeSpan.Zero;

    internal int SearchRequests => Requests.Count(r => r.PathAndQuery.Contains('?', StringComparison.Ordinal) && !r.PathAndQuery.StartsWith("/jwks", StringComparison.Ordinal));

    internal static async Task<LoopbackFhirServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackFhirServer(app);
        app.MapGet("/jwks.json", () => Results.Text(server.JwkSet, "application/json"));
        app.MapGet("/fhir/{type}/{id}", async (HttpContext context, string type, string id) =>
        {
            await Task.Delay(server.Delay, context.RequestAborted);
            return server.Read(context, type, id);
        });
        app.MapGet("/fhir/{type}", async (HttpContext context, string type) =>
        {
            await Task.Delay(server.Delay, context.RequestAborted);
            return server.Search(context, type);
        });
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/fhir";
        return server;
    }

    internal void Add(string resourceJson)
    {
        lock (gate)
        {
            resources.Add(JsonNode.Parse(resourceJson)!.AsObject());
        }
    }

    private bool Authorised(HttpContext context)
    {
        string? authorization = context.Request.Headers.Authorization;
        Requests.Enqueue((context.Request.Path + context.Request.QueryString, authorization));
        return authorization == "Bearer " + Token;
    }

    private IResult Read(HttpContext context, string type, string id)
    {
        if (!Authorised(context))
        {
            return Results.StatusCode(401);
        }

        lock (gate)
        {
            var found = resources.FirstOrDefault(r => (string?)r["resourceType"] == type && (string?)r["id"] == id);
            return found is null ? Results.NotFound() : Results.Text(found.ToJsonString(), "application/fhir+json");
        }
    }

    private IResult Search(HttpContext context, string type)
    {
        if (!Authorised(context))
        {
            return Results.StatusCode(401);
        }

        var query = context.Request.Query;
        string? patient = query["patient"];
        var codes = query["code"].SelectMany(c => c!.Split(',')).ToList();
        int count = int.TryParse(query["_count"], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? Math.Min(c, MaximumPageSize) : MaximumPageSize;
        int offset = int.TryParse(query["_offset"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        List<JsonObject> matches;
        lock (gate)
        {
            matches = resources.Where(r => (string?)r["resourceType"] == type
                && (patient is null || (string?)r["subject"]?["reference"] == "Patient/" + patient)
                && (codes.Count == 0 || codes.Any(token => HasCode(r, token)))).ToList();
        }

        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = "searchset",
            ["total"] = matches.Count,
            ["link"] = new JsonArray(),
            ["entry"] = new JsonArray(matches.Skip(offset).Take(count).Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone(), ["search"] = new JsonObject { ["mode"] = "match" } }).ToArray()),
        };
        if (offset + count < matches.Count)
        {
            var next = QueryString.Create(query.Where(q => q.Key != "_offset").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))))
                .Add("_offset", (offset + count).ToString(CultureInfo.InvariantCulture));
            bundle["link"]!.AsArray().Add(new JsonObject { ["relation"] = "next", ["url"] = BaseUrl + "/" + type + next });
        }

        return Results.Text(bundle.ToJsonString(), "application/fhir+json");
    }

    /// <summary>A searchset Bundle page as the EHR would prefetch it: the given entries, the total, and a next link into this server.</summary>
    internal string Page(string[] entries, int total, string nextQuery) =>
        "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":" + total.ToString(CultureInfo.InvariantCulture) + ",\"link\":[{\"relation\":\"next\",\"url\":\"" + BaseUrl + "/" + nextQuery + "\"}],\"entry\":[" + string.Join(",", entries) + "]}";

    private static bool HasCode(JsonObject resource, string token)
    {
        int bar = token.IndexOf('|', StringComparison.Ordinal);
        string? system = bar < 0 ? null : token[..bar];
        string code = bar < 0 ? token : token[(bar + 1)..];
        return resource["code"]?["coding"] is JsonArray codings && codings.Any(coding =>
            (system is null || (string?)coding?["system"] == system) && (code.Length == 0 || (string?)coding?["code"] == code));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
