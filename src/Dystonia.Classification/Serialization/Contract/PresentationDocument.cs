using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Dystonia.Classification.Serialization.Contract;

#pragma warning disable CA1812, SA1402 // Contract shapes, created by the source-generated serializer.

/// <summary>The wire shape of a presentation (docs/json-contract.md, schema docs/schema/presentation.schema.json).</summary>
internal sealed class PresentationDocument
{
    public string? Id { get; set; }

    [JsonConverter(typeof(AgeConverter))]
    public double? AgeAtOnset { get; set; }

    public List<RegionDocument?>? Regions { get; set; }

    [JsonConverter(typeof(CourseConverter))]
    public Course? Course { get; set; }

    [JsonConverter(typeof(VariabilityConverter))]
    public Variability? Variability { get; set; }

    public AssociatedFeaturesDocument? AssociatedFeatures { get; set; }

    // Omitted when none, so that presentations written before the clues existed read back byte for byte.
    [JsonConverter(typeof(DiagnosticCluesConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DiagnosticClues? DiagnosticClues { get; set; }

    public EtiologyDocument? Etiology { get; set; }
}

internal sealed class RegionDocument
{
    [JsonConverter(typeof(BodyRegionConverter))]
    public BodyRegion? Region { get; set; }

    [JsonConverter(typeof(BodySideConverter))]
    public BodySide? Side { get; set; }

    public bool? Onset { get; set; }
}

internal sealed class AssociatedFeaturesDocument
{
    [JsonConverter(typeof(MovementDisordersConverter))]
    public MovementDisorders? MovementDisorders { get; set; }

    [JsonConverter(typeof(NeurologicalFeaturesConverter))]
    public NeurologicalFeatures? Neurological { get; set; }

    [JsonConverter(typeof(SystemicFeaturesConverter))]
    public SystemicFeatures? Systemic { get; set; }
}

internal sealed class EtiologyDocument
{
    [JsonConverter(typeof(PathologyConverter))]
    public NervousSystemPathology? NervousSystemPathology { get; set; }

    [JsonConverter(typeof(AcquiredCausesConverter))]
    public AcquiredCauses? AcquiredCauses { get; set; }

    public GeneticFindingDocument? GeneticFinding { get; set; }

    public bool? FamilyHistory { get; set; }
}

internal sealed class GeneticFindingDocument
{
    public string? Gene { get; set; }

    [JsonConverter(typeof(InheritanceConverter))]
    public Inheritance? Inheritance { get; set; }

    [JsonConverter(typeof(VariantClassificationConverter))]
    public VariantClassification? Classification { get; set; }

    [JsonConverter(typeof(ZygosityConverter))]
    public Zygosity? Zygosity { get; set; }
}
#pragma warning restore CA1812, SA1402
