namespace Dystonia.Classification.Rules;

/// <summary>AGE-LATE-ADULTHOOD: onset in late adulthood; the band's years are data (<c>fromYears</c>, <c>toYears</c>).</summary>
internal sealed class AgeLateAdulthood : AgeBandRule
{
    internal override string Id => "AGE-LATE-ADULTHOOD";

    internal override AgeAtOnsetGroup Group => AgeAtOnsetGroup.LateAdulthood;
}
