using System;

namespace Dystonia.Classification;

/// <summary>A body region affected by dystonia, with the side on which it is affected.</summary>
/// <remarks>
/// <para>
/// This is a plain pair; whether the side is allowed for the region (a limb needs one, the neck and trunk take
/// none) is checked when a <see cref="Presentation"/> is validated, so that bad input is reported as a
/// validation error naming the field rather than thrown from a constructor.
/// </para>
/// <para>A <see cref="BodyRegion"/> converts implicitly to an <see cref="AffectedRegion"/> with no side.</para>
/// <para>Equality compares region and side. The default value is the upper face with no side.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct AffectedRegion : IEquatable<AffectedRegion>
{
    /// <summary>Creates an affected region.</summary>
    /// <param name="region">The body region.</param>
    /// <param name="side">The side of the patient's body; <see cref="BodySide.Unspecified"/> for midline or bilateral cranial regions.</param>
    public AffectedRegion(BodyRegion region, BodySide side = BodySide.Unspecified)
    {
        Region = region;
        Side = side;
    }

    /// <summary>Gets the body region.</summary>
    public BodyRegion Region { get; }

    /// <summary>Gets the side of the patient's body on which the region is affected.</summary>
    public BodySide Side { get; }

    /// <summary>Converts a region with no side (a midline or bilateral cranial region) to an affected region.</summary>
    /// <param name="region">The body region.</param>
    public static implicit operator AffectedRegion(BodyRegion region) => new(region);

    /// <summary>Creates an affected region with no side; the named alternative to the implicit conversion.</summary>
    /// <param name="region">The body region.</param>
    /// <returns>The affected region.</returns>
    public static AffectedRegion FromBodyRegion(BodyRegion region) => new(region);

    /// <summary>Returns whether two affected regions have the same region and side.</summary>
    public static bool operator ==(AffectedRegion left, AffectedRegion right) => left.Equals(right);

    /// <summary>Returns whether two affected regions differ in region or side.</summary>
    public static bool operator !=(AffectedRegion left, AffectedRegion right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AffectedRegion other) => Region == other.Region && Side == other.Side;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AffectedRegion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Region << 4) | (int)Side;

    /// <summary>Formats the region as its JSON wire form, for example <c>neck</c> or <c>upperLimb:left</c>.</summary>
    /// <returns>The culture-invariant wire form.</returns>
    public override string ToString() => Internal.WireNames.Format(this);
}
