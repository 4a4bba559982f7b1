using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>GENE-TREATABLE: the established gene's disease has a disease-specific treatment in the table.</summary>
internal sealed class GeneTreatable : GeneNoteRule
{
    internal override string Id => "GENE-TREATABLE";

    internal override GeneStatus Status => GeneStatus.Established;

    internal override string Conclusion => "treatable";

    internal override bool Applies(in Assessment assessment, out string conclusion) =>
        base.Applies(assessment, out conclusion) && assessment.Facts.Gene!.Treatment is not null;
}
