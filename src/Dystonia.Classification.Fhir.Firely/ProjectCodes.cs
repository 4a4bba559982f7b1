using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Fhir.Firely;

/// <summary>
/// The codes of the project's findings and body-region systems, built from the contract's names so that a value
/// added to the model appears in the published CodeSystems (docs/fhir) and in the Questionnaire's answers at once.
/// </summary>
internal static class ProjectCodes
{
    /// <summary>The findings codes, <c>axis/value</c>, in the order the CodeSystem lists them.</summary>
    internal static IReadOnlyList<(string Axis, string Value)> Findings { get; } = BuildFindings();

    /// <summary>The body-region codes: every region, alone and with each side.</summary>
    internal static IReadOnlyList<string> BodyRegions { get; } =
        Enum.GetValues<BodyRegion>().Select(ContractNames.Of).SelectMany(r => new[] { r, r + ":left", r + ":right", r + ":both" }).ToArray();

    /// <summary>
    /// The findings axes the Bundle reader does not read as codes of their own: a genetic finding's classification and
    /// zygosity are read from its LOINC components (53037-8; 53034-5 or 81263-6), as the Genomics Reporting IG records
    /// them; the Questionnaire collects them as codes.
    /// </summary>
    internal static IReadOnlySet<string> QuestionnaireOnlyAxes { get; } = new HashSet<string>(StringComparer.Ordinal) { "variantClassification", "zygosity" };

    internal static IEnumerable<string> Values(string axis) => Findings.Where(f => f.Axis == axis).Select(f => f.Value);

    /// <summary>The writer's display of a wire name (<see cref="WireNameDisplay"/>, the FHIR package's own source).</summary>
    internal static string Display(string wire) => WireNameDisplay.Of(wire);

    /// <summary>The display of a findings code: "Acquired cause: brain injury".</summary>
    internal static string FindingDisplay(string axis, string value) =>
        value.Length == 0 ? Display(axis) : Display(axis) + ": " + Display(value).ToLowerInvariant();

    private static List<(string, string)> BuildFindings()
    {
        var findings = new List<(string, string)>();
        findings.AddRange(Enum.GetValues<NervousSystemPathology>().Select(v => ("nervousSystemPathology", ContractNames.Of(v))));
        findings.AddRange(Names<AcquiredCauses>(ContractNames.TryParse).Select(v => ("acquiredCause", v)));
        findings.AddRange(Names<MovementDisorders>(ContractNames.TryParse).Select(v => ("movementDisorder", v)));
        findings.AddRange(Names<NeurologicalFeatures>(ContractNames.TryParse).Select(v => ("neurological", v)));
        findings.AddRange(Names<SystemicFeatures>(ContractNames.TryParse).Select(v => ("systemic", v)));
        findings.Add(("associatedFeatures", "examined"));
        findings.Add(("familyHistory", "positive"));
        findings.Add(("familyHistory", "negative"));
        findings.Add(("course", ContractNames.Of(Course.Static)));
        findings.Add(("course", ContractNames.Of(Course.Progressive)));
        findings.AddRange(Flags<Variability>().Select(v => ("variability", ContractNames.Of(v)[0])));
        findings.AddRange(Flags<DiagnosticClues>().Select(v => ("diagnosticClue", ContractNames.Of(v)[0])));
        findings.AddRange(Enum.GetValues<VariantClassification>().Select(v => ("variantClassification", ContractNames.Of(v))));
        findings.AddRange(Enum.GetValues<Zygosity>().Select(v => ("zygosity", ContractNames.Of(v))));
        findings.Add(("geneticFinding", ""));
        return findings;
    }

    private delegate bool TryParse<T>(string? name, out T value);

    /// <summary>The contract names of a flags enum's members: the member name in camel case, kept only where the contract parses it back to that member.</summary>
    private static IEnumerable<string> Names<T>(TryParse<T> parse) where T : struct, Enum
    {
        foreach (var value in Flags<T>())
        {
            string name = value.ToString();
            name = char.ToLowerInvariant(name[0]) + name.Substring(1);
            if (parse(name, out var parsed) && parsed.Equals(value))
            {
                yield return name;
            }
        }
    }

    private static IEnumerable<T> Flags<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => BitOperations.PopCount(Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture)) == 1);
}
