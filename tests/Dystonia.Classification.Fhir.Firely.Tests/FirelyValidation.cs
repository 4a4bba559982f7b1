using System.Collections.Generic;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Dystonia.Classification.Fhir.Firely.Tests;

/// <summary>
/// Firely's validator on the core R4 specification (specification.zip of Hl7.Fhir.Specification.Data.R4, copied to the
/// output folder): structure, cardinality, required bindings, the FHIRPath invariants of every element (txt-1 and
/// txt-2 on the narrative, obs-6 and obs-7 on the Observation, que-* on the Questionnaire) and the XHTML rules, plus the
/// project's own CodeSystems and ValueSets (docs/fhir), so that a binding to them is checked too.
/// </summary>
internal static class FirelyValidation
{
    private static readonly Lazy<Validator> Instance = new(Create);

    // One validation at a time: the validator converts each StructureDefinition to a schema on first use and caches it,
    // and two tests converting the same profile at once made it fail with "Index was out of range" while resolving
    // http://hl7.org/fhir/StructureDefinition/code (seen once in CI). Validation is not what these tests time.
    private static readonly object Gate = new();

    private static Validator Create()
    {
        var core = new CachedResolver(ZipSource.CreateValidationSource(System.IO.Path.Combine(AppContext.BaseDirectory, "specification.zip")));
        var resolver = new MultiResolver(core, new InMemoryResourceResolver(ProjectResources()));
        var terminology = new LocalTerminologyService(resolver);
        return new Validator(resolver, terminology);
    }

    /// <summary>The project's published CodeSystems and ValueSets (docs/fhir), when there are any yet.</summary>
    internal static IEnumerable<Resource> ProjectResources()
    {
        string folder = RepositoryFiles.Path("docs", "fhir");
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var deserializer = new Hl7.Fhir.Serialization.FhirJsonDeserializer();
        foreach (string file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            yield return Hl7.Fhir.Serialization.PocoDeserializationExtensions.DeserializeResource(deserializer, File.ReadAllText(file));
        }
    }

    /// <summary>
    /// Returns the issues of severity warning, error or fatal, each as "severity location: message": what the packages
    /// emit must pass with no error and no warning (information is allowed).
    /// </summary>
    internal static string[] Errors(Resource resource)
    {
        OperationOutcome outcome;
        lock (Gate)
        {
            outcome = Instance.Value.Validate(resource);
        }

        return outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Warning or OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => i.Severity + " " + string.Join(",", i.Expression ?? []) + ": " + i.Details?.Text)
            .ToArray();
    }

    /// <summary>Returns every issue (warnings and information too), for the tests that pin what the validator says.</summary>
    internal static string[] AllIssues(Resource resource)
    {
        OperationOutcome outcome;
        lock (Gate)
        {
            outcome = Instance.Value.Validate(resource);
        }

        return outcome.Issue.Select(i => i.Severity + " " + string.Join(",", i.Expression ?? []) + ": " + i.Details?.Text).ToArray();
    }
}
