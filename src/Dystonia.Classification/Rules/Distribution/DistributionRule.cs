using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>
/// A rule of body distribution, 2013 consensus Axis I (DIST-*). Tried in catalogue order, the first that matches
/// decides: one region is focal; trunk plus two others is generalized; one side including that side's arm and leg is
/// hemidystonia; one contiguous group is segmental; anything else is multifocal.
/// </summary>
internal abstract class DistributionRule : LabelRule<Distribution>
{
    internal override string Conclusion(in Assessment assessment, Distribution label) => WireNames.Of(label);

    /// <summary>Gets whether the legs are involved, reported with generalized dystonia only.</summary>
    internal virtual bool? LegInvolvement(in Assessment assessment) => null;
}
