using System.Threading.Tasks;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;

namespace Dystonia.Classification.Fhir.Firely.Tests;

/// <summary>The C# example of docs/ehr-integration.md ("On Firely"): compiled here, run on the sample Bundle, and the document checked to hold it verbatim.</summary>
public sealed class DocsExampleTests
{
    // <docs-firely-example>
    public static Observation? ClassifyBundle(Bundle bundle, IDystoniaClassifier classifier)
    {
        // The findings from the EHR's Bundle (a search result, or the CDS Hooks prefetch put together).
        FirelyReadResult read = DystoniaFirely.Read(bundle);
        if (read.Presentation is not { } presentation)
        {
            return null; // read.Errors says why; read.NotUsed lists every resource or element not used, and why
        }

        ClassificationResult result = classifier.Classify(presentation, "lv");
        return DystoniaFirely.ToObservation(result, new FirelyObservationOptions
        {
            Subject = new ResourceReference("Patient/123"),
            Effective = new FhirDateTime(2026, 11, 21),
            DerivedFrom = read.Used, // Observations in derivedFrom, Conditions in workflow-supportingInfo
        });
    }

    // A rerun on the same findings gives the same identifier: create only if none has it yet.
    public static Task<Observation?> SaveAsync(FhirClient client, Observation observation)
    {
        Identifier identifier = observation.Identifier[0];
        var ifNoneExist = new SearchParams().Add("identifier", identifier.System + "|" + identifier.Value);
        return client.ConditionalCreateAsync(observation, ifNoneExist);
    }
    // </docs-firely-example>

    [Fact]
    public void The_example_classifies_the_sample_bundle_in_latvian_with_its_sources()
    {
        var observation = ClassifyBundle(ReadTests.SampleBundle(), new DystoniaClassifier())!;

        observation.Language.Should().Be("lv");
        observation.Extension.Should().HaveCount(2);
        observation.DerivedFrom.Should().ContainSingle();
        FirelyValidation.Errors(observation).Should().BeEmpty();
    }

    [Fact]
    public void The_document_holds_the_example_as_compiled_here()
    {
        string source = RepositoryFiles.Read("tests", "Dystonia.Classification.Fhir.Firely.Tests", "DocsExampleTests.cs").Replace("\r\n", "\n", StringComparison.Ordinal);
        const string Begin = "// <docs-firely-example>\n", End = "\n    // </docs-" + "firely-example>";
        int start = source.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        // The end marker is split above so that this method's text does not hold it: the first one after the start
        // is the example's own.
        int end = source.IndexOf(End, start, StringComparison.Ordinal) + 1;
        start.Should().BeGreaterThan(Begin.Length - 1);
        end.Should().BeGreaterThan(start);
        string example = string.Join("\n", source[start..end].TrimEnd('\n').Split('\n').Select(l => l.Length >= 4 ? l[4..] : l));

        RepositoryFiles.Read("docs", "ehr-integration.md").Replace("\r\n", "\n", StringComparison.Ordinal).Should().Contain("```csharp\n" + example + "\n```");
    }
}
