using Dystonia.Classification.Internal;
using System.Text;

namespace Dystonia.Classification.Rules;

/// <summary>DIST-MULTIFOCAL: two or more regions that do not form one connected group; the axis's last rule.</summary>
internal sealed class DistMultifocal : DistributionRule
{
    internal override string Id => "DIST-MULTIFOCAL";

    internal override bool Decides(in Assessment assessment, out Distribution label)
    {
        label = Distribution.Multifocal;
        return true;
    }

    internal override bool TryAppendValue(ResultText text, StringBuilder builder, string name, string? form)
    {
        if (name != "groupCount")
        {
            return false;
        }

        ResultText.AppendNumber(builder, text.Assessment.Groups, name, form);
        return true;
    }
}
