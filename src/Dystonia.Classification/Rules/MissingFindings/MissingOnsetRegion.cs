using Dystonia.Classification.Internal;
namespace Dystonia.Classification.Rules;

/// <summary>MISSING-ONSET-REGION: the TOR1A criterion (WORKUP-GENETIC-TOR1A) could apply, but it needs the onset region.</summary>
internal sealed class MissingOnsetRegion : MissingFindingRule
{
    internal override string Id => "MISSING-ONSET-REGION";

    internal override bool IsMissing(in Assessment assessment) =>
        Internal.ClinicalData.Catalogue.Get<WorkupGeneticTor1a>().NeedsOnsetRegion(assessment);
}
