using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Dystonia.Classification.Fhir;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Rendering;
using Dystonia.Classification.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// The <c>dystonia-classification</c> CDS Hooks service on the <c>patient-view</c> hook: reads the prefetched
/// Patient, Conditions and Observations, classifies, and answers with one card (or none when the record names no
/// dystonia). The card links to an SVG body map served by <see cref="HandleBodyMap"/>. Logs carry status codes and
/// timings only, never patient data.
/// </summary>
internal sealed partial class DystoniaService
{
    internal const string Id = "dystonia-classification";
    internal const string Hook = "patient-view";
    internal const int MaximumBodyBytes = 1 << 20;
    internal const int MaximumSummaryLength = 140;

    /// <summary>The path of the body-map links, below the service's own path; the token follows.</summary>
    internal const string BodyMapPath = "/cds-services/" + Id + "/body-map/";

    /// <summary>The language of the card, and so of the figure its link shows.</summary>
    private const string CardLanguage = ClinicalLanguages.English;

    private readonly IDystoniaClassifier classifier;
    private readonly BodyMapLinks links;
    private readonly ILogger<DystoniaService> logger;
    private readonly string? publicBaseUrl;

    public DystoniaService(IDystoniaClassifier classifier, BodyMapLinks links, IConfiguration configuration, ILogger<DystoniaService> logger)
    {
        this.classifier = classifier;
        this.links = links;
        this.logger = logger;

        // Behind a reverse proxy the request's own host is not the one the clinician's browser reaches: the operator
        // then sets PublicBaseUrl, the address of this service as the EHR calls it.
        var configured = configuration["PublicBaseUrl"];
        if (!string.IsNullOrEmpty(configured))
        {
            if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                throw new InvalidOperationException("PublicBaseUrl must be an absolute http or https URL without query or fragment.");
            }

            publicBaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }
    }

    internal static object Discovery => new
    {
        services = new[]
        {
            new
            {
                hook = Hook,
                id = Id,
                title = "Dystonia classification",
                description = "Classifies the patient's dystonia by the 2013 international consensus (Albanese et al.): body distribution, age at onset, isolated or combined, etiology, with the reasoning and suggested workup.",
                prefetch = new Dictionary<string, string>
                {
                    ["patient"] = "Patient/{{context.patientId}}",
                    ["conditions"] = "Condition?patient={{context.patientId}}",
                    ["observations"] = "Observation?patient={{context.patientId}}",
                },
            },
        },
    };

    internal async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellation)
    {
        long started = Environment.TickCount64;
        var result = await RespondAsync(request, cancellation).ConfigureAwait(false);
        LogHandled(logger, (result as IStatusCodeHttpResult)?.StatusCode ?? 200, Environment.TickCount64 - started);
        return result;
    }

    private async Task<IResult> RespondAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength > MaximumBodyBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", "The request body is larger than 1 MiB.", null);
        }

        byte[] body;
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaximumBodyBytes)
                {
                    return Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", "The request body is larger than 1 MiB.", null);
                }

                buffer.Write(chunk, 0, read);
            }

            body = buffer.ToArray();
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed request", "The request body is not well-formed JSON.", null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid request", "The request must be a JSON object.", null);
            }

            var missing = new List<(string Field, string Message)>();
            if (!root.TryGetProperty("hook", out var hook) || hook.ValueKind != JsonValueKind.String || hook.GetString() != Hook)
            {
                missing.Add(("hook", "This service answers the patient-view hook."));
            }

            if (!root.TryGetProperty("hookInstance", out var instance) || instance.ValueKind != JsonValueKind.String)
            {
                missing.Add(("hookInstance", "The hook instance id is required."));
            }

            if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object
                || !context.TryGetProperty("patientId", out var patientId) || patientId.ValueKind != JsonValueKind.String)
            {
                missing.Add(("context.patientId", "The patient id is required in the context."));
            }

            if (missing.Count > 0)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid request", "The request does not follow CDS Hooks 2.0 for patient-view.", missing);
            }

            // The service does not fetch from the EHR's FHIR server itself, so without prefetch it cannot answer.
            if (!root.TryGetProperty("prefetch", out var prefetch) || prefetch.ValueKind != JsonValueKind.Object
                || !prefetch.TryGetProperty("conditions", out var conditions) || conditions.ValueKind != JsonValueKind.Object)
            {
                return Results.Json(
                    OperationOutcome("The 'conditions' prefetch is missing; this service reads only prefetched data."),
                    statusCode: StatusCodes.Status412PreconditionFailed,
                    contentType: "application/fhir+json");
            }

            var resources = new List<(string, JsonElement)>();
            if (prefetch.TryGetProperty("patient", out var patient) && patient.ValueKind == JsonValueKind.Object)
            {
                resources.Add(("prefetch.patient", patient));
            }

            foreach (var key in new[] { "conditions", "observations" })
            {
                if (prefetch.TryGetProperty(key, out var bundle) && bundle.ValueKind == JsonValueKind.Object
                    && bundle.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (var entry in entries.EnumerateArray())
                    {
                        if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("resource", out var resource))
                        {
                            resources.Add(("prefetch." + key + ".entry[" + i.ToString(CultureInfo.InvariantCulture) + "].resource", resource));
                        }

                        i++;
                    }
                }
            }

            var read = FhirPresentationReader.Read(resources);
            if (read.Presentation is null)
            {
                return Results.Json(new { cards = Array.Empty<object>() });
            }

            var result = classifier.Classify(read.Presentation);
            if (!result.IsClassified)
            {
                return Problem(
                    StatusCodes.Status400BadRequest,
                    "Invalid findings",
                    "The prefetched findings do not make a valid presentation.",
                    result.Errors.Select(e => (e.Field, e.Code + ": " + e.Message)).ToList());
            }

            string token = links.Add(result, read.Presentation, CardLanguage);
            string baseUrl = publicBaseUrl ?? request.Scheme + "://" + request.Host.ToUriComponent() + request.PathBase.ToUriComponent();
            return Results.Json(new { cards = new[] { Card(result, read.NotUsed.Count, baseUrl + BodyMapPath + token) } });
        }
    }

    /// <summary>
    /// Answers a card's body-map link: the SVG figure while the link lives, 404 once it has expired or for a token that
    /// was never issued. The figure is not cached anywhere on the way, since it is about one patient.
    /// </summary>
    internal IResult HandleBodyMap(HttpContext context, string token)
    {
        long started = Environment.TickCount64;
        IResult answer;
        if (links.TryGet(token, out var entry))
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            answer = Results.Text(BodyMap.ToSvg(entry.Result, entry.Presentation, new BodyMapOptions { Language = entry.Language }), "image/svg+xml; charset=utf-8");
        }
        else
        {
            answer = Problem(StatusCodes.Status404NotFound, "Body map not found", "This body-map link has expired or was never issued; open the patient's record again for a fresh card.", null);
        }

        LogBodyMap(logger, (answer as IStatusCodeHttpResult)?.StatusCode ?? 200, Environment.TickCount64 - started);
        return answer;
    }

    internal static object Card(ClassificationResult result, int notUsed, string bodyMapUrl)
    {
        var labels = result.Labels;
        bool warning = labels.Etiology == Etiology.Undetermined
            || result.SuggestedWorkup.Any(w => w.RuleId is "WORKUP-MRI-RED-FLAGS" or "WORKUP-MRI-HEMIDYSTONIA");
        string detail = DystoniaFhir.ReasoningMarkdown(result)
            + (notUsed > 0 ? "\n*" + notUsed.ToString(CultureInfo.InvariantCulture) + " prefetched item(s) were not used; see the service documentation for the recognised codes.*\n" : "")
            + "\n*Decision support only: the labels rest on the coded findings and do not replace clinical judgement.*\n";
        return new
        {
            summary = Summary(result),
            indicator = warning ? "warning" : "info",
            detail,
            source = new
            {
                label = "Dystonia.Classification, 2013 consensus (Albanese et al.), rule set " + result.RuleSet,
            },
            links = new[]
            {
                new { label = BodyMap.Title(CardLanguage) + " (SVG)", url = bodyMapUrl, type = "absolute" },
            },
        };
    }

    /// <summary>The card summary: the labels in under 140 characters, shortest form first.</summary>
    internal static string Summary(ClassificationResult result)
    {
        var labels = result.Labels;
        string distribution = ContractNames.Of(labels.Distribution);
        string etiology = ContractNames.Of(labels.Etiology) + (labels.EtiologyCertainty == EtiologyCertainty.Provisional ? " (provisional)" : "");
        string association = labels.IsolatedOrCombined is { } a ? ", " + ContractNames.Of(a) : "";
        string onset = labels.AgeAtOnsetGroup is { } g ? ", onset in " + OnsetWords(g) : "";
        string summary = "Dystonia: " + distribution + association + onset + "; etiology " + etiology;
        return summary.Length < MaximumSummaryLength ? summary : summary.Substring(0, MaximumSummaryLength - 1);
    }

    private static string OnsetWords(AgeAtOnsetGroup group) => group switch
    {
        AgeAtOnsetGroup.Infancy => "infancy",
        AgeAtOnsetGroup.Childhood => "childhood",
        AgeAtOnsetGroup.Adolescence => "adolescence",
        AgeAtOnsetGroup.EarlyAdulthood => "early adulthood",
        _ => "late adulthood",
    };

    private static object OperationOutcome(string text) => new
    {
        resourceType = "OperationOutcome",
        issue = new[] { new { severity = "error", code = "required", diagnostics = text } },
    };

    private static IResult Problem(int status, string title, string detail, IReadOnlyList<(string Field, string Message)>? fields)
    {
        var extensions = new Dictionary<string, object?>();
        if (fields is not null)
        {
            extensions["errors"] = fields.Select(f => new { field = f.Field, message = f.Message }).ToArray();
        }

        return Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "CDS request handled with status {StatusCode} in {ElapsedMilliseconds} ms")]
    private static partial void LogHandled(ILogger logger, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Body map request handled with status {StatusCode} in {ElapsedMilliseconds} ms")]
    private static partial void LogBodyMap(ILogger logger, int statusCode, long elapsedMilliseconds);
}
