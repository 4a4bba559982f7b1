namespace Dystonia.Classification.Rules;

/// <summary>AGE-EARLY-ADULTHOOD: onset in early adulthood; the band's years are data (<c>fromYears</c>, <c>toYears</c>).</summary>
internal sealed class AgeEarlyAdulthood : AgeBandRule
{
    internal override string Id => "AGE-EARLY-ADULTHOOD";

    internal override AgeAtOnsetGroup Group => AgeAtOnsetGroup.EarlyAdulthood;
}
