namespace Dystonia.Classification.Rules;

/// <summary>DIST-FOCAL: exactly one body region is affected.</summary>
internal sealed class DistFocal : DistributionRule
{
    internal override string Id => "DIST-FOCAL";

    internal override bool Decides(in Assessment assessment, out Distribution label)
    {
        label = Distribution.Focal;
        return assessment.Facts.Regions.Count == 1;
    }
}
