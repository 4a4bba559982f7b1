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
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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

    /// <summary>The path of the service, below the service's base URL.</summary>
    internal const string ServicePath = "/cds-services/" + Id;

    /// <summary>The path of the body-map links, below the service's own path; the token follows.</summary>
    internal const string BodyMapPath = "/cds-services/" + Id + "/body-map/";

    /// <summary>The card's fixed phrases (<c>Data/cds-hooks-terms.json</c>), loaded and checked at first use.</summary>
    internal static readonly Lazy<ClinicalTextTable> CardTexts = new(() =>
        ClinicalTextTable.FromEmbeddedResource(typeof(DystoniaService).Assembly, "Dystonia.Classification.CdsHooks.Data.cds-hooks-terms.json"));

    private readonly IDystoniaClassifier classifier;
    private readonly BodyMapLinks links;
    private readonly PatientRecord record;
    private readonly ILogger<DystoniaService> logger;
    private readonly string? publicBaseUrl;
    private readonly string defaultLanguage;
    private readonly TimeProvider clock;

    public DystoniaService(IDystoniaClassifier classifier, BodyMapLinks links, PatientRecord record, CdsHooksOptions settings, TimeProvider clock, IOptions<ClassificationOptions> options, ILogger<DystoniaService> logger)
    {
        this.clock = clock;
        this.classifier = classifier;
        this.links = links;
        this.record = record;
        this.logger = logger;
        defaultLanguage = ClinicalLanguages.Normalize(options.Value.Language);

        // Behind a reverse proxy the request's own host is not the one the clinician's browser reaches: the operator
        // then sets PublicBaseUrl, the address of this service as the EHR calls it.
        publicBaseUrl = settings.PublicBaseUrl;
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
                description = "Classifies the patient's dystonia by the 2013 international consensus (Albanese et al.): body distribution, age at onset, isolated or combined, etiology, with the reasoning and suggested workup. Card text in English or Latvian, chosen by the request's Accept-Language header.",
                prefetch = PatientRecord.Templates,
            },
        },
    };

    internal async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellation)
    {
        long started = Environment.TickCount64;
        var call = new CallLog();
        IResult result;
        try
        {
            result = await RespondAsync(request, call, cancellation).ConfigureAwait(false);
        }
        finally
        {
            call.Scope?.Dispose();
        }

        int status = (result as IStatusCodeHttpResult)?.StatusCode ?? 200;
        using (call.HookInstance is null ? null : logger.BeginScope(new Dictionary<string, object> { ["hookInstance"] = call.HookInstance }))
        {
            LogHandled(logger, status, Environment.TickCount64 - started);
        }

        CdsTelemetry.Calls.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
        return result;
    }

    /// <summary>
    /// The hook instance of the call being answered, for the log scope: only a UUID (as the specification defines it)
    /// is logged, so that nothing a client puts in the field can carry patient data into the logs.
    /// </summary>
    private sealed class CallLog
    {
        internal string? HookInstance { get; set; }

        internal IDisposable? Scope { get; set; }
    }

    private async Task<IResult> RespondAsync(HttpRequest request, CallLog call, CancellationToken cancellation)
    {
        // JSON only: a form or text/plain POST is what a browser sends cross-site without a CORS preflight.
        if (!request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "A CDS Hooks call is sent as application/json.", null);
        }

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
            JsonElement patientId = default;
            if (!root.TryGetProperty("hook", out var hook) || hook.ValueKind != JsonValueKind.String || hook.GetString() != Hook)
            {
                missing.Add(("hook", "This service answers the patient-view hook."));
            }

            if (!root.TryGetProperty("hookInstance", out var instance) || instance.ValueKind != JsonValueKind.String)
            {
                missing.Add(("hookInstance", "The hook instance id is required."));
            }
            else
            {
                call.HookInstance = Guid.TryParse(instance.GetString(), out var uuid) ? uuid.ToString("D") : "not-a-uuid";
                call.Scope = logger.BeginScope(new Dictionary<string, object> { ["hookInstance"] = call.HookInstance });
                System.Diagnostics.Activity.Current?.SetTag("cds.hook_instance", call.HookInstance);
            }

            if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object
                || !context.TryGetProperty("patientId", out patientId) || patientId.ValueKind != JsonValueKind.String || patientId.GetString()!.Length == 0)
            {
                missing.Add(("context.patientId", "The patient id is required in the context."));
            }

            if (missing.Count > 0)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid request", "The request does not follow CDS Hooks 2.0 for patient-view.", missing);
            }

            // The prefetch as given, its further pages, and what it lacks from the client's FHIR server (CDS Hooks 2.0
            // "Providing FHIR Resources"); 412 only when the record cannot be had whole.
            using var span = CdsTelemetry.Source.StartActivity("cds.gather_record");
            string? issuer = request.HttpContext.User.Identity?.IsAuthenticated == true ? request.HttpContext.User.FindFirst("iss")?.Value : null;
            using var gathered = await record.GatherAsync(root, patientId.GetString()!, issuer, cancellation).ConfigureAwait(false);
            span?.SetTag("cds.resources", gathered.Resources.Count);
            span?.SetTag("cds.fhir_pages_followed", gathered.PagesRead);
            span?.SetTag("cds.fhir_fetches", gathered.FetchedFromServer);
            span?.SetTag("cds.record_complete", gathered.Failure is null);
            if (gathered.Failure is not null)
            {
                return Results.Json(
                    OperationOutcome(gathered.Failure),
                    statusCode: StatusCodes.Status412PreconditionFailed,
                    contentType: "application/fhir+json");
            }

            // Only the patient in context: a prefetch or a server can return another patient's resources.
            var read = FhirPresentationReader.Read(gathered.Resources, new FhirReadOptions { PatientReference = "Patient/" + patientId.GetString() });
            string language = LanguageOf(request);
            if (read.Presentation is null)
            {
                // Dystonia recorded but too incomplete to classify (a limb without its side, say) is a card that says
                // what is missing: the request was well formed, the record is incomplete. No dystonia is no card.
                return read.MissingFindings.Count == 0
                    ? Results.Json(new { cards = Array.Empty<object>() })
                    : Results.Json(new { cards = new[] { IncompleteCard(language, read.MissingFindings.Select(m => m.Text(language)).ToList()) } }, CardJson);
            }

            var result = classifier.Classify(read.Presentation, language);
            if (!result.IsClassified)
            {
                return Results.Json(new { cards = new[] { IncompleteCard(language, result.Errors.Select(e => e.Field + ": " + e.Message).ToList()) } }, CardJson);
            }

            request.HttpContext.Response.Headers.ContentLanguage = result.Language;
            string token = links.Add(read.Presentation, result.Language);
            string? baseUrl = LinkBase(request);
            string effective = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // The suggestion names the patient by reference, which only a valid FHIR id makes a valid resource.
            string? observation = FhirId().IsMatch(patientId.GetString()!)
                ? DystoniaFhir.ToObservation(result, new ObservationOptions { SubjectReference = "Patient/" + patientId.GetString(), Effective = effective })
                : null;
            var incomplete = read.MissingFindings.Select(m => m.Text(result.Language)).ToList();
            return Results.Json(new { cards = new[] { Card(result, read.NotUsed.Count, baseUrl is null ? null : baseUrl + BodyMapPath + token, observation, incomplete) } }, CardJson);
        }
    }

    /// <summary>
    /// The address the clinician's browser opens the body map at: PublicBaseUrl, which authentication requires. In
    /// development mode without it, the request's own address, but only when its host is a loopback name: a Host header
    /// is the caller's to write, and a link must never point to a host the caller chose (the scheme follows
    /// X-Forwarded-Proto from a known proxy, applied by the forwarded-headers middleware). Otherwise no link.
    /// </summary>
    private string? LinkBase(HttpRequest request)
    {
        if (publicBaseUrl is not null)
        {
            return publicBaseUrl;
        }

        string host = request.Host.Host;
        bool loopback = host is "localhost" || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
        return loopback ? request.Scheme + "://" + request.Host.ToUriComponent() + request.PathBase.ToUriComponent() : null;
    }

    /// <summary>
    /// The language of the card: the supported language the request's Accept-Language header prefers most (CDS Hooks
    /// 2.0 leaves the card's language to the service), otherwise ClassificationOptions.Language. Never the server's culture.
    /// </summary>
    internal string LanguageOf(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage;
        if (accepted is null || accepted.Count == 0)
        {
            return defaultLanguage;
        }

        // Highest quality first; equal qualities keep the header's order. q=0 means "not acceptable".
        foreach (var range in accepted.Where(r => r.Quality is not 0.0).OrderByDescending(r => r.Quality ?? 1.0))
        {
            var tag = range.Value.Value;
            if (tag == "*")
            {
                return defaultLanguage;
            }

            if (ClinicalLanguages.IsSupported(tag))
            {
                return ClinicalLanguages.Normalize(tag);
            }
        }

        return defaultLanguage;
    }

    /// <summary>
    /// Answers a card's body-map link: the SVG figure while the link lives, 404 once it has expired or for a token that
    /// was never issued. The figure is not cached anywhere on the way, since it is about one patient.
    /// </summary>
    internal IResult HandleBodyMap(HttpContext context, string token)
    {
        long started = Environment.TickCount64;
        IResult answer;
        if (links.TryGet(token, out var presentation, out var language) && classifier.Classify(presentation, language) is { IsClassified: true } drawn)
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            answer = Results.Text(BodyMap.ToSvg(drawn, presentation, new BodyMapOptions { Language = drawn.Language }), "image/svg+xml; charset=utf-8");
        }
        else
        {
            answer = Problem(StatusCodes.Status404NotFound, "Body map not found", "This body-map link has expired or was never issued; open the patient's record again for a fresh card.", null);
        }

        int status = (answer as IStatusCodeHttpResult)?.StatusCode ?? 200;
        LogBodyMap(logger, status, Environment.TickCount64 - started);
        CdsTelemetry.BodyMaps.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
        return answer;
    }

    /// <summary>
    /// How cards are written: CDS Hooks 2.0 "Use of JSON" prohibits null and empty optional elements ("implementers
    /// MUST omit it"), so an absent link, suggestion or source URL is left out, not written as null or [].
    /// </summary>
    internal static readonly JsonSerializerOptions CardJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The system of the card's override reasons: the project's own, as the specification prescribes none.</summary>
    internal const string OverrideReasonSystem = FhirSystems.ProjectBase + "override-reason";

    /// <summary>The override reasons offered with every card (code, text key).</summary>
    internal static readonly (string Code, string Text)[] OverrideReasons =
    [
        ("findings-incomplete", "card.override.findingsIncomplete"),
        ("clinical-judgement", "card.override.clinicalJudgement"),
        ("already-recorded", "card.override.alreadyRecorded"),
    ];

    /// <summary>
    /// The card, in the language of the result's texts, with a link to the body map in the same language, a suggestion
    /// that records the classification as an Observation (the FHIR package's writer), and the override reasons. The
    /// indicator is a warning only where a secondary cause has not been looked for: nervous-system pathology not
    /// assessed, so that brain imaging is among the suggested workup; otherwise info.
    /// </summary>
    internal static object Card(ClassificationResult result, int notUsed, string? bodyMapUrl, string? observation, IReadOnlyList<string>? missing = null)
    {
        var texts = CardTexts.Value.For(result.Language);
        // Warning only where a secondary cause has not been looked for: pathology not assessed and imaging suggested.
        bool warning = result.Labels.NervousSystemPathology == NervousSystemPathology.NotAssessed
            && result.SuggestedWorkup.Any(w => w.Kind == WorkupKind.BrainMri);
        string detail = DystoniaFhir.ReasoningMarkdown(result)
            + MissingList(texts, missing)
            + (notUsed > 0 ? "\n*" + texts["card.notUsed", notUsed] + "*\n" : "")
            + "\n*" + texts["card.disclaimer"] + "*\n";
        using var resource = observation is null ? null : JsonDocument.Parse(observation);
        return new
        {
            uuid = Guid.NewGuid().ToString("D"),
            summary = Summary(result),
            indicator = warning ? "warning" : "info",
            detail,
            source = new
            {
                label = texts["card.source", result.RuleSet.ToString()].Value,
                url = ConsensusUrl(result),
                topic = new { system = FhirSystems.Classification, code = "dystonia-classification", display = "Dystonia classification" },
            },
            suggestions = resource is null ? null : new[]
            {
                new
                {
                    label = texts["card.suggestion"].Value,
                    uuid = Guid.NewGuid().ToString("D"),
                    actions = new[] { new { type = "create", description = texts["card.suggestion.description"].Value, resource = resource.RootElement.Clone() } },
                },
            },
            selectionBehavior = resource is null ? null : "at-most-one",
            overrideReasons = OverrideReasons.Select(r => new { system = OverrideReasonSystem, code = r.Code, display = texts[r.Text].Value }).ToArray(),
            links = bodyMapUrl is null ? null : new[]
            {
                new { label = BodyMap.Title(result.Language) + " (SVG)", url = bodyMapUrl, type = "absolute" },
            },
        };
    }

    /// <summary>
    /// The card for dystonia that is recorded but cannot be classified from the record as it is: what is missing, for the
    /// clinician to record; no labels, no suggestion, no link.
    /// </summary>
    internal static object IncompleteCard(string language, IReadOnlyList<string> missing)
    {
        var texts = CardTexts.Value.For(language);
        return new
        {
            uuid = Guid.NewGuid().ToString("D"),
            summary = texts["card.incomplete.summary"].Value,
            indicator = "info",
            detail = texts["card.incomplete.detail"].Value + "\n" + MissingList(texts, missing) + "\n*" + texts["card.disclaimer"] + "*\n",
            source = new
            {
                label = texts["card.source", RuleSetName.Value].Value,
                topic = new { system = FhirSystems.Classification, code = "dystonia-classification", display = "Dystonia classification" },
            },
            overrideReasons = OverrideReasons.Select(r => new { system = OverrideReasonSystem, code = r.Code, display = texts[r.Text].Value }).ToArray(),
        };
    }

    private static readonly Lazy<string> RuleSetName = new(() => new DystoniaClassifier().Classify(new Presentation { Regions = [BodyRegion.Neck] }).RuleSet.ToString());

    private static string MissingList(ClinicalStringLocalizer texts, IReadOnlyList<string>? missing)
    {
        if (missing is null || missing.Count == 0)
        {
            return "";
        }

        var list = new System.Text.StringBuilder("\n**").Append(texts["card.missing"].Value).Append("**\n");
        foreach (var line in missing)
        {
            list.Append("- ").Append(line).Append('\n');
        }

        return list.ToString();
    }

    /// <summary>The consensus paper's address, as the rule catalogue cites it (source <c>albanese2013</c>), or null.</summary>
    private static string? ConsensusUrl(ClassificationResult result) =>
        result.Reasoning.SelectMany(step => step.Sources).FirstOrDefault(source => source.Id == "albanese2013")?.Url;

    /// <summary>The card summary: the labels in under 140 characters, shortest form first, in the result's language.</summary>
    internal static string Summary(ClassificationResult result)
    {
        var labels = result.Labels;
        string language = result.Language;
        var texts = CardTexts.Value.For(language);
        var parts = new List<string> { LowerFirst(ClinicalTerms.DisplayName(labels.Distribution, language)) };
        if (labels.IsolatedOrCombined is { } association)
        {
            parts.Add(LowerFirst(ClinicalTerms.DisplayName(association, language)));
        }

        if (labels.AgeAtOnsetGroup is { } group)
        {
            parts.Add(texts["card.onset." + ContractNames.Of(group)]);
        }

        string etiology = LowerFirst(ClinicalTerms.DisplayName(labels.Etiology, language))
            + (labels.EtiologyCertainty == EtiologyCertainty.Provisional ? " (" + LowerFirst(ClinicalTerms.DisplayName(EtiologyCertainty.Provisional, language)) + ")" : "");
        string summary = texts["card.summary", string.Join(", ", parts), etiology];
        return summary.Length < MaximumSummaryLength ? summary : summary.Substring(0, MaximumSummaryLength - 1);
    }

    /// <summary>Display names start with a capital for use on their own; inside the summary they continue a phrase.</summary>
    private static string LowerFirst(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

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

    /// <summary>FHIR R4's id type: 1 to 64 letters, digits, '-' and '.'.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9\\-.]{1,64}$")]
    private static partial System.Text.RegularExpressions.Regex FhirId();

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "CDS request handled with status {StatusCode} in {ElapsedMilliseconds} ms")]
    private static partial void LogHandled(ILogger logger, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Body map request handled with status {StatusCode} in {ElapsedMilliseconds} ms")]
    private static partial void LogBodyMap(ILogger logger, int statusCode, long elapsedMilliseconds);
}
