namespace Dystonia.Classification.Fhir;

/// <summary>
/// The code-system URIs this package writes and reads. The project's own systems carry the labels that no
/// standard terminology codes (there is no LOINC code for a dystonia classification, and no SNOMED CT or HPO code
/// for multifocal dystonia); replace <see cref="ProjectBase"/> only together with every consumer.
/// </summary>
public static class FhirSystems
{
    /// <summary>SNOMED CT.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>The Human Phenotype Ontology, as named by HL7 Terminology.</summary>
    public const string Hpo = "http://human-phenotype-ontology.org";

    /// <summary>ICD-10-CM.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>HL7 observation categories.</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>The base of this project's code systems. The reserved <c>.invalid</c> domain marks that no web page stands behind it yet.</summary>
    public const string ProjectBase = "https://dystonia-classification.invalid/fhir/CodeSystem/";

    /// <summary>The classification observation's own code (<c>dystonia-classification</c>) and the component codes (axis names).</summary>
    public const string Classification = ProjectBase + "classification";

    /// <summary>Label values of every axis, as <c>axis/value</c> wire names (for example <c>distribution/segmental</c>).</summary>
    public const string Labels = ProjectBase + "labels";

    /// <summary>Body regions with side, as contract wire names (for example <c>upperLimb:left</c>).</summary>
    public const string BodyRegion = ProjectBase + "body-region";

    /// <summary>Findings the Bundle reader recognises that no standard code names (acquired causes, pathology, family history).</summary>
    public const string Findings = ProjectBase + "findings";
}
