namespace Dystonia.Classification;

/// <summary>Body distribution of dystonia (2013 consensus, Axis I).</summary>
public enum Distribution
{
    /// <summary>Only one body region is affected. JSON: <c>focal</c>.</summary>
    Focal = 0,

    /// <summary>Two or more contiguous regions are affected. JSON: <c>segmental</c>.</summary>
    Segmental = 1,

    /// <summary>Two or more non-contiguous regions are affected. JSON: <c>multifocal</c>.</summary>
    Multifocal = 2,

    /// <summary>Regions restricted to one side of the body, including that side's upper and lower limb. JSON: <c>hemidystonia</c>.</summary>
    Hemidystonia = 3,

    /// <summary>The trunk and at least two other regions are affected. JSON: <c>generalized</c>.</summary>
    Generalized = 4,
}
