namespace Dystonia.Classification.Rules;

/// <summary>AGE-CHILDHOOD: onset in childhood; the band's years are data (<c>fromYears</c>, <c>toYears</c>).</summary>
internal sealed class AgeChildhood : AgeBandRule
{
    internal override string Id => "AGE-CHILDHOOD";

    internal override AgeAtOnsetGroup Group => AgeAtOnsetGroup.Childhood;
}
