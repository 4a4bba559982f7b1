using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>MISSING-ZYGOSITY: a pathogenic variant in a gene of autosomal recessive inheritance is recorded without its zygosity, so it establishes nothing.</summary>
internal sealed class MissingZygosity : MissingFindingRule
{
    internal override string Id => "MISSING-ZYGOSITY";

    internal override bool IsMissing(in Assessment assessment) => assessment.Facts.GeneStatus == GeneStatus.ZygosityNotRecorded;
}
