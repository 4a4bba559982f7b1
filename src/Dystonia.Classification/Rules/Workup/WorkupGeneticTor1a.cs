using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Rules;

/// <summary>
/// WORKUP-GENETIC-TOR1A: limb onset before <c>tor1aLimbOnsetBeforeAge</c> years (EFNS 2011: DYT1 testing for primary
/// dystonia with limb onset before age 30), no secondary cause and no genetic finding.
/// </summary>
internal sealed class WorkupGeneticTor1a : WorkupRule
{
    internal override string Id => "WORKUP-GENETIC-TOR1A";

    internal override WorkupKind Kind => WorkupKind.GeneticTesting;

    internal override string? Gene => "TOR1A";

    /// <summary>Gets the age, in years, before which limb onset calls for the test.</summary>
    internal int LimbOnsetBeforeAge { get; private set; }

    internal override bool Suggests(in Assessment assessment) =>
        assessment.NoCauseEstablished && IsYoungEnough(assessment) && (assessment.Facts.OnsetSlots & ClinicalData.Regions.LateralSlots) != 0;

    /// <summary>Returns whether the criterion could apply but the onset region needed to decide it is missing.</summary>
    internal bool NeedsOnsetRegion(in Assessment assessment) =>
        assessment.Facts.OnsetSlots == 0
        && assessment.NoCauseEstablished
        && IsYoungEnough(assessment)
        && (assessment.Facts.Regions.Slots & ClinicalData.Regions.LateralSlots) != 0;

    protected override void ReadParameters(RuleDefinition rule) => LimbOnsetBeforeAge = rule.Parameter("tor1aLimbOnsetBeforeAge");

    private bool IsYoungEnough(in Assessment assessment) => assessment.Facts.HasAge && assessment.Facts.Age < LimbOnsetBeforeAge;
}
