using System;
using System.Collections.Generic;
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

    [Theory]
    [InlineData(Distribution.Focal, "Fokāla")]
    [InlineData(Distribution.Segmental, "Segmentāla")]
    [InlineData(Distribution.Multifocal, "Multifokāla")]
    [InlineData(Distribution.Hemidystonia, "Hemidistonija")]
    [InlineData(Distribution.Generalized, "Ģeneralizēta")]
    public void Latvian_distribution_names_are_the_published_latvian_terms(Distribution value, string expected) =>
        ClinicalTerms.DisplayName(value, ClinicalLanguages.Latvian).Should().Be(expected);

    [Theory]
    [InlineData(Etiology.Primary, "Primārā")]
    [InlineData(Etiology.Secondary, "Sekundārā")]
    [InlineData(Etiology.Undetermined, "Nenoteikta")]
    public void Latvian_etiology_names_are_primara_and_sekundara(Etiology value, string expected) =>
        ClinicalTerms.DisplayName(value, ClinicalLanguages.Latvian).Should().Be(expected);

    [Fact]
    public void Every_label_value_has_a_latvian_display_name_that_differs_from_the_english_one()
    {
        static IEnumerable<(string English, string Latvian)> Both<T>(Func<T, string, string> name)
            where T : struct, Enum =>
            Enum.GetValues<T>().Select(v => (name(v, "en"), name(v, "lv")));

        var pairs = Both<Distribution>(ClinicalTerms.DisplayName)
            .Concat(Both<AgeAtOnsetGroup>(ClinicalTerms.DisplayName))
            .Concat(Both<Course>(ClinicalTerms.DisplayName))
            .Concat(Both<IsolatedOrCombined>(ClinicalTerms.DisplayName))
            .Concat(Both<NervousSystemPathology>(ClinicalTerms.DisplayName))
            .Concat(Both<Heritability>(ClinicalTerms.DisplayName))
            .Concat(Both<Etiology>(ClinicalTerms.DisplayName))
            .Concat(Both<EtiologyCertainty>(ClinicalTerms.DisplayName))
            .Concat(Both<LegacyCategory>(ClinicalTerms.DisplayName))
            .Concat(Both<ClassificationAxis>(ClinicalTerms.DisplayName))
            .Concat(Both<WorkupKind>(ClinicalTerms.DisplayName))
            .Concat(Both<Variability>(ClinicalTerms.DisplayName).Where(p => p.English.Length > 0))
            .ToList();

        pairs.Should().OnlyContain(p => p.Latvian.Length > 0 && char.IsUpper(p.Latvian[0]) && p.Latvian != p.English);
    }

    [Theory]
    [InlineData(BodyRegion.UpperLimb, BodySide.Left, "kreisā augšējā ekstremitāte")]
    [InlineData(BodyRegion.LowerLimb, BodySide.Both, "abas apakšējās ekstremitātes")]
    [InlineData(BodyRegion.Larynx, BodySide.Unspecified, "balsene")]
    [InlineData(BodyRegion.Neck, BodySide.Unspecified, "kakls")]
    public void Latvian_region_names_carry_the_side(BodyRegion region, BodySide side, string expected) =>
        ClinicalTerms.DisplayName(new AffectedRegion(region, side), ClinicalLanguages.Latvian).Should().Be(expected);

    [Theory]
    [InlineData(Variability.ActionSpecific, "en", "Action-specific")]
    [InlineData(Variability.Persistent | Variability.Diurnal, "en", "Persistent, Diurnal")]
    [InlineData(Variability.Paroxysmal, "lv", "Paroksismāla")]
    [InlineData(Variability.None, "en", "")]
    public void Variability_names_each_pattern(Variability value, string language, string expected) =>
        ClinicalTerms.DisplayName(value, language).Should().Be(expected);

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
