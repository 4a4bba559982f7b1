namespace Dystonia.Classification.Rules;

/// <summary>AGE-INFANCY: onset in infancy; the band's years are data (<c>fromYears</c>, <c>toYears</c>).</summary>
internal sealed class AgeInfancy : AgeBandRule
{
    internal override string Id => "AGE-INFANCY";

    internal override AgeAtOnsetGroup Group => AgeAtOnsetGroup.Infancy;
}
