using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Rules;

/// <summary>A rule of the age-at-onset group, 2013 consensus Axis I (AGE-*), in completed years.</summary>
internal abstract class AgeAtOnsetRule : LabelRule<AgeAtOnsetGroup?>
{
    internal override string Conclusion(in Assessment assessment, AgeAtOnsetGroup? label) =>
        label is { } group ? WireNames.Of(group) : "notRecorded";
}

/// <summary>
/// One age band of the 2013 consensus: from <c>fromYears</c> to <c>toYears</c> completed years, both read from
/// <c>Data/rules.json</c>; the bands must tile the ages from 0 with the last one open, which the catalogue checks at
/// load. The year between early and late adulthood is disputed: the option
/// <see cref="ClassificationOptions.CountAgeFortyAsLateAdulthood"/> moves it to the later band.
/// </summary>
internal abstract class AgeBandRule : AgeAtOnsetRule
{
    internal abstract AgeAtOnsetGroup Group { get; }

    /// <summary>Gets the first completed year of the band.</summary>
    internal int FromYears { get; private set; }

    /// <summary>Gets the last completed year of the band; <see cref="int.MaxValue"/> for the open last band.</summary>
    internal int ToYears { get; private set; }


    internal override bool Decides(in Assessment assessment, out AgeAtOnsetGroup? label)
    {
        label = Group;
        if (!assessment.Facts.HasAge)
        {
            return false;
        }

        int years = assessment.Facts.CompletedYears;
        bool boundaryIsLate = assessment.Settings.AgeFortyIsLate;
        return Group switch
        {
            AgeAtOnsetGroup.EarlyAdulthood => years >= FromYears && (years < ToYears || (years == ToYears && !boundaryIsLate)),
            AgeAtOnsetGroup.LateAdulthood => years >= FromYears || (years == FromYears - 1 && boundaryIsLate),
            _ => years >= FromYears && years <= ToYears,
        };
    }

    protected override void ReadParameters(RuleDefinition rule)
    {
        // The open last band is written as the consensus writes it, "over 40"; the others as "13 to 20".
        if (Group == AgeAtOnsetGroup.LateAdulthood)
        {
            FromYears = rule.Parameter("overYears") + 1;
            ToYears = int.MaxValue;
        }
        else
        {
            FromYears = rule.Parameter("fromYears");
            ToYears = rule.Parameter("toYears");
        }
    }
}
