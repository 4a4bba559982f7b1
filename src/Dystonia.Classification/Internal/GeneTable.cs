using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Internal;

/// <summary>The phenotype class of a gene of the table, which decides the etiology, heritability and Fahn labels.</summary>
internal enum GeneClass
{
    /// <summary>Isolated dystonia (DYT-): primary, inherited; Fahn primary.</summary>
    Isolated,

    /// <summary>Combined dystonia (DYT- with another movement disorder, DYT/PARK-): primary, inherited; Fahn dystonia-plus.</summary>
    Combined,

    /// <summary>Paroxysmal movement disorder (PxMD-): primary, inherited; Fahn lists paroxysmal dyskinesias apart.</summary>
    Paroxysmal,

    /// <summary>Heredodegenerative disease: secondary (degeneration counts as secondary), inherited; Fahn heredodegenerative.</summary>
    Heredodegenerative,

    /// <summary>Inborn error of metabolism: secondary, inherited; Fahn heredodegenerative.</summary>
    Metabolic,
}

/// <summary>One gene of <c>Data/genes.json</c>.</summary>
internal sealed class GeneRow
{
    internal GeneRow(string symbol, string? designation, string disorder, GeneClass geneClass, Inheritance[] inheritance, string? treatment, ReadOnlyCollection<SourceReference> sources, string[] previousSymbols, string verification, string? hgncId = null)
    {
        Verification = verification;
        HgncId = hgncId;
        Symbol = symbol;
        Designation = designation;
        Disorder = disorder;
        Class = geneClass;
        Inheritance = inheritance;
        Treatment = treatment;
        Sources = sources;
        PreviousSymbols = previousSymbols;
    }

    /// <summary>Gets the HGNC approved symbol.</summary>
    internal string Symbol { get; }

    /// <summary>
    /// Gets the HGNC identifier (<c>HGNC:3098</c>), or null where none was seen in an HGNC data file
    /// (docs/evidence/hgnc-ids.md); the GA4GH Phenopacket export names a gene only where it has one.
    /// </summary>
    internal string? HgncId { get; }

    /// <summary>Gets the MDS task-force designation (DYT-TOR1A), or null where none was verified.</summary>
    internal string? Designation { get; }

    internal string Disorder { get; }

    internal GeneClass Class { get; }

    internal Inheritance[] Inheritance { get; }

    /// <summary>Gets whether the table lists autosomal recessive inheritance alone, so that only two pathogenic alleles establish the disorder.</summary>
    internal bool IsAutosomalRecessiveOnly => Inheritance is [global::Dystonia.Classification.Inheritance.AutosomalRecessive];

    /// <summary>Gets the key of the disease-specific treatment (a term <c>treatment.*</c>), or null.</summary>
    internal string? Treatment { get; }

    internal ReadOnlyCollection<SourceReference> Sources { get; }

    internal string[] PreviousSymbols { get; }

    /// <summary>Gets how each field was verified, for the generated page.</summary>
    internal string Verification { get; }

    /// <summary>Gets whether the class makes the dystonia secondary: a degenerative or metabolic disease.</summary>
    internal bool IsDegenerative => Class is GeneClass.Heredodegenerative or GeneClass.Metabolic;
}

/// <summary>
/// The gene knowledge table, <c>Data/genes.json</c>, loaded once and checked on load: symbols unique, no previous
/// symbol that is another row's symbol or previous symbol, every class, inheritance and treatment known, every
/// source in <c>sources.json</c>. Symbols are matched without regard to letter case, since HGNC symbols of human genes
/// never differ by case alone and clinicians type them either way.
/// </summary>
internal sealed class GeneTable
{
    internal static readonly string[] ClassNames = ["isolated", "combined", "paroxysmal", "heredodegenerative", "metabolic"];

    private readonly Dictionary<string, GeneRow> bySymbol;
    private readonly Dictionary<string, GeneRow> byPreviousSymbol;

    private GeneTable(List<GeneRow> rows, string[] treatments)
    {
        Rows = rows.AsReadOnly();
        Treatments = treatments;
        bySymbol = new Dictionary<string, GeneRow>(StringComparer.OrdinalIgnoreCase);
        byPreviousSymbol = new Dictionary<string, GeneRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (bySymbol.ContainsKey(row.Symbol))
            {
                throw new InvalidOperationException("Data/genes.json: gene " + row.Symbol + " is given twice.");
            }

            bySymbol.Add(row.Symbol, row);
        }

        foreach (var row in rows)
        {
            foreach (var previous in row.PreviousSymbols)
            {
                if (bySymbol.ContainsKey(previous) || byPreviousSymbol.ContainsKey(previous))
                {
                    throw new InvalidOperationException("Data/genes.json: the previous symbol " + previous + " of " + row.Symbol + " is also another gene's symbol or previous symbol.");
                }

                byPreviousSymbol.Add(previous, row);
            }
        }
    }

    /// <summary>Gets the rows in the order of the file.</summary>
    internal IReadOnlyList<GeneRow> Rows { get; }

    /// <summary>Gets the treatment keys the table may name.</summary>
    internal string[] Treatments { get; }

    internal bool TryFind(string symbol, out GeneRow row) => bySymbol.TryGetValue(symbol, out row!);

    internal bool TryFindPrevious(string symbol, out GeneRow row) => byPreviousSymbol.TryGetValue(symbol, out row!);

    internal static GeneTable Load(IReadOnlyDictionary<string, SourceReference> sources, IReadOnlyDictionary<string, LocalizedText> terms)
    {
        using var document = ClinicalData.OpenTable("genes.json");
        var root = document.RootElement;
        var classes = Strings(root.GetProperty("classes"));
        if (!System.Linq.Enumerable.SequenceEqual(classes, ClassNames))
        {
            throw new InvalidOperationException("Data/genes.json: the classes must be " + string.Join(", ", ClassNames) + ", in that order.");
        }

        var treatments = Strings(root.GetProperty("treatments"));
        foreach (var treatment in treatments)
        {
            Require(terms.ContainsKey("treatment." + treatment), "treatment " + treatment + " has no term treatment." + treatment + " in Data/terms.json");
        }

        var rows = new List<GeneRow>();
        foreach (var entry in root.GetProperty("genes").EnumerateArray())
        {
            var symbol = entry.GetProperty("symbol").GetString()!;
            Require(InputRules.IsWellFormedGeneSymbol(symbol), "the symbol of a row is not a well-formed gene symbol");
            var className = entry.GetProperty("class").GetString();
            int geneClass = Array.IndexOf(ClassNames, className);
            Require(geneClass >= 0, symbol + " has an unknown class");
            var inheritance = new List<Inheritance>();
            foreach (var name in entry.GetProperty("inheritance").EnumerateArray())
            {
                int index = Array.IndexOf(WireNames.Inheritances, name.GetString());
                Require(index > 0, symbol + " has an unknown inheritance");
                inheritance.Add((Inheritance)index);
            }

            Require(inheritance.Count > 0, symbol + " gives no inheritance");
            string? treatmentKey = entry.GetProperty("treatment").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("treatment").GetString();
            Require(treatmentKey is null || Array.IndexOf(treatments, treatmentKey) >= 0, symbol + " names a treatment the table does not list");
            var cited = new List<SourceReference>();
            foreach (var source in entry.GetProperty("sources").EnumerateArray())
            {
                Require(sources.TryGetValue(source.GetString()!, out var reference), symbol + " cites an unknown source");
                cited.Add(reference!);
            }

            Require(cited.Count > 0, symbol + " cites no source");
            string? hgncId = entry.TryGetProperty("hgncId", out var id) ? id.GetString() : null;
            Require(hgncId is null || IsHgncId(hgncId), symbol + " has an HGNC id not of the form HGNC:<digits>");
            var designation = entry.GetProperty("designation");
            rows.Add(new GeneRow(
                symbol,
                designation.ValueKind == JsonValueKind.Null ? null : designation.GetString(),
                entry.GetProperty("disorder").GetString()!,
                (GeneClass)geneClass,
                [.. inheritance],
                treatmentKey,
                cited.AsReadOnly(),
                Strings(entry.GetProperty("previousSymbols")),
                entry.GetProperty("verification").GetString()!,
                hgncId));
        }

        return new GeneTable(rows, treatments);
    }

    /// <summary>Tells whether the text is an HGNC identifier: <c>HGNC:</c> and one or more digits, nothing else.</summary>
    internal static bool IsHgncId(string text)
    {
        const string Prefix = "HGNC:";
        if (text.Length <= Prefix.Length || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = Prefix.Length; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Strings(JsonElement array)
    {
        var result = new string[array.GetArrayLength()];
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[i++] = item.GetString()!;
        }

        return result;
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Data/genes.json: " + problem + ".");
        }
    }
}
