using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// LEGACY-DYSTONIA-PLUS: an established gene of combined dystonia (dopa-responsive dystonia counts here even when
/// the dystonia is isolated, as in the Fahn scheme); without a gene, combined dystonia with a normal workup.
/// </summary>
internal sealed class LegacyDystoniaPlus : LegacyRule
{
    internal override string Id => "LEGACY-DYSTONIA-PLUS";

    internal override bool Decides(in Assessment assessment, out LegacyCategory? label)
    {
        label = LegacyCategory.DystoniaPlus;
        var facts = assessment.Facts;
        return facts.HasEstablishedGene
            ? facts.Gene!.Class == GeneClass.Combined
            : WorkedUp(facts) && assessment.IsolatedOrCombined == IsolatedOrCombined.Combined && !IsParoxysmal(facts);
    }
}
