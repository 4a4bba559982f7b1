using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Dystonia.Classification.Fhir;
using Dystonia.Classification.Phenopackets.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Phenopackets;

/// <summary>
/// Writes a classified presentation as a GA4GH Phenopacket v2 in its JSON form (docs/phenopackets.md): dystonia and the
/// region, distribution and associated-feature terms that the verified HPO table holds, with the age at onset; a
/// feature the presentation records as examined and absent as excluded; the gene finding as a genomic interpretation
/// where the gene has a verified HGNC id, with its zygosity as a GENO allelic state when recorded; and the metadata with
/// one resource for each CURIE prefix used. Nothing is invented: no sex, date of birth, variant (HGVS, position) or code
/// that the input or the verified tables do not hold.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DystoniaPhenopacket
{
    /// <summary>The phenopacket schema version written (<c>metaData.phenopacketSchemaVersion</c>).</summary>
    public const string SchemaVersion = "2.0";

    /// <summary>The rule whose note says a genetic finding establishes the cause (docs/classification-rules.md).</summary>
    internal const string CauseEstablishedRule = "GENE-KNOWN";

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Returns the phenopacket as indented JSON.</summary>
    /// <param name="presentation">The presentation that was classified.</param>
    /// <param name="result">Its classified result.</param>
    /// <param name="options">The ids, the creation time (required) and the creator.</param>
    /// <returns>The phenopacket JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The result is invalid, belongs to another presentation, no id is known, or <see cref="PhenopacketOptions.Created"/> is missing.
    /// </exception>
    public static string ToJson(Presentation presentation, ClassificationResult result, PhenopacketOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            Write(writer, presentation, result, options);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the phenopacket as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="presentation">The presentation that was classified.</param>
    /// <param name="result">Its classified result.</param>
    /// <param name="options">The ids, the creation time (required) and the creator.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The result is invalid, belongs to another presentation, no id is known, or <see cref="PhenopacketOptions.Created"/> is missing.
    /// </exception>
    public static void Write(Utf8JsonWriter writer, Presentation presentation, ClassificationResult result, PhenopacketOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (!result.IsClassified)
        {
            throw new ArgumentException("An invalid result has no classification to write; report its Errors instead.", nameof(result));
        }

        if (presentation.Id is not null && result.PresentationId is not null && !string.Equals(presentation.Id, result.PresentationId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The result belongs to another presentation.", nameof(result));
        }

        string id = options.Id ?? result.PresentationId ?? presentation.Id
            ?? throw new ArgumentException("A phenopacket needs an id: give the presentation an Id or set PhenopacketOptions.Id.", nameof(options));
        if (id.Length == 0)
        {
            throw new ArgumentException("A phenopacket's id must not be empty.", nameof(options));
        }

        var created = options.Created
            ?? throw new ArgumentException("PhenopacketOptions.Created is required: the library never reads the clock.", nameof(options));
        string subjectId = options.SubjectId ?? id;
        var tables = PhenopacketTables.Instance;
        var gene = GeneOf(presentation);
        var prefixes = new List<string>();

        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteStartObject("subject");
        writer.WriteString("id", subjectId);
        writer.WriteEndObject();

        writer.WriteStartArray("phenotypicFeatures");
        foreach (var feature in Features(presentation, result))
        {
            writer.WriteStartObject();
            WriteOntologyClass(writer, "type", feature.Code.Code, feature.Code.Display);
            if (feature.Excluded)
            {
                writer.WriteBoolean("excluded", true);
            }

            if (feature.Onset is { } onset)
            {
                writer.WriteStartObject("onset");
                writer.WriteStartObject("age");
                writer.WriteString("iso8601duration", onset);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            AddPrefix(prefixes, feature.Code.Code);
        }

        writer.WriteEndArray();

        if (gene is { } finding)
        {
            writer.WriteStartArray("interpretations");
            writer.WriteStartObject();
            writer.WriteString("id", id + "-interpretation");
            var status = InterpretationStatusOf(finding.Classification, EstablishesCause(result));
            writer.WriteString("progressStatus", status == "CAUSATIVE" ? "SOLVED" : "UNKNOWN_PROGRESS");
            writer.WriteStartObject("diagnosis");
            WriteOntologyClass(writer, "disease", tables.Diagnosis.Id, tables.Diagnosis.Label);
            AddPrefix(prefixes, tables.Diagnosis.Id);
            writer.WriteStartArray("genomicInterpretations");
            writer.WriteStartObject();
            writer.WriteString("subjectOrBiosampleId", subjectId);
            writer.WriteString("interpretationStatus", status);
            AddPrefix(prefixes, finding.HgncId);
            if (finding.Zygosity is { } zygosity && tables.AllelicStates.TryGetValue(zygosity, out var allelicState))
            {
                // The zygosity has no field of its own: it is the allelic state of a variation descriptor, which names
                // no variant here (the presentation holds none), only its gene and its state.
                writer.WriteStartObject("variantInterpretation");
                writer.WriteString("acmgPathogenicityClassification", AcmgClassOf(finding.Classification));
                writer.WriteStartObject("variationDescriptor");
                writer.WriteString("id", id + "-variant");
                WriteGene(writer, "geneContext", finding.Symbol, finding.HgncId);
                WriteOntologyClass(writer, "allelicState", allelicState.Id, allelicState.Label);
                AddPrefix(prefixes, allelicState.Id);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else
            {
                WriteGene(writer, "gene", finding.Symbol, finding.HgncId);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("metaData");
        writer.WriteString("created", Timestamp(created));
        writer.WriteString("createdBy", options.CreatedBy ?? PhenopacketOptions.DefaultCreatedBy);
        writer.WriteStartArray("resources");
        foreach (var prefix in prefixes)
        {
            var resource = tables.Resources[prefix];
            writer.WriteStartObject();
            writer.WriteString("id", resource.Id);
            writer.WriteString("name", resource.Name);
            writer.WriteString("url", resource.Url);
            writer.WriteString("version", resource.Version);
            writer.WriteString("namespacePrefix", resource.NamespacePrefix);
            writer.WriteString("iriPrefix", resource.IriPrefix);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("phenopacketSchemaVersion", SchemaVersion);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Returns the <c>GenomicInterpretation.InterpretationStatus</c> by the schema's definitions
    /// (docs/genomic-interpretation.rst): CAUSATIVE only when the classifier concluded that the finding establishes the
    /// cause; a pathogenic or likely pathogenic variant that establishes nothing (one heterozygous variant in a gene of
    /// autosomal recessive inheritance, or its zygosity not recorded) is "possibly related", CANDIDATE, as is a variant of
    /// uncertain significance; likely benign and benign are "interpreted not to be related", REJECTED; no
    /// classification is UNKNOWN_STATUS.
    /// </summary>
    internal static string InterpretationStatusOf(VariantClassification? classification, bool establishesCause) =>
        establishesCause ? "CAUSATIVE" : classification switch
        {
            VariantClassification.Pathogenic or VariantClassification.LikelyPathogenic or VariantClassification.UncertainSignificance => "CANDIDATE",
            VariantClassification.LikelyBenign or VariantClassification.Benign => "REJECTED",
            _ => "UNKNOWN_STATUS",
        };

    /// <summary>
    /// Returns the <c>AcmgPathogenicityClassification</c> of the laboratory's class (core/interpretation.proto);
    /// NOT_PROVIDED when none is recorded, as docs/variant-interpretation.rst requires.
    /// </summary>
    internal static string AcmgClassOf(VariantClassification? classification) => classification switch
    {
        VariantClassification.Pathogenic => "PATHOGENIC",
        VariantClassification.LikelyPathogenic => "LIKELY_PATHOGENIC",
        VariantClassification.UncertainSignificance => "UNCERTAIN_SIGNIFICANCE",
        VariantClassification.LikelyBenign => "LIKELY_BENIGN",
        VariantClassification.Benign => "BENIGN",
        _ => "NOT_PROVIDED",
    };

    /// <summary>
    /// Returns whether the classifier concluded that the genetic finding establishes the cause: its reasoning holds the
    /// note <see cref="CauseEstablishedRule"/>. The export reads the conclusion rather than deciding it again, so the
    /// gene table's inheritance and the zygosity are weighed in one place, the core's rules (docs/genes.md).
    /// </summary>
    internal static bool EstablishesCause(ClassificationResult result)
    {
        foreach (var step in result.Reasoning)
        {
            if (step.Outcome == RuleOutcome.Note && string.Equals(step.RuleId, CauseEstablishedRule, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns an age in years as an ISO 8601 duration in whole years and months (34 reads <c>P34Y</c>, 1.5 <c>P1Y6M</c>,
    /// 0.25 <c>P3M</c>): the input holds the age in years with fractions, and months are the finest unit it can mean.
    /// </summary>
    internal static string AgeDuration(double years)
    {
        int months = (int)Math.Round(years * 12, MidpointRounding.AwayFromZero);
        int whole = months / 12;
        months %= 12;
        if (whole == 0 && months == 0)
        {
            return "P0Y";
        }

        var text = new StringBuilder("P");
        if (whole > 0)
        {
            text.Append(whole.ToString(CultureInfo.InvariantCulture)).Append('Y');
        }

        if (months > 0)
        {
            text.Append(months.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        return text.ToString();
    }

    /// <summary>Returns the phenotypic features in the order written (see the class remarks and docs/phenopackets.md).</summary>
    internal static List<(VerifiedCode Code, bool Excluded, string? Onset)> Features(Presentation presentation, ClassificationResult result)
    {
        var features = new List<(VerifiedCode Code, bool Excluded, string? Onset)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? onset = presentation.AgeAtOnset is { } age ? AgeDuration(age) : null;

        void Add(VerifiedCode? code, bool excluded, string? at)
        {
            if (code is not null && seen.Add(code.Code))
            {
                features.Add((code, excluded, at));
            }
        }

        // The age at onset is the dystonia's, and the onset region's: other regions may have been reached later, and the
        // distribution is the one seen now, so neither gets an onset.
        Add(PhenopacketTables.FirstHpo(VerifiedCodes.Dystonia), false, onset);
        Add(PhenopacketTables.FirstHpo(VerifiedCodes.ForDistribution(result.Labels.Distribution)), false, null);
        foreach (var region in presentation.Regions)
        {
            bool isOnset = presentation.OnsetRegion is { } first && first.Region == region.Region;
            Add(PhenopacketTables.FirstHpo(VerifiedCodes.ForRegion(region.Region)), false, isOnset ? onset : null);
        }

        // associatedFeatures present means examined (docs/json-contract.md): a feature not listed was looked for and not
        // found, so it is written as excluded; when the object is absent nothing is said either way.
        if (presentation.AssociatedFeatures is { } associated)
        {
            foreach (var disorder in Enum.GetValues<MovementDisorders>())
            {
                if (disorder != MovementDisorders.None)
                {
                    Add(PhenopacketTables.FirstHpo(VerifiedCodes.ForMovementDisorder(disorder)), (associated.MovementDisorders & disorder) == 0, null);
                }
            }

            foreach (var neurological in Enum.GetValues<NeurologicalFeatures>())
            {
                if (neurological != NeurologicalFeatures.None)
                {
                    Add(PhenopacketTables.FirstHpo(VerifiedCodes.ForNeurologicalFeature(neurological)), (associated.Neurological & neurological) == 0, null);
                }
            }
        }

        return features;
    }

    /// <summary>Returns the gene finding with its verified HGNC id, or null when there is none or its gene has no verified id.</summary>
    internal static (string Symbol, string HgncId, VariantClassification? Classification, Zygosity? Zygosity)? GeneOf(Presentation presentation)
    {
        if (presentation.Etiology.GeneticFinding is { } finding && PhenopacketTables.Instance.Genes.TryGetValue(finding.Gene, out var gene))
        {
            return (gene.Symbol, gene.HgncId, finding.Classification, finding.Zygosity);
        }

        return null;
    }

    private static void WriteGene(Utf8JsonWriter writer, string name, string symbol, string hgncId)
    {
        writer.WriteStartObject(name);
        writer.WriteString("valueId", hgncId);
        writer.WriteString("symbol", symbol);
        writer.WriteEndObject();
    }

    private static void WriteOntologyClass(Utf8JsonWriter writer, string name, string id, string label)
    {
        writer.WriteStartObject(name);
        writer.WriteString("id", id);
        writer.WriteString("label", label);
        writer.WriteEndObject();
    }

    private static void AddPrefix(List<string> prefixes, string curie)
    {
        string prefix = curie.Substring(0, curie.IndexOf(':', StringComparison.Ordinal));
        if (!prefixes.Contains(prefix))
        {
            prefixes.Add(prefix);
        }
    }

    /// <summary>A protobuf JSON Timestamp: RFC 3339 in UTC with a Z, fractions only when there are any.</summary>
    private static string Timestamp(DateTimeOffset created) =>
        created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
