namespace Dystonia.Classification;

/// <summary>
/// A body region as counted by the 2013 consensus body-distribution rules.
/// </summary>
/// <remarks>
/// <para>
/// Regions follow the examples of the 2013 consensus and the item list of the Unified Dystonia Rating Scale,
/// with the proximal and distal parts of a limb merged into one region: shoulder plus hand dystonia in one
/// arm is still focal. The full table with its rationale is in <c>docs/body-regions.md</c>.
/// </para>
/// <para>
/// <see cref="UpperLimb"/> and <see cref="LowerLimb"/> must carry a <see cref="BodySide"/>; the cranial regions
/// may carry one (for hemidystonia with facial involvement); <see cref="Neck"/> and <see cref="Trunk"/> are
/// midline and take none.
/// </para>
/// </remarks>
public enum BodyRegion
{
    /// <summary>Eyes and brow: blepharospasm. JSON: <c>upperFace</c>.</summary>
    UpperFace = 0,

    /// <summary>Lower face: lower facial muscles beyond the perioral part of oromandibular dystonia, which is entered as <see cref="JawAndTongue"/>. JSON: <c>lowerFace</c>.</summary>
    LowerFace = 1,

    /// <summary>Jaw and tongue: oromandibular dystonia. JSON: <c>jawAndTongue</c>.</summary>
    JawAndTongue = 2,

    /// <summary>Larynx: laryngeal dystonia (spasmodic dysphonia). JSON: <c>larynx</c>.</summary>
    Larynx = 3,

    /// <summary>Neck: cervical dystonia; shoulder elevation is counted here by convention. JSON: <c>neck</c>.</summary>
    Neck = 4,

    /// <summary>Trunk: chest, abdominal and back muscles (axial dystonia). JSON: <c>trunk</c>.</summary>
    Trunk = 5,

    /// <summary>Upper limb, proximal and distal together (shoulder girdle to hand). Needs a side. JSON: <c>upperLimb</c>.</summary>
    UpperLimb = 6,

    /// <summary>Lower limb, proximal and distal together (hip to foot). Needs a side. JSON: <c>lowerLimb</c>.</summary>
    LowerLimb = 7,
}
