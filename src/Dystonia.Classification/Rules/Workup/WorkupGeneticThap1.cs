using System.Text;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-GENETIC-THAP1: cranial or neck involvement with early onset or a positive family history, no secondary
/// cause and no genetic finding.
/// </summary>
internal sealed class WorkupGeneticThap1 : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-THAP1";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override string? Gene => "THAP1";

    private uint cranioCervical;

    internal override bool Suggests(in Assessment assessment) =>
        assessment.NoCauseEstablished
        && (assessment.Facts.Regions.Slots & cranioCervical) != 0
        && (assessment.IsEarlyOnset || assessment.Facts.FamilyHistory == FamilyHistory.Positive);

    protected override void ReadParameters(RuleDefinition rule) =>
        cranioCervical = ClinicalData.Regions.SlotsOfSegment("cranial") | ClinicalData.Regions.SlotsOfSegment("cervical");

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "thap1Basis")
        {
            return false;
        }

        text.AppendTerm(builder, text.Assessment.IsEarlyOnset ? "thap1Basis.earlyOnset" : "thap1Basis.familial", form);
        return true;
    }
}
