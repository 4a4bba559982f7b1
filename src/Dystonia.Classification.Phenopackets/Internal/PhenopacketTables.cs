using System;
using System.Collections.Generic;
using System.Text.Json;
using Dystonia.Classification.Fhir;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Phenopackets.Internal;

/// <summary>One <c>metaData.resources</c> entry of <c>Data/phenopacket-resources.json</c>.</summary>
internal sealed record PhenopacketResource(string Id, string Name, string Url, string Version, string NamespacePrefix, string IriPrefix);

/// <summary>
/// What the export reads once: the resources, the diagnosis and the allelic states (<c>Data/phenopacket-resources.json</c>), the HGNC ids of
/// the core's gene table (<c>Data/genes.json</c>, read from the core assembly so that each id is written once) and the HPO
/// terms of the FHIR package's verified table.
/// </summary>
internal sealed class PhenopacketTables
{
    private static readonly Lazy<PhenopacketTables> Loaded = new(Load);

    private PhenopacketTables(
        IReadOnlyDictionary<string, PhenopacketResource> resources,
        (string Id, string Label) diagnosis,
        IReadOnlyDictionary<string, (string Symbol, string HgncId)> genes,
        IReadOnlyDictionary<Zygosity, (string Id, string Label)> allelicStates)
    {
        Resources = resources;
        Diagnosis = diagnosis;
        Genes = genes;
        AllelicStates = allelicStates;
    }

    internal static PhenopacketTables Instance => Loaded.Value;

    /// <summary>Gets the resources keyed by CURIE prefix (<c>HP</c>, <c>MONDO</c>, <c>HGNC</c>).</summary>
    internal IReadOnlyDictionary<string, PhenopacketResource> Resources { get; }

    /// <summary>Gets the disease of a diagnosis: dystonia as a disease (Mondo), since HPO terms are phenotypes.</summary>
    internal (string Id, string Label) Diagnosis { get; }

    /// <summary>Gets the approved symbol and HGNC id of each gene of the table that has a verified id, keyed by symbol, any letter case.</summary>
    internal IReadOnlyDictionary<string, (string Symbol, string HgncId)> Genes { get; }

    /// <summary>
    /// Gets the GENO term of each zygosity whose id and label were read in the GENO ontology (docs/evidence/phenopacket-export.md);
    /// a zygosity without one gets no allelic state.
    /// </summary>
    internal IReadOnlyDictionary<Zygosity, (string Id, string Label)> AllelicStates { get; }

    /// <summary>Returns the first HPO term of a list of verified codes, or null when it holds none.</summary>
    internal static VerifiedCode? FirstHpo(IReadOnlyList<VerifiedCode> codes)
    {
        foreach (var code in codes)
        {
            if (string.Equals(code.System, FhirSystems.Hpo, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    private static PhenopacketTables Load()
    {
        using var stream = typeof(PhenopacketTables).Assembly.GetManifestResourceStream("Dystonia.Classification.Phenopackets.Data.phenopacket-resources.json")
            ?? throw new InvalidOperationException("Embedded table phenopacket-resources.json is missing.");
        using var document = JsonDocument.Parse(stream);
        var resources = new Dictionary<string, PhenopacketResource>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("resources").EnumerateArray())
        {
            var resource = new PhenopacketResource(
                entry.GetProperty("id").GetString()!,
                entry.GetProperty("name").GetString()!,
                entry.GetProperty("url").GetString()!,
                entry.GetProperty("version").GetString()!,
                entry.GetProperty("namespacePrefix").GetString()!,
                entry.GetProperty("iriPrefix").GetString()!);
            resources.Add(resource.NamespacePrefix, resource);
        }

        var disease = document.RootElement.GetProperty("diagnosis");
        var diagnosis = (disease.GetProperty("id").GetString()!, disease.GetProperty("label").GetString()!);

        var allelicStates = new Dictionary<Zygosity, (string, string)>();
        foreach (var entry in document.RootElement.GetProperty("allelicStates").EnumerateArray())
        {
            // The zygosity by its contract name, so that the table cannot name one the contract does not have.
            if (!ContractNames.TryParse(entry.GetProperty("zygosity").GetString(), out Zygosity zygosity))
            {
                throw new InvalidOperationException("phenopacket-resources.json names a zygosity the contract does not have.");
            }

            allelicStates.Add(zygosity, (entry.GetProperty("id").GetString()!, entry.GetProperty("label").GetString()!));
        }

        var genes = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        using (var geneStream = typeof(Presentation).Assembly.GetManifestResourceStream("Dystonia.Classification.Data.genes.json")
            ?? throw new InvalidOperationException("The core's embedded table genes.json is missing."))
        using (var geneDocument = JsonDocument.Parse(geneStream))
        {
            // The core's loader checks the form of each id (HGNC:<digits>) when the classifier first loads the table.
            foreach (var gene in geneDocument.RootElement.GetProperty("genes").EnumerateArray())
            {
                if (gene.TryGetProperty("hgncId", out var id))
                {
                    string symbol = gene.GetProperty("symbol").GetString()!;
                    genes.Add(symbol, (symbol, id.GetString()!));
                }
            }
        }

        return new PhenopacketTables(resources, diagnosis, genes, allelicStates);
    }
}
