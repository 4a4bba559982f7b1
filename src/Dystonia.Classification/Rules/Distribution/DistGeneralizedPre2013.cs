using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// DIST-GENERALIZED-PRE2013: generalized under 2013 without leg involvement, which the pre-2013 definition (leg plus
/// trunk plus one other region) would call segmental or multifocal.
/// </summary>
internal sealed class DistGeneralizedPre2013 : NoteRule
{
    internal override string Id => "DIST-GENERALIZED-PRE2013";

    internal override bool Applies(in Assessment assessment, out string conclusion)
    {
        bool applies = assessment.Distribution == Distribution.Generalized && !ClinicalData.Catalogue.Get<DistGeneralized>().HasLegs(assessment);
        conclusion = applies ? WireNames.Of(Alternative(assessment)) : string.Empty;
        return applies;
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "alternative")
        {
            return false;
        }

        text.AppendTerm(builder, "distribution." + WireNames.Of(Alternative(text.Assessment)), form);
        return true;
    }

    private static Distribution Alternative(in Assessment assessment) =>
        assessment.Groups == 1 ? Distribution.Segmental : Distribution.Multifocal;
}
