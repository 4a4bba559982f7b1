namespace Dystonia.Classification.Rules;

/// <summary>
/// DIST-MULTIFOCAL-THREE-OR-MORE: three or more contiguous regions when the option
/// <see cref="ClassificationOptions.ThreeOrMoreContiguousRegions"/> is <see cref="ThreeOrMoreContiguousRegions.Multifocal"/>.
/// </summary>
internal sealed class DistMultifocalThreeOrMore : DistributionRule
{
    internal override string Id => "DIST-MULTIFOCAL-THREE-OR-MORE";

    internal override bool Decides(in Assessment assessment, out Distribution label)
    {
        label = Distribution.Multifocal;
        return assessment.Groups == 1
            && assessment.Facts.Regions.Count >= 3
            && assessment.Settings.ThreeOrMore == ThreeOrMoreContiguousRegions.Multifocal;
    }
}
