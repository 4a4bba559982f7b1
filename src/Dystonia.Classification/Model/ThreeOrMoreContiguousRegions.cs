namespace Dystonia.Classification;

/// <summary>How to label three or more contiguous affected regions, where readings of the consensus differ.</summary>
public enum ThreeOrMoreContiguousRegions
{
    /// <summary>Segmental: "2 or more contiguous regions" (Jinnah 2017 table, GeneReviews). The default.</summary>
    Segmental = 0,

    /// <summary>Multifocal: "two non-contiguous or more (contiguous or not) regions" (consensus wording, Dystonia UK).</summary>
    Multifocal = 1,
}
