using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Dystonia.Classification.Fhir.Internal;

/// <summary>The external code tables of <c>Data/fhir-codes.json</c>, loaded once.</summary>
internal sealed class FhirCodeTables
{
    private static readonly Lazy<FhirCodeTables> Loaded = new(Load);

    private FhirCodeTables()
    {
    }

    internal static FhirCodeTables Instance => Loaded.Value;

    internal IReadOnlyList<FhirCoding> Dystonia { get; private set; } = [];

    internal IReadOnlyDictionary<string, IReadOnlyList<FhirCoding>> Distribution { get; private set; } = new Dictionary<string, IReadOnlyList<FhirCoding>>();

    /// <summary>Gets phenotype codes that name a dystonia of one region, keyed by region wire name.</summary>
    internal IReadOnlyList<(string Region, FhirCoding Coding)> RegionPhenotypes { get; private set; } = [];

    internal IReadOnlyList<(string Value, FhirCoding Coding)> MovementDisorders { get; private set; } = [];

    internal IReadOnlyList<(string Value, FhirCoding Coding)> NeurologicalFeatures { get; private set; } = [];

    internal IReadOnlyList<(string Value, FhirCoding Coding)> AcquiredCauses { get; private set; } = [];

    /// <summary>Gets body-structure codes that name one region, keyed by region wire name, with the side a lateralised structure names (or <see langword="null"/>).</summary>
    internal IReadOnlyList<(string Region, string? Side, FhirCoding Coding)> BodySites { get; private set; } = [];

    /// <summary>Gets the LOINC code of an Observation component that carries a variant's clinical significance.</summary>
    internal FhirCoding VariantClassificationComponent { get; private set; } = null!;

    /// <summary>Gets the LOINC answers for a variant's clinical significance, keyed by the contract's classification name.</summary>
    internal IReadOnlyList<(string Value, FhirCoding Coding)> VariantClassifications { get; private set; } = [];

    /// <summary>
    /// Gets the LOINC answers for a variant's zygosity, keyed by the contract's zygosity name, each with the component it
    /// answers: the allelic state (53034-5) for one variant, the complex variant type (81263-6) for a compound heterozygote.
    /// </summary>
    internal IReadOnlyList<(string Value, FhirCoding Component, FhirCoding Answer)> Zygosities { get; private set; } = [];

    /// <summary>Gets the SNOMED CT laterality qualifiers, keyed by side wire name (<c>left</c>, <c>right</c>, <c>both</c>).</summary>
    internal IReadOnlyList<(string Side, FhirCoding Coding)> Laterality { get; private set; } = [];

    /// <summary>
    /// Gets each region's side rule (<c>none</c>, <c>optional</c>, <c>required</c>), index = <see cref="BodyRegion"/>
    /// value, read from the core's own <c>Data/body-regions.json</c> so that the rule is written once.
    /// </summary>
    internal IReadOnlyList<string> RegionSides { get; private set; } = [];

    /// <summary>Gets every coding of every table, for checks.</summary>
    internal IEnumerable<FhirCoding> All
    {
        get
        {
            foreach (var coding in Dystonia)
            {
                yield return coding;
            }

            foreach (var list in Distribution.Values)
            {
                foreach (var coding in list)
                {
                    yield return coding;
                }
            }

            foreach (var table in new[] { RegionPhenotypes, MovementDisorders, NeurologicalFeatures, AcquiredCauses, Laterality })
            {
                foreach (var (_, coding) in table)
                {
                    yield return coding;
                }
            }

            foreach (var (_, _, coding) in BodySites)
            {
                yield return coding;
            }
        }
    }

    private static FhirCodeTables Load()
    {
        using var stream = typeof(FhirCodeTables).Assembly.GetManifestResourceStream("Dystonia.Classification.Fhir.Data.fhir-codes.json")
            ?? throw new InvalidOperationException("Embedded table fhir-codes.json is missing.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var systems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var system in root.GetProperty("systems").EnumerateObject())
        {
            systems.Add(system.Name, system.Value.GetString()!);
        }

        FhirCoding Coding(JsonElement e) => new(
            systems[e.GetProperty("system").GetString()!],
            e.GetProperty("code").GetString()!,
            e.GetProperty("display").GetString()!,
            e.GetProperty("source").GetString()!,
            e.GetProperty("verification").GetString()!);

        List<(string, FhirCoding)> Keyed(string table, string key)
        {
            var list = new List<(string, FhirCoding)>();
            foreach (var entry in root.GetProperty(table).EnumerateArray())
            {
                list.Add((entry.GetProperty(key).GetString()!, Coding(entry)));
            }

            return list;
        }

        var distribution = new Dictionary<string, IReadOnlyList<FhirCoding>>(StringComparer.Ordinal);
        foreach (var label in root.GetProperty("distribution").EnumerateObject())
        {
            var codings = new List<FhirCoding>();
            foreach (var entry in label.Value.EnumerateArray())
            {
                codings.Add(Coding(entry));
            }

            distribution.Add(label.Name, codings);
        }

        var bodySites = new List<(string, string?, FhirCoding)>();
        foreach (var entry in root.GetProperty("bodySites").EnumerateArray())
        {
            bodySites.Add((entry.GetProperty("region").GetString()!, entry.TryGetProperty("side", out var side) ? side.GetString() : null, Coding(entry)));
        }

        var dystonia = new List<FhirCoding>();
        foreach (var entry in root.GetProperty("dystonia").EnumerateArray())
        {
            dystonia.Add(Coding(entry));
        }

        var zygosityComponents = new Dictionary<string, FhirCoding>(StringComparer.Ordinal);
        foreach (var component in root.GetProperty("zygosityComponents").EnumerateObject())
        {
            zygosityComponents.Add(component.Name, Coding(component.Value));
        }

        var zygosities = new List<(string, FhirCoding, FhirCoding)>();
        foreach (var entry in root.GetProperty("zygosities").EnumerateArray())
        {
            zygosities.Add((entry.GetProperty("value").GetString()!, zygosityComponents[entry.GetProperty("component").GetString()!], Coding(entry)));
        }

        var sides = new List<string>();
        using (var regionStream = typeof(Presentation).Assembly.GetManifestResourceStream("Dystonia.Classification.Data.body-regions.json")
            ?? throw new InvalidOperationException("The core's embedded table body-regions.json is missing."))
        using (var regionDocument = JsonDocument.Parse(regionStream))
        {
            foreach (var region in regionDocument.RootElement.GetProperty("regions").EnumerateArray())
            {
                sides.Add(region.GetProperty("side").GetString()!);
            }
        }

        return new FhirCodeTables
        {
            RegionSides = sides,
            Dystonia = dystonia,
            Distribution = distribution,
            RegionPhenotypes = Keyed("regionPhenotypes", "region"),
            MovementDisorders = Keyed("movementDisorders", "value"),
            NeurologicalFeatures = Keyed("neurologicalFeatures", "value"),
            AcquiredCauses = Keyed("acquiredCauses", "value"),
            BodySites = bodySites,
            Laterality = Keyed("laterality", "side"),
            VariantClassificationComponent = Coding(root.GetProperty("variantClassificationComponent")),
            VariantClassifications = Keyed("variantClassifications", "value"),
            Zygosities = zygosities,
        };
    }
}
