using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// DIST-SEGMENTAL-THREE-OR-MORE: segmental with three or more regions, which the consensus wording can be read to
/// call multifocal (option <see cref="ClassificationOptions.ThreeOrMoreContiguousRegions"/>).
/// </summary>
internal sealed class DistSegmentalThreeOrMore : NoteRule
{
    internal override string Id => "DIST-SEGMENTAL-THREE-OR-MORE";

    internal override bool Applies(in Assessment assessment, out string conclusion)
    {
        conclusion = WireNames.Of(Distribution.Multifocal);
        return assessment.Distribution == Distribution.Segmental && assessment.Facts.Regions.Count >= 3;
    }
}
