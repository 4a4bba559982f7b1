using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>MISSING-VARIANT-CLASSIFICATION: a variant in a gene of the table is recorded without its classification, so it establishes nothing.</summary>
internal sealed class MissingVariantClassification : MissingFindingRule
{
    internal override string Id => "MISSING-VARIANT-CLASSIFICATION";

    internal override bool IsMissing(in Assessment assessment) =>
        assessment.Facts.GeneStatus == GeneStatus.NotEstablishing && assessment.Facts.Presentation.Etiology.GeneticFinding!.Classification is null;
}
