using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dystonia.Classification.Phenopackets.Tests;

/// <summary>
/// Every classified sample exports a phenopacket of the published v2 form (<see cref="PhenopacketSchema"/>) with the
/// fields the schema documentation marks required, and a resource for each CURIE prefix it uses.
/// </summary>
public sealed class PhenopacketSchemaTests
{
    private static readonly Regex Curie = new("^[A-Za-z]+:[0-9]+$", RegexOptions.CultureInvariant);

    /// <summary>The sample cohort and the hostile corpus's files that hold records which classify, with how many do.</summary>
    public static TheoryData<string, int> SampleFiles() => new()
    {
        { "samples/cohort.jsonl", 36 },
        { "tests/corpus/hostile/ages.jsonl", 4 },
        { "tests/corpus/hostile/letter-case.jsonl", 1 },
        { "tests/corpus/hostile/crlf.jsonl", 2 },
        { "tests/corpus/hostile/byte-order-mark.jsonl", 2 },
        { "tests/corpus/hostile/huge-numbers.jsonl", 2 },
    };

    [Fact]
    public void Every_record_of_the_sample_cohort_exports_a_phenopacket()
    {
        var exported = Exports.Classified(RepositoryFiles.Path("samples", "cohort.jsonl"))
            .Select(record => Exports.Export(record.Presentation, record.Result)).ToList();

        exported.Should().HaveCount(File.ReadAllLines(RepositoryFiles.Path("samples", "cohort.jsonl")).Count(line => line.Trim().Length > 0));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Each_phenopacket_has_the_published_v2_form_and_its_required_fields(string file, int classified)
    {
        var problems = new List<string>();
        int count = 0;
        foreach (var (source, presentation, result) in Exports.Classified(RepositoryFiles.Path(file.Split('/'))))
        {
            var phenopacket = Exports.Export(presentation, result, presentation.Id ?? "record-" + count);
            count++;
            problems.AddRange(PhenopacketSchema.Problems(phenopacket, "Phenopacket").Select(p => source + " " + p));
            problems.AddRange(RequiredProblems(phenopacket).Select(p => source + " " + p));
        }

        count.Should().Be(classified);
        problems.Should().BeEmpty();
    }

    /// <summary>The gene, class and zygosity of each of the content tests' gene cases.</summary>
    public static TheoryData<string, VariantClassification?, Zygosity?> GeneFindings()
    {
        var findings = new TheoryData<string, VariantClassification?, Zygosity?>();
        foreach (var row in PhenopacketContentTests.GeneCases())
        {
            findings.Add((string)row[0], (VariantClassification?)row[1], (Zygosity?)row[2]);
        }

        return findings;
    }

    [Theory]
    [MemberData(nameof(GeneFindings))]
    public void Each_gene_case_has_the_published_v2_form_and_its_required_fields(string gene, VariantClassification? classification, Zygosity? zygosity)
    {
        var presentation = PhenopacketContentTests.GenePresentation(gene, classification, zygosity);

        var phenopacket = Exports.Export(presentation, Exports.Classify(presentation));

        phenopacket.TryGetProperty("interpretations", out _).Should().BeTrue();
        PhenopacketSchema.Problems(phenopacket, "Phenopacket").Should().BeEmpty();
        RequiredProblems(phenopacket).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"phenotypicFeatures\"", "\"phenotypicFeature\"", "no such field in Phenopacket")]
    [InlineData("\"excluded\":true", "\"excluded\":\"true\"", "must be a Bool")]
    [InlineData("\"CAUSATIVE\"", "\"CAUSAL\"", "not a value of the enum")]
    [InlineData("\"iso8601duration\"", "\"iso8601Duration\"", "no such field in Age")]
    [InlineData("\"2026-12-07T04:00:00Z\"", "\"2026-12-07 04:00\"", "must be an RFC 3339 timestamp in UTC")]
    [InlineData("\"allelicState\"", "\"zygosity\"", "no such field in VariationDescriptor")]
    [InlineData("\"PATHOGENIC\"", "\"PATHOGENIC_VARIANT\"", "not a value of the enum")]
    [InlineData("\"geneContext\"", "\"gene\"", "no such field in VariationDescriptor")]
    public void The_form_check_fails_a_misspelt_field_a_wrong_type_or_an_unknown_enum_value(string written, string broken, string problem)
    {
        var presentation = new Presentation
        {
            Id = "p-1",
            Regions = [BodyRegion.Neck],
            AgeAtOnset = 40,
            AssociatedFeatures = new AssociatedFeatures(),
            Etiology = new EtiologyFindings { GeneticFinding = new GeneticFinding("TOR1A") { Classification = VariantClassification.Pathogenic, Zygosity = Zygosity.Heterozygous } },
        };
        string json = DystoniaPhenopacket.ToJson(presentation, Exports.Classify(presentation), Exports.Options())
            .Replace(": ", ":", StringComparison.Ordinal);
        json.Should().Contain(written);

        using var document = JsonDocument.Parse(json.Replace(written, broken, StringComparison.Ordinal));

        PhenopacketSchema.Problems(document.RootElement, "Phenopacket").Should().Contain(p => p.EndsWith(problem, StringComparison.Ordinal));
    }

    /// <summary>
    /// The fields the schema documentation marks REQUIRED (docs/evidence/phenopacket-export.md) for what the export
    /// writes, and a metaData resource for every CURIE prefix of an OntologyClass or GeneDescriptor id.
    /// </summary>
    private static List<string> RequiredProblems(JsonElement phenopacket)
    {
        var problems = new List<string>();
        void Require(bool condition, string what)
        {
            if (!condition)
            {
                problems.Add(what);
            }
        }

        static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        Require(!string.IsNullOrEmpty(Text(phenopacket, "id")), "id");
        Require(phenopacket.TryGetProperty("subject", out var subject) && !string.IsNullOrEmpty(Text(subject, "id")), "subject.id");
        var metaData = phenopacket.GetProperty("metaData");
        Require(!string.IsNullOrEmpty(Text(metaData, "created")), "metaData.created");
        Require(!string.IsNullOrEmpty(Text(metaData, "createdBy")), "metaData.createdBy");
        Require(Text(metaData, "phenopacketSchemaVersion") == "2.0", "metaData.phenopacketSchemaVersion 2.0");

        var used = new HashSet<string>(StringComparer.Ordinal);
        void OntologyClass(JsonElement term, string where)
        {
            string? id = Text(term, "id");
            Require(id is not null && Curie.IsMatch(id), where + ".id a CURIE");
            Require(!string.IsNullOrEmpty(Text(term, "label")), where + ".label");
            if (id is not null)
            {
                used.Add(id.Split(':')[0]);
            }
        }

        var features = phenopacket.GetProperty("phenotypicFeatures");
        Require(features.GetArrayLength() > 0, "at least dystonia as a phenotypic feature");
        foreach (var feature in features.EnumerateArray())
        {
            OntologyClass(feature.GetProperty("type"), "phenotypicFeatures.type");
        }

        if (phenopacket.TryGetProperty("interpretations", out var interpretations))
        {
            foreach (var interpretation in interpretations.EnumerateArray())
            {
                Require(!string.IsNullOrEmpty(Text(interpretation, "id")), "interpretation.id");
                Require(Text(interpretation, "progressStatus") is not null, "interpretation.progressStatus");
                var diagnosis = interpretation.GetProperty("diagnosis");
                OntologyClass(diagnosis.GetProperty("disease"), "diagnosis.disease");
                foreach (var genomic in diagnosis.GetProperty("genomicInterpretations").EnumerateArray())
                {
                    Require(Text(genomic, "subjectOrBiosampleId") == Text(subject, "id"), "genomicInterpretation.subjectOrBiosampleId is the subject");
                    Require(Text(genomic, "interpretationStatus") is not null, "genomicInterpretation.interpretationStatus");
                    // The call is a oneof (docs/genomic-interpretation.rst, "call", 1..1): the gene, or a variant
                    // interpretation whose descriptor (docs/variant.rst) has its id, REQUIRED and unique in the document.
                    bool hasGene = genomic.TryGetProperty("gene", out var gene);
                    bool hasVariant = genomic.TryGetProperty("variantInterpretation", out var variant);
                    Require(hasGene != hasVariant, "genomicInterpretation.call: gene or variantInterpretation, one of them");
                    if (hasVariant)
                    {
                        Require(Text(variant, "acmgPathogenicityClassification") is not null, "variantInterpretation.acmgPathogenicityClassification");
                        var descriptor = variant.GetProperty("variationDescriptor");
                        string? descriptorId = Text(descriptor, "id");
                        Require(!string.IsNullOrEmpty(descriptorId), "variationDescriptor.id");
                        Require(descriptorId != Text(phenopacket, "id") && descriptorId != Text(interpretation, "id"), "variationDescriptor.id unique in the document");
                        gene = descriptor.GetProperty("geneContext");
                        OntologyClass(descriptor.GetProperty("allelicState"), "variationDescriptor.allelicState");
                    }

                    string? valueId = Text(gene, "valueId");
                    Require(valueId is not null && Regex.IsMatch(valueId, "^HGNC:[0-9]+$"), "gene.valueId an HGNC id");
                    Require(!string.IsNullOrEmpty(Text(gene, "symbol")), "gene.symbol");
                    if (valueId is not null)
                    {
                        used.Add("HGNC");
                    }
                }
            }
        }

        var resources = metaData.GetProperty("resources").EnumerateArray().ToList();
        foreach (var resource in resources)
        {
            foreach (var field in new[] { "id", "name", "url", "namespacePrefix", "iriPrefix" })
            {
                Require(!string.IsNullOrEmpty(Text(resource, field)), "resource." + field);
            }

            Require(Text(resource, "version") is not null, "resource.version");
        }

        resources.Select(r => Text(r, "namespacePrefix")).Should().BeEquivalentTo(used, "one resource for each prefix used, and no other");
        return problems;
    }
}
