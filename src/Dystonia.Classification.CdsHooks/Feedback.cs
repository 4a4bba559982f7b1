using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dystonia.Classification.CdsHooks;

/// <summary>
/// The feedback endpoint of CDS Hooks 2.0 ("Feedback"): <c>{baseUrl}/cds-services/dystonia-classification/feedback</c>
/// takes <c>{"feedback":[{card, outcome, acceptedSuggestions, overrideReason, outcomeTimestamp}]}</c> and counts the
/// outcomes and the override reasons offered by the card. The user's comment is free text and may name the patient: it
/// is neither logged nor kept, and neither is the card's uuid.
/// </summary>
internal static partial class Feedback
{
    internal const string Path = DystoniaService.ServicePath + "/feedback";

    private static readonly Counter<long> Outcomes = CdsTelemetry.Meter.CreateCounter<long>("cds.feedback", description: "Card feedback received, by outcome and override reason");

    internal static async Task<IResult> HandleAsync(HttpRequest request, ILogger<DystoniaService> logger, CancellationToken cancellation)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "Feedback is sent as application/json.");
        }

        JsonDocument document;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellation).ConfigureAwait(false);
            if (buffer.Length > 64 * 1024)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large", detail: "Feedback is at most 64 KiB.");
            }

            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed request", detail: "The feedback is not well-formed JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("feedback", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid feedback", detail: "Feedback is an object with a 'feedback' array.");
            }

            var counted = new List<(string Outcome, string Reason)>();
            int i = 0;
            foreach (var item in items.EnumerateArray())
            {
                string at = "feedback[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("card", out var card) || card.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("outcome", out var outcome) || outcome.GetString() is not ("accepted" or "overridden")
                    || !item.TryGetProperty("outcomeTimestamp", out var timestamp) || timestamp.ValueKind != JsonValueKind.String)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid feedback", detail: at + " needs card, outcome (accepted or overridden) and outcomeTimestamp.");
                }

                string reason = "none";
                if (item.TryGetProperty("overrideReason", out var overrideReason) && overrideReason.ValueKind == JsonValueKind.Object
                    && overrideReason.TryGetProperty("reason", out var coding) && coding.ValueKind == JsonValueKind.Object)
                {
                    // Only the reasons this service offers are named in logs and metrics; any other is "other".
                    string? code = coding.TryGetProperty("code", out var c) ? c.GetString() : null;
                    bool ours = coding.TryGetProperty("system", out var s) && s.GetString() == DystoniaService.OverrideReasonSystem
                        && Array.Exists(DystoniaService.OverrideReasons, r => r.Code == code);
                    reason = ours ? code! : "other";
                }

                counted.Add((outcome.GetString()!, reason));
                i++;
            }

            foreach (var (outcome, reason) in counted)
            {
                Outcomes.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("override_reason", reason));
                LogFeedback(logger, outcome, reason);
            }

            return Results.Ok();
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Card feedback: {Outcome}, override reason {OverrideReason}")]
    private static partial void LogFeedback(ILogger logger, string outcome, string overrideReason);
}
