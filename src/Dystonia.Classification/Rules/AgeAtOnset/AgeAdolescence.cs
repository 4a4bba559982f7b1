namespace Dystonia.Classification.Rules;

/// <summary>AGE-ADOLESCENCE: onset in adolescence; the band's years are data (<c>fromYears</c>, <c>toYears</c>).</summary>
internal sealed class AgeAdolescence : AgeBandRule
{
    internal override string Id => "AGE-ADOLESCENCE";

    internal override AgeAtOnsetGroup Group => AgeAtOnsetGroup.Adolescence;
}
