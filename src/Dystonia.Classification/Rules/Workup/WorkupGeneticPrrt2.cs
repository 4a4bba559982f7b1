using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-GENETIC-PRRT2: attacks triggered by sudden movement are recorded (paroxysmal kinesigenic dyskinesia), or
/// paroxysmal dystonia began early with no cause established, in which case the sentence makes the test conditional on
/// kinesigenic attacks. No established gene.
/// </summary>
internal sealed class WorkupGeneticPrrt2 : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-PRRT2";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override string? Gene => "PRRT2";

    internal override bool Suggests(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene
        && (HasKinesigenicAttacks(assessment)
            || (assessment.NoCauseEstablished && assessment.IsEarlyOnset && (assessment.Facts.Variability & Variability.Paroxysmal) != 0));

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "prrt2Basis")
        {
            return false;
        }

        text.AppendTerm(builder, HasKinesigenicAttacks(text.Assessment) ? "prrt2Basis.recorded" : "prrt2Basis.conditional", form);
        return true;
    }

    private static bool HasKinesigenicAttacks(in Assessment assessment) =>
        (assessment.Facts.Clues & DiagnosticClues.KinesigenicAttacks) != 0;
}
