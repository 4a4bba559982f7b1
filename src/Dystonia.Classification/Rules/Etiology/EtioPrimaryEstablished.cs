using System;
using System.Text;
using Dystonia.Classification.Internal;

using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>ETIO-PRIMARY-ESTABLISHED: no secondary cause, and the workup found no pathology or a genetic cause is known.</summary>
internal sealed class EtioPrimaryEstablished : EtiologyRule
{
    internal override string Id => "ETIO-PRIMARY-ESTABLISHED";

    internal override bool Decides(in Assessment assessment, out EtiologyLabel label)
    {
        label = new EtiologyLabel(Etiology.Primary, EtiologyCertainty.Established);
        return assessment.Facts.Pathology == NervousSystemPathology.None || assessment.Facts.HasEstablishedGene;
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "primaryBasis")
        {
            return false;
        }

        var facts = text.Assessment.Facts;
        Span<string> keys = new string[2];
        int count = 0;
        if (facts.Pathology == NervousSystemPathology.None)
        {
            keys[count++] = "primaryBasis.noPathology";
        }

        if (facts.HasEstablishedGene)
        {
            keys[count++] = "primaryBasis.genetic";
        }

        text.AppendList(builder, keys[..count], form);
        return true;
    }
}
