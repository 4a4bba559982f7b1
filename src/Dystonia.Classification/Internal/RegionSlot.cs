namespace Dystonia.Classification.Internal;

/// <summary>
/// The ten countable regions: the midline regions once each, the limbs once per side. A limb with
/// <see cref="BodySide.Both"/> fills two slots, which is why bibrachial dystonia counts two regions.
/// </summary>
internal enum RegionSlot
{
    UpperFace = 0,
    LowerFace = 1,
    JawAndTongue = 2,
    Larynx = 3,
    Neck = 4,
    Trunk = 5,
    LeftUpperLimb = 6,
    RightUpperLimb = 7,
    LeftLowerLimb = 8,
    RightLowerLimb = 9,
}
