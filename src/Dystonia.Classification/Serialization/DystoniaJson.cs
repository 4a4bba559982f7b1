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
    public const string ContractVersion = "1.1";

    /// <summary>Reads one presentation from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of one JSON object.</param>
    /// <returns>The presentation, or the contract errors with their field paths.</returns>
    public static PresentationReadResult ReadPresentation(ReadOnlySpan<byte> utf8Json) => PresentationJsonReader.Read(utf8Json);

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
    /// <exception cref="ArgumentException">
    /// The age at onset is not a finite number (NaN or infinity, as read from a number such as <c>1e400</c>), which JSON
    /// cannot represent. Such a presentation is invalid (<see cref="Validation.ErrorCodes.AgeOutOfRange"/>). Or a value
    /// is not a member of its enum (such as <c>(Variability)(-1)</c>), which no wire name stands for.
    /// </exception>
    public static string WritePresentation(Presentation presentation)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        if (presentation.AgeAtOnset is { } age && (double.IsNaN(age) || double.IsInfinity(age)))
        {
            throw new ArgumentException("The age at onset is not a finite number, which JSON cannot represent.", nameof(presentation));
        }

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
        ResultJsonWriter.Write(writer, result, options ?? ResultWriteOptions.Default);
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
            DiagnosticClues = presentation.DiagnosticClues == DiagnosticClues.None ? null : presentation.DiagnosticClues,
            Etiology = new EtiologyDocument
            {
                NervousSystemPathology = etiology.Pathology,
                AcquiredCauses = etiology.AcquiredCauses,
                GeneticFinding = etiology.GeneticFinding is { } genetic ? new GeneticFindingDocument { Gene = genetic.Gene, Inheritance = genetic.Inheritance, Classification = genetic.Classification, Zygosity = genetic.Zygosity } : null,
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
        uint onset = presentation.OnsetRegion is { } given ? InputRules.SlotsOf(given) : 0;
        uint merged = 0;
        bool onsetWritten = false;
        foreach (var region in presentation.Regions)
        {
            uint slots = InputRules.SlotsOf(region);
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
                merged = onset & ~slots;
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
}
