using System.Collections.Generic;
using System.Numerics;
using Dystonia.Classification.Serialization;
using Hl7.Fhir.Model;

namespace Dystonia.Classification.Fhir.Firely.Tests;

/// <summary>
/// The project's own code systems as FHIR CodeSystem resources, each with a ValueSet of all its codes, built from the
/// code: the contract's names (ContractNames), the region table (BodyRegion) and the rule set. docs/fhir/ holds them
/// as published JSON; <c>DYSTONIA_UPDATE_FHIR=1</c> rewrites it (TerminologyTests). The canonical URLs are those of
/// FhirSystems under the project's base <see cref="DystoniaFirely.CanonicalBase"/>.
/// </summary>
internal static class ProjectTerminology
{
    internal const string Publisher = "Dystonia.Classification contributors";

    internal static IReadOnlyList<Resource> All()
    {
        var resources = new List<Resource>();
        foreach (var (name, url, title, description, codes) in Systems())
        {
            var system = new CodeSystem
            {
                Id = name,
                Url = url,
                Name = Pascal(name),
                Title = title,
                Status = PublicationStatus.Active,
                Experimental = false,
                Publisher = Publisher,
                Description = description,
                CaseSensitive = true,
                ValueSet = DystoniaFirely.CanonicalBase + "ValueSet/" + name,
                Content = CodeSystemContentMode.Complete,
                Count = codes.Count,
                Concept = codes.Select(c => new CodeSystem.ConceptDefinitionComponent { Code = c.Code, Display = c.Display }).ToList(),
            };
            system.Text = Narrative(title, codes.Select(c => c.Code + ": " + c.Display));
            var valueSet = new ValueSet
            {
                Id = name,
                Url = DystoniaFirely.CanonicalBase + "ValueSet/" + name,
                Name = Pascal(name),
                Title = title + " (all codes)",
                Status = PublicationStatus.Active,
                Experimental = false,
                Publisher = Publisher,
                Description = "Every code of the CodeSystem " + url + ".",
                Compose = new ValueSet.ComposeComponent { Include = [new ValueSet.ConceptSetComponent { System = url }] },
            };
            valueSet.Text = Narrative(valueSet.Title, ["All codes of " + url]);
            resources.Add(system);
            resources.Add(valueSet);
        }

        resources.Add(DystoniaQuestionnaire.Create("en"));
        return resources;
    }

    /// <summary>The file each resource is published in: <c>docs/fhir/CodeSystem-labels.json</c>.</summary>
    internal static string FileName(Resource resource) => resource.TypeName + "-" + resource.Id + ".json";

    private static IEnumerable<(string Name, string Url, string Title, string Description, IReadOnlyList<(string Code, string Display)> Codes)> Systems()
    {
        var ruleSet = new DystoniaClassifier().Classify(new Presentation { Regions = [new AffectedRegion(BodyRegion.Neck)] }).RuleSet;
        string[] components = ["legInvolvement", "ageAtOnsetGroup", "course", "variability", "associatedFeatures", "nervousSystemPathology", "heritability", "etiology", "etiologyCertainty", "legacyCategory", "affectedRegion"];
        yield return ("classification", FhirSystems.Classification, "Dystonia classification: observation, components and rule sets",
            "The code of the classification Observation, the codes of its components (the axes of the JSON contract) and the rule sets named in Observation.method.",
            [("dystonia-classification", "Dystonia classification"), .. components.Select(c => (c, Display(c))), (ruleSet.Name, ruleSet.Title)]);

        var labels = new List<(string, string)>();
        void Add<T>(string axis, Func<T, string> name, params T[] skip) where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>().Where(v => !skip.Contains(v)))
            {
                string wire = name(value);
                labels.Add((axis + "/" + wire, Display(wire)));
            }
        }

        Add<Distribution>("distribution", ContractNames.Of);
        Add<AgeAtOnsetGroup>("ageAtOnsetGroup", ContractNames.Of);
        Add<Course>("course", ContractNames.Of, Course.Unknown);
        foreach (var variability in Flags<Variability>())
        {
            string wire = ContractNames.Of(variability)[0];
            labels.Add(("variability/" + wire, Display(wire)));
        }

        Add<IsolatedOrCombined>("associatedFeatures", ContractNames.Of);
        Add<NervousSystemPathology>("nervousSystemPathology", ContractNames.Of);
        Add<Heritability>("heritability", ContractNames.Of);
        Add<Etiology>("etiology", ContractNames.Of);
        Add<EtiologyCertainty>("etiologyCertainty", ContractNames.Of);
        Add<LegacyCategory>("legacyCategory", ContractNames.Of);
        yield return ("labels", FhirSystems.Labels, "Dystonia classification labels",
            "The label of every axis of the 2013 consensus classification, coded axis/value with the JSON contract's names (docs/json-contract.md).", labels);

        yield return ("body-region", FhirSystems.BodyRegion, "Dystonia body regions",
            "The body regions of the classification (docs/body-regions.md), with the side after a colon; a limb without a side is read but reported as needing one.",
            ProjectCodes.BodyRegions.Select(r => (r, Display(r))).ToList());

        yield return ("findings", FhirSystems.Findings, "Dystonia findings",
            "Findings that no standard terminology codes: pathology, acquired causes, associated features, family history, course, variability, diagnostic clues, the variant's classification and zygosity, and the genetic finding (its HGNC symbol in valueString). The Bundle reader reads all but the variant classification and zygosity, which the Questionnaire collects and the Bundle reader takes from the genetic finding's LOINC components.",
            ProjectCodes.Findings.Select(f => (f.Value.Length == 0 ? f.Axis : f.Axis + "/" + f.Value, f.Value.Length == 0 ? "Genetic finding (HGNC symbol in valueString)" : ProjectCodes.FindingDisplay(f.Axis, f.Value))).ToList());
    }

    private static IEnumerable<T> Flags<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => BitOperations.PopCount(Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture)) == 1);

    /// <summary>The writer's display of a wire name (DystoniaFhir.Display): <c>earlyAdulthood</c> reads "Early adulthood", <c>upperLimb:left</c> "Upper limb, left".</summary>
    internal static string Display(string wire) => ProjectCodes.Display(wire);

    private static string Pascal(string name) =>
        "Dystonia" + string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));

    private static Narrative Narrative(string title, IEnumerable<string> lines) => new()
    {
        Status = Hl7.Fhir.Model.Narrative.NarrativeStatus.Generated,
        Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + DystoniaFirely.Escape(title) + "</p><ul>"
            + string.Concat(lines.Select(l => "<li>" + DystoniaFirely.Escape(l) + "</li>")) + "</ul></div>",
    };
}
