using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization.Contract;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Serialization;

/// <summary>
/// Reads presentations and writes results in the versioned JSON contract (<c>docs/json-contract.md</c>): camelCase
/// names, exact case-sensitive enum strings, unknown or duplicate properties rejected with the path named.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DystoniaJson
{
    /// <summary>The version of the JSON contract this library reads and writes.</summary>
    public const string ContractVersion = "1.0";

    private static readonly IReadOnlyList<ClassificationError> NoErrors = Array.Empty<ClassificationError>();

    /// <summary>Reads one presentation from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of one JSON object.</param>
    /// <returns>The presentation, or the contract errors with their field paths.</returns>
    public static PresentationReadResult ReadPresentation(ReadOnlySpan<byte> utf8Json)
    {
        PresentationDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, ContractJsonContext.Default.PresentationDocument);
        }
        catch (JsonException exception)
        {
            return new PresentationReadResult(null, TryReadId(utf8Json), [ToError(exception)]);
        }

        if (document is null)
        {
            return new PresentationReadResult(null, null, [new ClassificationError("", ErrorCodes.WrongType, "Expected a JSON object for the presentation.")]);
        }

        return ToPresentation(document);
    }

    /// <summary>Reads one presentation from a JSON string.</summary>
    /// <param name="json">The JSON text of one object.</param>
    /// <returns>The presentation, or the contract errors with their field paths.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static PresentationReadResult ReadPresentation(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadPresentation(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads one presentation from UTF-8 JSON and classifies it; contract errors give an invalid result.</summary>
    /// <param name="classifier">The classifier.</param>
    /// <param name="utf8Json">The UTF-8 bytes of one JSON object.</param>
    /// <returns>The classification, or an invalid result naming each problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classifier"/> is <see langword="null"/>.</exception>
    public static ClassificationResult Classify(IDystoniaClassifier classifier, ReadOnlySpan<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var read = ReadPresentation(utf8Json);
        return read.Presentation is { } presentation
            ? classifier.Classify(presentation)
            : ClassificationResult.Invalid(read.Id, read.Errors);
    }

    /// <summary>Writes a presentation as contract JSON (compact).</summary>
    /// <param name="presentation">The presentation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="presentation"/> is <see langword="null"/>.</exception>
    public static string WritePresentation(Presentation presentation)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        return JsonSerializer.Serialize(ToDocument(presentation), ContractJsonContext.Default.PresentationDocument);
    }

    /// <summary>Writes a result as one contract JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    /// <param name="options">What to include; <see langword="null"/> for <see cref="ResultWriteOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is <see langword="null"/>.</exception>
    public static void WriteResult(Utf8JsonWriter writer, ClassificationResult result, ResultWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        options ??= ResultWriteOptions.Default;
        if (result.IsClassified)
        {
            JsonSerializer.Serialize(writer, ToDocument(result, options), ContractJsonContext.Default.ResultDocument);
            return;
        }

        var invalid = new InvalidResultDocument
        {
            Line = options.Line,
            Id = result.PresentationId,
            RuleSet = new RuleSetDocument { Name = result.RuleSet.Name, Version = result.RuleSet.Version },
        };
        foreach (var error in result.Errors)
        {
            invalid.Errors.Add(new ErrorDocument { Field = error.Field, Code = error.Code, Message = error.Message });
        }

        JsonSerializer.Serialize(writer, invalid, ContractJsonContext.Default.InvalidResultDocument);
    }

    /// <summary>Writes a result as one compact contract JSON object.</summary>
    /// <param name="result">The result.</param>
    /// <param name="options">What to include; <see langword="null"/> for <see cref="ResultWriteOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string WriteResult(ClassificationResult result, ResultWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteResult(writer, result, options);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Turns a serializer exception into an error with the field path and a message of our own; no input value is repeated.</summary>
    private static ClassificationError ToError(JsonException exception)
    {
        string field = FieldOf(exception.Path);
        if (exception is ContractException contract)
        {
            return new ClassificationError(field, contract.Code, contract.Message);
        }

        if (exception.InnerException is not null && exception.InnerException.GetType().Name == "JsonReaderException")
        {
            var position = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}");
            return new ClassificationError(field, ErrorCodes.MalformedInput, "The record is not well-formed JSON (at " + position + " of the record).");
        }

        // The serializer reports text it cannot decode (invalid UTF-8, an unpaired surrogate escape) like a value of
        // the wrong type; only the inner message tells them apart.
        if (exception.InnerException is InvalidOperationException inner && inner.Message.Contains("UTF-", StringComparison.Ordinal))
        {
            return new ClassificationError(field, ErrorCodes.MalformedInput, "The text is not valid UTF-8 or holds an unpaired surrogate escape.");
        }

        var message = exception.Message;
        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return new ClassificationError(field, ErrorCodes.DuplicateProperty, "This property is given more than once.");
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return new ClassificationError(field, ErrorCodes.UnknownProperty, "The contract has no such property; property names are camelCase and case-sensitive.");
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new ClassificationError(field, ErrorCodes.MalformedInput, "The record is nested deeper than the contract allows.");
        }

        return new ClassificationError(field, ErrorCodes.WrongType, "The value has the wrong JSON type for this field.");
    }

    /// <summary>Finds a top-level string <c>id</c> in a record that could not be read, so its error can name it.</summary>
    private static string? TryReadId(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.TrySkip();
            }
        }
        catch (JsonException)
        {
            // The id, if any, comes after the point where the record breaks.
        }
        catch (InvalidOperationException)
        {
            // The id is not valid UTF-8 text.
        }

        return null;
    }

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('$');
    }

    private static PresentationReadResult ToPresentation(PresentationDocument document)
    {
        var errors = new List<ClassificationError>();
        var regions = new List<AffectedRegion>(document.Regions?.Count ?? 0);
        AffectedRegion? onset = null;
        int onsetIndex = -1;
        if (document.Regions is { } regionDocuments)
        {
            for (int i = 0; i < regionDocuments.Count; i++)
            {
                string path = "regions[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                var entry = regionDocuments[i];
                if (entry?.Region is not { } bodyRegion)
                {
                    errors.Add(new ClassificationError(entry is null ? path : path + ".region", ErrorCodes.RequiredValueMissing, "Each region entry needs its region."));
                    continue;
                }

                var region = new AffectedRegion(bodyRegion, entry.Side ?? BodySide.Unspecified);
                regions.Add(region);
                if (entry.Onset == true)
                {
                    if (onsetIndex >= 0)
                    {
                        errors.Add(new ClassificationError(path + ".onset", ErrorCodes.MultipleOnsetRegions, "Only one region can be marked as the onset region."));
                    }

                    onsetIndex = i;
                    onset = region;
                }
            }
        }

        GeneticFinding? genetic = null;
        if (document.Etiology?.GeneticFinding is { } geneticDocument)
        {
            if (geneticDocument.Gene is null)
            {
                errors.Add(new ClassificationError("etiology.geneticFinding.gene", ErrorCodes.RequiredValueMissing, "A genetic finding needs its gene symbol."));
            }
            else
            {
                genetic = new GeneticFinding(geneticDocument.Gene, geneticDocument.Inheritance);
            }
        }

        if (errors.Count > 0)
        {
            return new PresentationReadResult(null, document.Id, errors);
        }

        var etiology = document.Etiology;
        var features = document.AssociatedFeatures;
        var presentation = new Presentation
        {
            Id = document.Id,
            Regions = regions,
            OnsetRegion = onset,
            AgeAtOnset = document.AgeAtOnset,
            Course = document.Course ?? Course.Unknown,
            Variability = document.Variability ?? Variability.None,
            AssociatedFeatures = features is null ? null : new AssociatedFeatures
            {
                MovementDisorders = features.MovementDisorders ?? MovementDisorders.None,
                Neurological = features.Neurological ?? NeurologicalFeatures.None,
                Systemic = features.Systemic ?? SystemicFeatures.None,
            },
            Etiology = etiology is null ? EtiologyFindings.NotRecorded : new EtiologyFindings
            {
                Pathology = etiology.NervousSystemPathology ?? NervousSystemPathology.NotAssessed,
                AcquiredCauses = etiology.AcquiredCauses ?? AcquiredCauses.None,
                GeneticFinding = genetic,
                FamilyHistory = etiology.FamilyHistory switch
                {
                    true => FamilyHistory.Positive,
                    false => FamilyHistory.Negative,
                    null => FamilyHistory.Unknown,
                },
            },
        };
        return new PresentationReadResult(presentation, document.Id, NoErrors);
    }

    private static PresentationDocument ToDocument(Presentation presentation)
    {
        var etiology = presentation.Etiology;
        return new PresentationDocument
        {
            Id = presentation.Id,
            AgeAtOnset = presentation.AgeAtOnset,
            Regions = RegionDocuments(presentation),
            Course = presentation.Course,
            Variability = presentation.Variability,
            AssociatedFeatures = presentation.AssociatedFeatures is { } features
                ? new AssociatedFeaturesDocument { MovementDisorders = features.MovementDisorders, Neurological = features.Neurological, Systemic = features.Systemic }
                : null,
            Etiology = new EtiologyDocument
            {
                NervousSystemPathology = etiology.Pathology,
                AcquiredCauses = etiology.AcquiredCauses,
                GeneticFinding = etiology.GeneticFinding is { } genetic ? new GeneticFindingDocument { Gene = genetic.Gene, Inheritance = genetic.Inheritance } : null,
                FamilyHistory = etiology.FamilyHistory switch
                {
                    FamilyHistory.Positive => true,
                    FamilyHistory.Negative => false,
                    _ => null,
                },
            },
        };
    }

    /// <summary>
    /// Writes the region entries with the onset flag on the entry that holds the onset region. The contract marks
    /// the onset on an entry, so an onset region that is not one of the entries as given is written through an
    /// equivalent listing, since a limb given as both is the same as its two sides: one side of a limb given as both
    /// splits that entry into left and right, and a limb given as both whose sides are listed separately merges them.
    /// A cranial onset marks its region's entry whatever the side, as the rules count regions, not onset sides.
    /// </summary>
    private static List<RegionDocument?> RegionDocuments(Presentation presentation)
    {
        var documents = new List<RegionDocument?>(presentation.Regions.Count + 1);
        var onsetSide = presentation.OnsetRegion?.Side ?? BodySide.Unspecified;
        ushort onset = presentation.OnsetRegion is { } given ? InputRules.SlotsOf(given) : (ushort)0;
        ushort merged = 0;
        bool onsetWritten = false;
        foreach (var region in presentation.Regions)
        {
            ushort slots = InputRules.SlotsOf(region);
            if (merged != 0 && slots == merged)
            {
                merged = 0;
            }
            else if (onset == 0 || onsetWritten || (slots & onset) == 0)
            {
                documents.Add(RegionDocument(region.Region, region.Side, onset: false));
            }
            else if (slots == onset)
            {
                documents.Add(RegionDocument(region.Region, region.Side, onset: true));
                onsetWritten = true;
            }
            else if ((slots & onset) == onset)
            {
                documents.Add(RegionDocument(region.Region, BodySide.Left, onset: onsetSide == BodySide.Left));
                documents.Add(RegionDocument(region.Region, BodySide.Right, onset: onsetSide == BodySide.Right));
                onsetWritten = true;
            }
            else
            {
                documents.Add(RegionDocument(region.Region, BodySide.Both, onset: true));
                merged = (ushort)(onset & ~slots);
                onsetWritten = true;
            }
        }

        return documents;
    }

    private static RegionDocument RegionDocument(BodyRegion region, BodySide side, bool onset) => new()
    {
        Region = region,
        Side = side == BodySide.Unspecified ? null : side,
        Onset = onset ? true : null,
    };

    private static ResultDocument ToDocument(ClassificationResult result, ResultWriteOptions options)
    {
        var document = new ResultDocument
        {
            Line = options.Line,
            Id = result.PresentationId,
            Status = result.IsClassified ? "classified" : "invalid",
            RuleSet = new RuleSetDocument { Name = result.RuleSet.Name, Version = result.RuleSet.Version },
        };

        var labels = result.Labels;
        document.Distribution = WireNames.Of(labels.Distribution);
        document.LegInvolvement = labels.LegInvolvement;
        document.AgeAtOnsetGroup = labels.AgeAtOnsetGroup is { } group ? WireNames.Of(group) : null;
        document.Course = WireNames.Of(labels.Course);
        document.Variability = [.. WireNames.OfFlags(WireNames.VariabilityBits, (int)labels.Variability)];
        document.AssociatedFeatures = labels.IsolatedOrCombined is { } association ? WireNames.Of(association) : null;
        document.NervousSystemPathology = WireNames.Of(labels.NervousSystemPathology);
        document.Heritability = WireNames.Of(labels.Heritability);
        document.Etiology = WireNames.Of(labels.Etiology);
        document.EtiologyCertainty = labels.EtiologyCertainty is { } certainty ? WireNames.Of(certainty) : null;
        document.LegacyCategory = labels.LegacyCategory is { } legacy ? WireNames.Of(legacy) : null;

        document.SuggestedWorkup = new List<WorkupDocument>(result.SuggestedWorkup.Count);
        foreach (var workup in result.SuggestedWorkup)
        {
            document.SuggestedWorkup.Add(new WorkupDocument
            {
                RuleId = workup.RuleId,
                Kind = WireNames.Of(workup.Kind),
                Gene = workup.Gene,
                Text = options.IncludeReasoning ? workup.Text : null,
                Sources = SourceIds(workup.Sources),
            });
        }

        document.MissingFindings = new List<MissingFindingDocument>(result.MissingFindings.Count);
        foreach (var missing in result.MissingFindings)
        {
            var affects = new List<string>(missing.Affects.Count);
            foreach (var axis in missing.Affects)
            {
                affects.Add(WireNames.Of(axis));
            }

            document.MissingFindings.Add(new MissingFindingDocument { Field = missing.Field, Affects = affects, Text = options.IncludeReasoning ? missing.Text : null });
        }

        if (options.IncludeReasoning)
        {
            document.Reasoning = new List<ReasoningStepDocument>(result.Reasoning.Count);
            foreach (var step in result.Reasoning)
            {
                var evidence = new List<FindingDocument>(step.Evidence.Count);
                foreach (var finding in step.Evidence)
                {
                    evidence.Add(new FindingDocument { Field = finding.Field, Value = finding.Value });
                }

                document.Reasoning.Add(new ReasoningStepDocument
                {
                    RuleId = step.RuleId,
                    Axis = WireNames.Of(step.Axis),
                    Outcome = OutcomeName(step.Outcome),
                    Conclusion = step.Conclusion,
                    Text = step.Text,
                    Evidence = evidence,
                    Sources = SourceIds(step.Sources),
                });
            }
        }

        return document;
    }

    private static string OutcomeName(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.NotApplied => "notApplied",
        RuleOutcome.Note => "note",
        _ => "applied",
    };

    private static List<string> SourceIds(IReadOnlyList<SourceReference> sources)
    {
        var ids = new List<string>(sources.Count);
        foreach (var source in sources)
        {
            ids.Add(source.Id);
        }

        return ids;
    }
}
