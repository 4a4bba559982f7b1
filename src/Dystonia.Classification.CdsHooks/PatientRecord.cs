using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.Fhir;
using Microsoft.Extensions.Logging;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// Gathers the patient's record for one <c>patient-view</c> call, as CDS Hooks 2.0 "Providing FHIR Resources to a CDS
/// Service" asks: a prefetch key with a resource is used as given (and its search Bundle's <c>next</c> pages are
/// followed); a key whose value is <c>null</c> means "no data"; a key that is missing or holds an
/// <c>OperationOutcome</c> is fetched from the request's <c>fhirServer</c> with the <c>fhirAuthorization</c> bearer
/// token. Only when neither works is the answer 412. Pages, time and bytes are bounded, so no chart can hold the
/// service up; a record that cannot be read whole is refused rather than classified on part of it.
/// </summary>
internal sealed partial class PatientRecord
{
    /// <summary>The most search pages read for one prefetch key, the first included.</summary>
    internal const int MaximumPages = 20;

    /// <summary>Search page size asked of the FHIR server (the templates' <c>_count</c>).</summary>
    internal const int PageSize = 100;

    /// <summary>The largest FHIR response read, per page.</summary>
    internal const int MaximumResponseBytes = 4 << 20;

    /// <summary>The codes the FHIR reader recognises, as a token search value (<c>system|code,...</c>), read from its own table.</summary>
    internal static readonly Lazy<string> CodeFilter = new(ReadCodeFilter);

    private readonly IHttpClientFactory clients;
    private readonly ILogger<PatientRecord> logger;
    private readonly bool allowLoopbackHttp;
    private readonly TimeSpan timeout;
    private readonly IReadOnlyList<CdsHooksOptions.TrustedClient> trusted;

    public PatientRecord(IHttpClientFactory clients, CdsHooksOptions options, ILogger<PatientRecord> logger)
    {
        this.clients = clients;
        timeout = options.FhirTimeout;
        trusted = options.Clients;
        this.logger = logger;
        allowLoopbackHttp = !options.RequireAuthentication;
    }

    /// <summary>The prefetch keys this service asks for, with their templates, as the discovery response lists them.</summary>
    internal static IReadOnlyDictionary<string, string> Templates => new Dictionary<string, string>
    {
        ["patient"] = "Patient/{{context.patientId}}",
        ["conditions"] = "Condition?patient={{context.patientId}}&code=" + CodeFilter.Value + "&_count=" + PageSize.ToString(CultureInfo.InvariantCulture),
        ["observations"] = "Observation?patient={{context.patientId}}&code=" + CodeFilter.Value + "&_count=" + PageSize.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Reads the record. Returns the resources with their locations (for <see cref="FhirPresentationReader.Read"/>),
    /// or a failure saying why the data could not be had. The documents returned must be disposed by the caller.
    /// </summary>
    internal async Task<Gathered> GatherAsync(JsonElement root, string patientId, string? issuer, CancellationToken cancellation)
    {
        var gathered = new Gathered();
        JsonElement prefetch = root.TryGetProperty("prefetch", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var server = FhirServerOf(root, issuer, out string? serverProblem);

        foreach (var key in new[] { "patient", "conditions", "observations" })
        {
            bool required = key != "patient";
            string? reason;
            if (prefetch.ValueKind == JsonValueKind.Object && prefetch.TryGetProperty(key, out var value))
            {
                if (value.ValueKind == JsonValueKind.Null)
                {
                    // The spec's "no data": the client has nothing for this template.
                    continue;
                }

                if (value.ValueKind == JsonValueKind.Object && ResourceType(value) == "OperationOutcome")
                {
                    reason = "the client reported an error for it (OperationOutcome)";
                }
                else if (value.ValueKind == JsonValueKind.Object && ResourceType(value) == "Bundle")
                {
                    int before = gathered.Resources.Count;
                    reason = await AddBundleAsync(gathered, "prefetch." + key, value, server, cancellation).ConfigureAwait(false);
                    if (reason is null)
                    {
                        continue;
                    }

                    // Part of a Bundle is not the record: drop its pages and fetch the key afresh.
                    gathered.Resources.RemoveRange(before, gathered.Resources.Count - before);
                }
                else if (value.ValueKind == JsonValueKind.Object)
                {
                    gathered.Resources.Add(("prefetch." + key, value));
                    continue;
                }
                else
                {
                    reason = "its value is not a FHIR resource";
                }
            }
            else
            {
                reason = "it is missing";
            }

            // The prefetch did not give this key whole: fetch it from the FHIR server, when the client offered one.
            if (server is null)
            {
                if (required)
                {
                    gathered.Failure = "The '" + key + "' prefetch could not be used (" + reason + ") and " + (serverProblem ?? "the request gives no fhirServer with a fhirAuthorization bearer token") + ".";
                    return gathered;
                }

                continue;
            }

            string query = Templates[key].Replace("{{context.patientId}}", Uri.EscapeDataString(patientId), StringComparison.Ordinal);
            string? fetchProblem = await FetchAsync(gathered, "fhirServer." + key, server, query, key == "patient", cancellation).ConfigureAwait(false);
            if (fetchProblem is not null && required)
            {
                gathered.Failure = "The '" + key + "' prefetch could not be used (" + reason + ") and the FHIR server could not give it: " + fetchProblem + ".";
                return gathered;
            }
        }

        return gathered;
    }

    /// <summary>Adds a search Bundle's entries, following its next links on the client's FHIR server. Null when it was read whole.</summary>
    private async Task<string?> AddBundleAsync(Gathered gathered, string location, JsonElement bundle, FhirServer? server, CancellationToken cancellation)
    {
        if (HasErrorOutcome(bundle))
        {
            return "its Bundle carries an OperationOutcome error, so its results may be incomplete";
        }

        AddEntries(gathered, location, bundle);
        string? next = NextLink(bundle);
        if (next is null)
        {
            return null;
        }

        if (server is null)
        {
            return "it is paginated and the request gives no fhirServer with a bearer token to read its next pages";
        }

        int page = 1;
        while (next is not null)
        {
            if (page >= MaximumPages)
            {
                return "it has more than " + MaximumPages.ToString(CultureInfo.InvariantCulture) + " pages";
            }

            if (!server.Owns(next))
            {
                return "its next link is not on the request's fhirServer";
            }

            var document = await GetAsync(server, next, cancellation).ConfigureAwait(false);
            if (document.Problem is not null)
            {
                return document.Problem;
            }

            gathered.Documents.Add(document.Json!);
            var root = document.Json!.RootElement;
            if (ResourceType(root) != "Bundle")
            {
                return "a next page is not a Bundle";
            }

            if (HasErrorOutcome(root))
            {
                return "a next page carries an OperationOutcome error";
            }

            AddEntries(gathered, location + ".page[" + page.ToString(CultureInfo.InvariantCulture) + "]", root);
            next = NextLink(root);
            page++;
        }

        gathered.PagesRead += page - 1;
        return null;
    }

    private async Task<string?> FetchAsync(Gathered gathered, string location, FhirServer server, string query, bool single, CancellationToken cancellation)
    {
        var document = await GetAsync(server, server.Base + "/" + query, cancellation).ConfigureAwait(false);
        gathered.FetchedFromServer++;
        if (document.Problem is not null)
        {
            return document.Problem;
        }

        gathered.Documents.Add(document.Json!);
        var root = document.Json!.RootElement;
        if (single)
        {
            if (ResourceType(root) != "Patient")
            {
                return "the patient read did not give a Patient";
            }

            gathered.Resources.Add((location, root));
            return null;
        }

        if (ResourceType(root) != "Bundle")
        {
            return "a search did not give a Bundle";
        }

        return await AddBundleAsync(gathered, location, root, server, cancellation).ConfigureAwait(false);
    }

    private async Task<(JsonDocument? Json, string? Problem)> GetAsync(FhirServer server, string url, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        var client = clients.CreateClient(nameof(PatientRecord));
        CdsTelemetry.FhirRequests.Add(1);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Absolute));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.AccessToken);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogFhirStatus(logger, (int)response.StatusCode);
                return (null, "the FHIR server answered " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }

            if (response.Content.Headers.ContentLength > MaximumResponseBytes)
            {
                return (null, "a FHIR response is larger than 4 MiB");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, deadline.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaximumResponseBytes)
                {
                    return (null, "a FHIR response is larger than 4 MiB");
                }

                buffer.Write(chunk, 0, read);
            }

            return (JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = 64 }), null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            LogFhirTimeout(logger);
            return (null, "the FHIR server did not answer within " + timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
        }
        catch (HttpRequestException e)
        {
            LogFhirUnreachable(logger, e.HttpRequestError);
            return (null, "the FHIR server could not be reached");
        }
        catch (JsonException)
        {
            return (null, "the FHIR server's answer is not JSON");
        }
    }

    /// <summary>The request's fhirServer with its bearer token, or null (and why) when the service may not use it.</summary>
    private FhirServer? FhirServerOf(JsonElement root, string? issuer, out string? problem)
    {
        problem = null;
        if (!root.TryGetProperty("fhirServer", out var serverElement) || serverElement.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        if (!root.TryGetProperty("fhirAuthorization", out var authorization) || authorization.ValueKind != JsonValueKind.Object
            || !authorization.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(token.GetString())
            || (authorization.TryGetProperty("token_type", out var type) && !string.Equals(type.GetString(), "Bearer", StringComparison.OrdinalIgnoreCase)))
        {
            problem = "the request's fhirServer comes without a fhirAuthorization bearer token";
            return null;
        }

        if (!Uri.TryCreate(serverElement.GetString(), UriKind.Absolute, out var uri) || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && allowLoopbackHttp && uri.IsLoopback)))
        {
            problem = allowLoopbackHttp
                ? "the request's fhirServer is not an https URL (or an http URL on loopback in development mode)"
                : "the request's fhirServer is not an https URL";
            return null;
        }

        string serverBase = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var client = issuer is null ? null : trusted.FirstOrDefault(c => c.Issuer == issuer);
        if (client is { FhirServers.Count: > 0 } && !client.FhirServers.Contains(serverBase, StringComparer.Ordinal))
        {
            problem = "the request's fhirServer is not one configured for this CDS client (CdsHooks:Clients:N:FhirServers)";
            return null;
        }

        return new FhirServer(serverBase, token.GetString()!);
    }

    private static void AddEntries(Gathered gathered, string location, JsonElement bundle)
    {
        if (!bundle.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        int i = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            // A search Bundle may carry an OperationOutcome as an entry with search.mode "outcome"; it is not a finding.
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("resource", out var resource))
            {
                gathered.Resources.Add((location + ".entry[" + i.ToString(CultureInfo.InvariantCulture) + "].resource", resource));
            }

            i++;
        }
    }

    /// <summary>
    /// A search Bundle may carry an OperationOutcome entry (search mode "outcome"); with an error or fatal issue the
    /// search did not run whole, which the specification asks services to check for. Warnings and information do not count.
    /// </summary>
    private static bool HasErrorOutcome(JsonElement bundle)
    {
        if (!bundle.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("resource", out var resource) && ResourceType(resource) == "OperationOutcome"
                && resource.TryGetProperty("issue", out var issues) && issues.ValueKind == JsonValueKind.Array
                && issues.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("severity", out var severity) && severity.GetString() is "error" or "fatal"))
            {
                return true;
            }
        }

        return false;
    }

    private static string? NextLink(JsonElement bundle)
    {
        if (!bundle.TryGetProperty("link", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (link.ValueKind == JsonValueKind.Object && link.TryGetProperty("relation", out var relation) && relation.ValueKind == JsonValueKind.String
                && relation.GetString() == "next" && link.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
            {
                return url.GetString();
            }
        }

        return null;
    }

    private static string? ResourceType(JsonElement resource) =>
        resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    /// <summary>
    /// The reader's code table (<c>Data/fhir-codes.json</c> of the FHIR package), the one place codes are listed, plus
    /// the project's own findings and body-region systems (any code). Body sites and the written distribution codes are
    /// not finding codes and are left out.
    /// </summary>
    private static string ReadCodeFilter()
    {
        using var stream = typeof(FhirPresentationReader).Assembly.GetManifestResourceStream("Dystonia.Classification.Fhir.Data.fhir-codes.json")
            ?? throw new InvalidOperationException("The FHIR package's code table is missing.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var systems = root.GetProperty("systems");
        var tokens = new List<string>();
        foreach (var group in root.EnumerateObject())
        {
            if (group.Value.ValueKind != JsonValueKind.Array || group.Name == "bodySites")
            {
                continue;
            }

            foreach (var entry in group.Value.EnumerateArray())
            {
                if (entry.TryGetProperty("system", out var system) && entry.TryGetProperty("code", out var code)
                    && systems.TryGetProperty(system.GetString()!, out var uri))
                {
                    tokens.Add(uri.GetString() + "|" + code.GetString());
                }
            }
        }

        tokens.Add(FhirSystems.Findings + "|");
        return string.Join(",", tokens.Distinct(StringComparer.Ordinal));
    }

    /// <summary>What was gathered; the documents hold the fetched pages the resources point into.</summary>
    internal sealed class Gathered : IDisposable
    {
        internal List<(string Location, JsonElement Resource)> Resources { get; } = [];

        internal List<JsonDocument> Documents { get; } = [];

        /// <summary>Why the record could not be had (the 412's text), or null.</summary>
        internal string? Failure { get; set; }

        internal int PagesRead { get; set; }

        internal int FetchedFromServer { get; set; }

        public void Dispose()
        {
            foreach (var document in Documents)
            {
                document.Dispose();
            }
        }
    }

    private sealed record FhirServer(string Base, string AccessToken)
    {
        /// <summary>A next link is followed only on the same server, below its base: the bearer token goes nowhere else.</summary>
        internal bool Owns(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.GetLeftPart(UriPartial.Path).StartsWith(Base + "/", StringComparison.Ordinal)
            && string.Equals(uri.GetLeftPart(UriPartial.Authority), new Uri(Base).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "FHIR server answered with status {StatusCode}")]
    private static partial void LogFhirStatus(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "FHIR server did not answer in time")]
    private static partial void LogFhirTimeout(ILogger logger);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "FHIR server could not be reached ({Error})")]
    private static partial void LogFhirUnreachable(ILogger logger, HttpRequestError error);
}
