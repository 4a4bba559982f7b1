using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>LEGACY-PRIMARY: isolated dystonia without other features, no secondary cause, and a normal workup or a genetic cause.</summary>
internal sealed class LegacyPrimary : LegacyRule
{
    internal override string Id => "LEGACY-PRIMARY";

    internal override bool Decides(in Assessment assessment, out LegacyCategory? label)
    {
        label = LegacyCategory.Primary;
        // A gene decides by its class: only a gene of isolated dystonia is the older "primary".
        return (!assessment.Facts.HasEstablishedGene || assessment.Facts.Gene!.Class == GeneClass.Isolated)
            && !IsParoxysmal(assessment.Facts)
            && WorkedUp(assessment.Facts)
            && assessment.IsolatedOrCombined == IsolatedOrCombined.Isolated
            && !AssociatedFeaturesRule.HasOtherFeatures(assessment.Facts);
    }
}
