using System.Collections.Generic;
using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-GENETIC-PANEL: no established gene, no acquired cause and no degeneration, with early onset or a positive
/// family history: a multigene dystonia panel or exome rather than serial single-gene tests. A large exome study also
/// selected patients with multisite involvement, but that alone would send every adult with segmental cranial dystonia
/// for a panel, which no source recommends, so it is not a trigger here. The single-gene suggestions (TOR1A, THAP1,
/// SGCE) stay, since a panel must be known to cover them.
/// </summary>
internal sealed class WorkupGeneticPanel : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-PANEL";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override bool Suggests(in Assessment assessment) =>
        !assessment.Facts.HasEstablishedGene
        && !assessment.Facts.HasAcquiredCause
        && assessment.Facts.Pathology != NervousSystemPathology.Degeneration
        && (assessment.IsEarlyOnset || assessment.Facts.FamilyHistory == FamilyHistory.Positive);

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "panelBasis")
        {
            return false;
        }

        var assessment = text.Assessment;
        var keys = new List<string>(2);
        if (assessment.IsEarlyOnset)
        {
            keys.Add("panelBasis.earlyOnset");
        }

        if (assessment.Facts.FamilyHistory == FamilyHistory.Positive)
        {
            keys.Add("panelBasis.familial");
        }

        text.AppendList(builder, keys.ToArray(), form);
        return true;
    }
}
