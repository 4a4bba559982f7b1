namespace Dystonia.Classification.Internal;

/// <summary>Whether a region takes a side, from the <c>side</c> column of <c>Data/body-regions.json</c>.</summary>
internal enum SideRule
{
    /// <summary>Midline: no side allowed (neck, trunk).</summary>
    None = 0,

    /// <summary>May carry a side; none means bilateral or midline (cranial regions).</summary>
    Optional = 1,

    /// <summary>Must carry a side (limbs).</summary>
    Required = 2,
}
