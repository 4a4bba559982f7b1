using System.Collections.Generic;
using Dystonia.Classification.Serialization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Dystonia.Classification.Fhir.Firely.Tests;

/// <summary>docs/fhir: the project's CodeSystems and ValueSets, up to date, valid, and complete for what the packages write and read.</summary>
public sealed class TerminologyTests
{
    private static readonly FhirJsonSerializer Serializer = new();

    public static TheoryData<string> Files() => new(ProjectTerminology.All().Select(ProjectTerminology.FileName));

    [Fact]
    public void The_published_resources_are_the_ones_built_from_the_code()
    {
        string folder = RepositoryFiles.Path("docs", "fhir");
        var expected = ProjectTerminology.All().ToDictionary(ProjectTerminology.FileName, r => Serializer.SerializeToString(r, true) + "\n");
        if (Environment.GetEnvironmentVariable("DYSTONIA_UPDATE_FHIR") == "1")
        {
            Directory.CreateDirectory(folder);
            foreach (var (file, json) in expected)
            {
                File.WriteAllText(Path.Combine(folder, file), json);
            }
        }

        Directory.EnumerateFiles(folder, "*-*.json").Select(Path.GetFileName).Should().BeEquivalentTo(expected.Keys);
        foreach (var (file, json) in expected)
        {
            File.ReadAllText(Path.Combine(folder, file)).Should().Be(json, "docs/fhir/{0} is out of date: run the tests with DYSTONIA_UPDATE_FHIR=1", file);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_published_resource_passes_firelys_validator(string file)
    {
        var resource = new FhirJsonDeserializer().DeserializeResource(RepositoryFiles.Read("docs", "fhir", file));

        FirelyValidation.Errors(resource).Should().BeEmpty();
        ((IVersionableConformanceResource)resource).Url.Should().StartWith(DystoniaFirely.CanonicalBase);
    }

    [Fact]
    public void Every_project_coding_written_for_the_sample_cohort_is_in_its_published_code_system_with_the_same_display()
    {
        var systems = ProjectTerminology.All().OfType<CodeSystem>().ToDictionary(s => s.Url!, s => s.Concept.ToDictionary(c => c.Code!, c => c.Display));
        var classifier = new DystoniaClassifier();
        var seen = new HashSet<string>();
        foreach (string line in File.ReadLines(RepositoryFiles.Path("samples", "cohort.jsonl")))
        {
            var result = DystoniaJson.Classify(classifier, System.Text.Encoding.UTF8.GetBytes(line));
            if (!result.IsClassified)
            {
                continue;
            }

            var observation = DystoniaFirely.ToObservation(result);
            var codings = new[] { observation.Code!, (CodeableConcept)observation.Value!, observation.Method! }
                .Concat(observation.Component.SelectMany(c => new[] { c.Code!, c.Value as CodeableConcept }))
                .OfType<CodeableConcept>().SelectMany(c => c.Coding)
                .Where(c => c.System!.StartsWith(DystoniaFirely.CanonicalBase, StringComparison.Ordinal));
            foreach (var coding in codings)
            {
                systems.Should().ContainKey(coding.System!);
                systems[coding.System!].Should().Contain(coding.Code!, coding.Display!, "{0}#{1} is written", coding.System, coding.Code);
                seen.Add(coding.System + "#" + coding.Code);
            }
        }

        seen.Should().Contain(FhirSystems.Labels + "#distribution/generalized").And.Contain(FhirSystems.BodyRegion + "#upperLimb:left");
    }

    [Fact]
    public void Every_published_finding_and_body_region_code_is_read_by_the_bundle_reader()
    {
        var systems = ProjectTerminology.All().OfType<CodeSystem>().ToDictionary(s => s.Url!);
        foreach (var concept in systems[FhirSystems.Findings].Concept.Where(c => !ProjectCodes.QuestionnaireOnlyAxes.Contains(c.Code!.Split('/')[0])))
        {
            var bundle = Bundle(new Observation
            {
                Status = ObservationStatus.Final,
                Code = new CodeableConcept(FhirSystems.Findings, concept.Code),
                Value = concept.Code == "geneticFinding" ? new FhirString("TOR1A") : null,
            });

            DystoniaFirely.Read(bundle).NotUsed.Select(i => i.Location).Should().NotContain("entry[1].resource.code", "{0} is published", concept.Code);
        }

        foreach (var concept in systems[FhirSystems.BodyRegion].Concept)
        {
            var read = DystoniaFirely.Read(Bundle(null, concept.Code!));

            // A limb code alone is recognised but lacks its side: a missing finding, not an unknown code.
            read.NotUsed.Should().NotContain(i => i.Code == FhirReadIssueCodes.BodySiteNotRecognised || i.Code == FhirReadIssueCodes.UnrecognisedCode, "{0} is published", concept.Code);
        }
    }

    private static Bundle Bundle(Observation? finding, string region = "neck")
    {
        var bundle = new Bundle { Type = Hl7.Fhir.Model.Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            Resource = new Condition
            {
                Id = "c1",
                Code = new CodeableConcept(FhirSystems.Hpo, "HP:0001332"),
                BodySite = [new CodeableConcept(FhirSystems.BodyRegion, region)],
                Subject = new ResourceReference("Patient/p1"),
            },
        });
        if (finding is not null)
        {
            finding.Id = "o1";
            finding.Subject = new ResourceReference("Patient/p1");
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = finding });
        }

        return bundle;
    }
}
