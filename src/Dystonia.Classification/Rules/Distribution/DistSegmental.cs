using System.Numerics;
using System.Text;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>DIST-SEGMENTAL: the affected regions form one connected group under the contiguity table.</summary>
internal sealed class DistSegmental : DistributionRule
{
    internal override string Id => "DIST-SEGMENTAL";

    internal override bool Decides(in Assessment assessment, out Distribution label)
    {
        label = Distribution.Segmental;
        return assessment.Groups == 1;
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "segments")
        {
            return false;
        }

        var contiguity = ClinicalData.Regions;
        int segments = contiguity.SegmentsOf(text.Assessment.Facts.Regions.Slots);
        var keys = new string[BitOperations.PopCount((uint)segments)];
        int next = 0;
        for (int segment = 0; segment < contiguity.SegmentNames.Count; segment++)
        {
            if ((segments & (1 << segment)) != 0)
            {
                keys[next++] = "segment." + contiguity.SegmentNames[segment];
            }
        }

        text.AppendList(builder, keys, form);
        return true;
    }
}
