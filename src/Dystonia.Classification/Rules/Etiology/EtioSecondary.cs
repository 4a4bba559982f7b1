using System;
using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>ETIO-SECONDARY: an acquired cause, a structural lesion, degeneration, or an established gene of a degenerative or metabolic disease.</summary>
internal sealed class EtioSecondary : EtiologyRule
{
    internal override string Id => "ETIO-SECONDARY";

    internal override bool Decides(in Assessment assessment, out EtiologyLabel label)
    {
        label = new EtiologyLabel(Etiology.Secondary, EtiologyCertainty.Established);
        return assessment.Facts.HasSecondaryCause;
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "secondaryReasons")
        {
            return false;
        }

        var facts = text.Assessment.Facts;
        Span<string> keys = new string[4];
        int count = 0;
        if (facts.HasAcquiredCause)
        {
            keys[count++] = "secondaryReason.acquired";
        }

        if (facts.Pathology == NervousSystemPathology.StructuralLesion)
        {
            keys[count++] = "secondaryReason.structuralLesion";
        }

        if (facts.Pathology == NervousSystemPathology.Degeneration)
        {
            keys[count++] = "secondaryReason.degeneration";
        }

        if (facts.HasDegenerativeGene)
        {
            keys[count++] = "secondaryReason.geneticDisease";
        }

        text.AppendList(builder, keys[..count], form);
        return true;
    }
}
