namespace Dystonia.Classification.Rules;

/// <summary>LEGACY-HEREDODEGENERATIVE: degeneration, or an established gene of a heredodegenerative or metabolic disease, without an acquired cause.</summary>
internal sealed class LegacyHeredodegenerative : LegacyRule
{
    internal override string Id => "LEGACY-HEREDODEGENERATIVE";

    internal override bool Decides(in Assessment assessment, out LegacyCategory? label)
    {
        label = LegacyCategory.Heredodegenerative;
        return assessment.Facts.Pathology == NervousSystemPathology.Degeneration || assessment.Facts.HasDegenerativeGene;
    }
}
