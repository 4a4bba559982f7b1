namespace Dystonia.Classification;

/// <summary>The side of the patient's body on which a region is affected.</summary>
/// <remarks>Sides are always the patient's own left and right, never the examiner's.</remarks>
public enum BodySide
{
    /// <summary>
    /// No side given. For a cranial region this means bilateral or midline involvement; it is not allowed for a limb.
    /// JSON: the <c>side</c> property is omitted.
    /// </summary>
    Unspecified = 0,

    /// <summary>The patient's left side. JSON: <c>left</c>.</summary>
    Left = 1,

    /// <summary>The patient's right side. JSON: <c>right</c>.</summary>
    Right = 2,

    /// <summary>
    /// Both sides. For a limb this is shorthand for two regions (left and right); for a cranial region it means
    /// bilateral, the same as <see cref="Unspecified"/>, or as the region listed once <see cref="Left"/> and once
    /// <see cref="Right"/>, which is still one region. JSON: <c>both</c>.
    /// </summary>
    Both = 3,
}
