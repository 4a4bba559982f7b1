using System.Collections.Generic;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dystonia.Classification.Tests.Localization;

/// <summary>The texts are available through the standard IStringLocalizer interface, in a language fixed by the caller.</summary>
public sealed class ClinicalStringLocalizerTests
{
    [Theory]
    [InlineData("en", "label.distribution.generalized", "Generalized")]
    [InlineData("lv", "label.distribution.generalized", "Ģeneralizēta")]
    [InlineData("lv", "label.etiology.secondary", "Sekundārā")]
    [InlineData("lv", "legInvolvement.true", "ar apakšējo ekstremitāšu iesaisti")]
    [InlineData("lv-LV", "label.workup.electromyography", "Elektromiogrāfija")]
    public void A_key_gives_its_text_in_the_localizers_language(string language, string key, string expected)
    {
        var text = new ClinicalStringLocalizer(language)[key];

        text.Value.Should().Be(expected);
        text.ResourceNotFound.Should().BeFalse();
    }

    [Fact]
    public void Rule_texts_are_available_as_stored_templates_under_rule_keys()
    {
        var latvian = ClinicalStringLocalizer.For("lv");

        latvian[ClinicalStringLocalizer.RuleKey("DIST-FOCAL")].Value.Should().StartWith("Skarta tikai viena ķermeņa daļa ({regions})");
        latvian[ClinicalStringLocalizer.NotAppliedKey("DIST-GENERALIZED", "trunkNotInvolved")].Value.Should().StartWith("Nav ģeneralizēta:");
    }

    [Fact]
    public void Arguments_fill_only_numbered_placeholders_and_named_ones_stay_for_the_classifier()
    {
        var text = ClinicalStringLocalizer.For("en")[ClinicalStringLocalizer.RuleKey("DIST-FOCAL"), "neck"];

        text.ResourceNotFound.Should().BeFalse();
        text.Value.Should().Be(ClinicalStringLocalizer.For("en")[ClinicalStringLocalizer.RuleKey("DIST-FOCAL")].Value).And.Contain("{regions}");
    }

    [Fact]
    public void An_unknown_key_gives_the_key_and_says_it_was_not_found()
    {
        var text = ClinicalStringLocalizer.For("lv")["no.such.key"];

        text.Value.Should().Be("no.such.key");
        text.ResourceNotFound.Should().BeTrue();
    }

    [Fact]
    public void Both_languages_list_the_same_keys_and_every_text_differs_only_by_language()
    {
        var english = ClinicalStringLocalizer.For("en").GetAllStrings(includeParentCultures: true).ToList();
        var latvian = ClinicalStringLocalizer.For("lv").GetAllStrings(includeParentCultures: false).ToList();

        latvian.Select(s => s.Name).Should().Equal(english.Select(s => s.Name));
        english.Should().OnlyContain(s => !s.ResourceNotFound && s.Value.Length > 0);
        latvian.Should().OnlyContain(s => !s.ResourceNotFound && s.Value.Length > 0);
        english.Select(s => s.Name).Should().Contain(["rule.WORKUP-EMG", "label.axis.workup", "region.trunk"]);
    }

    [Fact]
    public void An_unsupported_language_is_refused()
    {
        var create = () => new ClinicalStringLocalizer("de");

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Dependency_injection_gives_a_localizer_in_the_configured_language_without_replacing_one_registered_earlier()
    {
        using var configured = new ServiceCollection().AddDystoniaClassification(o => o.Language = "lv").BuildServiceProvider();
        var mine = new ClinicalStringLocalizer("en");
        using var kept = new ServiceCollection().AddSingleton<IStringLocalizer<ClinicalStringLocalizer>>(mine).AddDystoniaClassification(o => o.Language = "lv").BuildServiceProvider();

        configured.GetRequiredService<IStringLocalizer<ClinicalStringLocalizer>>()["label.distribution.focal"].Value.Should().Be("Fokāla");
        kept.GetRequiredService<IStringLocalizer<ClinicalStringLocalizer>>().Should().BeSameAs(mine);
    }

    [Fact]
    public void Dependency_injection_gives_a_classifier_writing_in_the_configured_language()
    {
        using var provider = new ServiceCollection().AddDystoniaClassification(o => o.Language = "lv").BuildServiceProvider();

        var result = provider.GetRequiredService<IDystoniaClassifier>().Classify(Cases.Regions("neck"));

        result.Language.Should().Be("lv");
        result.DecisionFor(ClassificationAxis.Distribution)!.Text.Should().Contain("fokāla distonija");
    }
}
