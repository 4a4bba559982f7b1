using System;
using System.Globalization;
using System.Linq;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using FluentAssertions;
using Xunit;

namespace Dystonia.Classification.Tests.Localization;

public class ClinicalTermsTests
{
    [Fact]
    public void Every_label_value_has_an_english_display_name_of_its_own()
    {
        var names = Enum.GetValues<Distribution>().Select(v => ClinicalTerms.DisplayName(v))
            .Concat(Enum.GetValues<AgeAtOnsetGroup>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<Course>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<IsolatedOrCombined>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<NervousSystemPathology>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<Heritability>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<Etiology>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<EtiologyCertainty>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<LegacyCategory>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<ClassificationAxis>().Select(v => ClinicalTerms.DisplayName(v)))
            .Concat(Enum.GetValues<WorkupKind>().Select(v => ClinicalTerms.DisplayName(v)))
            .ToList();

        // A missing table entry falls back to the camelCase wire name, which starts in lower case.
        names.Should().OnlyContain(name => name.Length > 0 && char.IsUpper(name[0]));
    }

    [Theory]
    [InlineData(Distribution.Segmental, "Segmental")]
    [InlineData(Distribution.Hemidystonia, "Hemidystonia")]
    public void Distribution_names_read_as_clinicians_write_them(Distribution value, string expected) =>
        ClinicalTerms.DisplayName(value).Should().Be(expected);

    [Theory]
    [InlineData(BodySide.Left, "left upper limb")]
    [InlineData(BodySide.Right, "right upper limb")]
    [InlineData(BodySide.Both, "both upper limbs")]
    public void Region_names_carry_the_side(BodySide side, string expected) =>
        ClinicalTerms.DisplayName(new AffectedRegion(BodyRegion.UpperLimb, side)).Should().Be(expected);

    [Fact]
    public void An_unsupported_language_gives_english() =>
        ClinicalTerms.DisplayName(Etiology.Primary, "xx").Should().Be("Primary");

    [Theory]
    [InlineData("lv", "lv")]
    [InlineData("LV", "lv")]
    [InlineData("lv-LV", "lv")]
    [InlineData("en-GB", "en")]
    [InlineData("de", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void Language_tags_normalize_to_a_supported_language(string? tag, string expected) =>
        ClinicalLanguages.Normalize(tag).Should().Be(expected);

    [Fact]
    public void A_culture_maps_to_its_language() =>
        ClinicalLanguages.For(new CultureInfo("lv-LV")).Should().Be(ClinicalLanguages.Latvian);
}
