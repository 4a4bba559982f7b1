using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Tests.Localization;

/// <summary>
/// Every clinician-facing text exists in English and Latvian with the same placeholders, every rule renders as a
/// finished Latvian sentence, the Latvian labels use the published vocabulary, and the language never changes a
/// machine-readable field.
/// </summary>
public sealed class LocalizedTextsTests
{
    /// <summary>Keys whose Latvian text may equal the English one: punctuation only.</summary>
    // levodopa is the same international nonproprietary name in Latvian.
    private static readonly string[] SameInBothLanguages = ["list.comma", "treatment.levodopa"];

    private static IEnumerable<(string Key, LocalizedText Text)> EveryText() =>
        ClinicalData.Terms.Select(t => (t.Key, t.Value))
            .Concat(ClinicalData.RulesInOrder.Select(r => ("rule." + r.Id, r.Text)))
            .Concat(ClinicalData.RulesInOrder.SelectMany(r => r.NotApplied.Select(n => ("rule." + r.Id + ".notApplied." + n.Key, n.Value))));

    private static IEnumerable<(string Case, ClassificationResult English, ClassificationResult Latvian)> EveryCaseInBothLanguages()
    {
        foreach (var (name, presentation, options) in LocalizationCases.All)
        {
            var classifier = options is null ? Cases.Classifier : new DystoniaClassifier(options);
            yield return (name, classifier.Classify(presentation, ClinicalLanguages.English), classifier.Classify(presentation, ClinicalLanguages.Latvian));
        }
    }

    private static IEnumerable<string> Texts(ClassificationResult result) =>
        result.Reasoning.Select(s => s.Text).Concat(result.SuggestedWorkup.Select(w => w.Text)).Concat(result.MissingFindings.Select(m => m.Text));

    [Fact]
    public void Every_key_has_a_non_empty_text_in_every_supported_language()
    {
        var texts = EveryText().ToList();

        texts.Should().HaveCountGreaterThan(200);
        foreach (var (key, text) in texts)
        {
            text.ByLanguage.Keys.Should().BeEquivalentTo(ClinicalLanguages.Supported, key);
            foreach (var (language, template) in text.ByLanguage)
            {
                template.Source.Trim().Should().NotBeEmpty(key + " in " + language);
            }
        }
    }

    [Fact]
    public void Every_key_has_the_same_placeholder_names_in_every_language()
    {
        foreach (var (key, text) in EveryText())
        {
            var english = text.In(ClinicalLanguages.English).Placeholders.OrderBy(p => p, StringComparer.Ordinal).ToList();
            text.In(ClinicalLanguages.Latvian).Placeholders.OrderBy(p => p, StringComparer.Ordinal).Should().Equal(english, key);
        }
    }

    [Fact]
    public void Latvian_texts_are_translations_and_not_copies_of_the_english()
    {
        var copies = EveryText()
            .Where(t => !SameInBothLanguages.Contains(t.Key))
            .Where(t => t.Text.In(ClinicalLanguages.English).Source == t.Text.In(ClinicalLanguages.Latvian).Source)
            .Select(t => t.Key)
            .ToList();

        copies.Should().BeEmpty("an untranslated text would show English inside a Latvian result");
    }

    [Fact]
    public void Every_grammatical_form_a_template_asks_for_exists_for_every_value_of_that_placeholder()
    {
        var forms = EveryText().SelectMany(t => t.Text.ByLanguage.Values).SelectMany(t => t.PlaceholderForms).Where(p => p.Form is not null).Distinct().ToList();

        forms.Should().NotBeEmpty("the Latvian hemidystonia texts put the side in the locative");
        foreach (var (name, form) in forms)
        {
            name.Should().BeOneOf("side", "oppositeSide");
            ClinicalData.Terms.Should().ContainKeys("side.left:" + form, "side.right:" + form);
        }
    }

    [Fact]
    public void Cases_reach_every_rule_and_every_not_applied_reason()
    {
        var reached = EveryCaseInBothLanguages()
            .SelectMany(c => c.Latvian.Reasoning.Select(s => s.Outcome == RuleOutcome.NotApplied ? s.RuleId + "/" + s.Conclusion : s.RuleId)
                .Concat(c.Latvian.SuggestedWorkup.Select(w => w.RuleId))
                .Concat(c.Latvian.MissingFindings.Select(m => m.RuleId)))
            .ToHashSet();
        var expected = ClinicalData.RulesInOrder.Select(r => r.Id)
            .Concat(ClinicalData.RulesInOrder.SelectMany(r => r.NotApplied.Keys.Select(reason => r.Id + "/" + reason)));

        expected.Where(id => !reached.Contains(id)).Should().BeEmpty("every text must be rendered by the tests below");
    }

    [Fact]
    public void Every_latvian_text_renders_as_a_finished_sentence()
    {
        foreach (var (name, _, latvian) in EveryCaseInBothLanguages())
        {
            latvian.IsClassified.Should().BeTrue(name);
            latvian.Language.Should().Be(ClinicalLanguages.Latvian);
            foreach (var text in Texts(latvian))
            {
                text.Should().NotContainAny(["{", "}"], name);
                char.IsUpper(text[0]).Should().BeTrue(name + ": " + text);
                text.Should().EndWith(".", name);
                text.Should().NotContainAny(["  ", " ,", " ."], name + ": " + text);
            }
        }
    }

    [Fact]
    public void Latvian_results_contain_no_english_words_from_the_english_texts()
    {
        string[] englishOnly = [" the ", " and ", " is ", " with ", " not ", "years", "region", "left", "right", "workup", "onset"];
        foreach (var (name, _, latvian) in EveryCaseInBothLanguages())
        {
            foreach (var text in Texts(latvian))
            {
                text.Should().NotContainAny(englishOnly, name + ": " + text);
            }
        }
    }

    [Theory]
    [InlineData(new[] { "neck" }, "fokāla distonija")]
    [InlineData(new[] { "neck", "upperLimb:left" }, "segmentāla distonija")]
    [InlineData(new[] { "upperFace", "upperLimb:right" }, "multifokāla distonija")]
    [InlineData(new[] { "upperLimb:left", "lowerLimb:left" }, "ir hemidistonija")]
    [InlineData(new[] { "trunk", "neck", "lowerLimb:left" }, "ģeneralizētas distonijas definīcijai")]
    public void The_latvian_distribution_step_names_the_distribution_in_the_seed_vocabulary(string[] regions, string expected)
    {
        var result = Cases.Classifier.Classify(Cases.Regions(regions), ClinicalLanguages.Latvian);

        result.DecisionFor(ClassificationAxis.Distribution)!.Text.Should().Contain(expected);
    }

    [Fact]
    public void Latvian_etiology_says_primary_or_secondary_in_the_seed_vocabulary()
    {
        var primary = Cases.Classifier.Classify(new Presentation { Regions = [BodyRegion.Neck], AssociatedFeatures = AssociatedFeatures.None, Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.None } }, "lv");
        var secondary = Cases.Classifier.Classify(new Presentation { Regions = [BodyRegion.Neck], Etiology = new EtiologyFindings { AcquiredCauses = AcquiredCauses.Drug } }, "lv");

        primary.DecisionFor(ClassificationAxis.Etiology)!.Text.Should().Contain("primārā distonija");
        secondary.DecisionFor(ClassificationAxis.Etiology)!.Text.Should().Contain("ir sekundārā").And.Contain("medikaments");
    }

    [Fact]
    public void The_latvian_hemidystonia_sentence_puts_each_side_in_the_case_the_sentence_needs()
    {
        var result = Cases.Classifier.Classify(new Presentation { Regions = [Cases.Region("upperLimb:right"), Cases.Region("lowerLimb:right")], AssociatedFeatures = AssociatedFeatures.None }, "lv");

        result.DecisionFor(ClassificationAxis.Distribution)!.Text.Should().Be(
            "Visas skartās daļas (labā augšējā ekstremitāte un labā apakšējā ekstremitāte) atrodas pacienta ķermeņa labajā pusē, "
            + "un starp tām ir labā augšējā un apakšējā ekstremitāte: distonija, kas aprobežojas ar vienu ķermeņa pusi, saskaņā ar 2013. gada konsensu ir hemidistonija.");
        result.SuggestedWorkup.Single(w => w.RuleId == "WORKUP-MRI-HEMIDYSTONIA").Text
            .Should().StartWith("Ieteicama galvas smadzeņu MRI, lai meklētu bazālo gangliju vai talāma bojājumu kreisajā hemisfērā, pretējā pusē hemidistonijai, kas ir labajā pusē;");
    }

    [Fact]
    public void Latvian_writes_a_fractional_age_with_a_decimal_comma_and_english_with_a_point()
    {
        var presentation = new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = 2.5 };

        Cases.Classifier.Classify(presentation, "lv").DecisionFor(ClassificationAxis.AgeAtOnset)!.Text.Should().StartWith("Sākums 2,5 g. vecumā").And.Contain("zīdaiņa vecumam");
        Cases.Classifier.Classify(presentation, "en").DecisionFor(ClassificationAxis.AgeAtOnset)!.Text.Should().StartWith("Onset at 2.5 years");
    }

    [Fact]
    public void The_language_never_changes_labels_rule_ids_conclusions_evidence_fields_or_sources()
    {
        foreach (var (name, english, latvian) in EveryCaseInBothLanguages())
        {
            latvian.Labels.Should().Be(english.Labels, name);
            latvian.Reasoning.Select(s => (s.RuleId, s.Axis, s.Outcome, s.Conclusion, Evidence: string.Join("|", s.Evidence), Sources: string.Join("|", s.Sources.Select(x => x.Id))))
                .Should().Equal(english.Reasoning.Select(s => (s.RuleId, s.Axis, s.Outcome, s.Conclusion, Evidence: string.Join("|", s.Evidence), Sources: string.Join("|", s.Sources.Select(x => x.Id)))), name);
            latvian.SuggestedWorkup.Select(w => (w.RuleId, w.Kind, w.Gene)).Should().Equal(english.SuggestedWorkup.Select(w => (w.RuleId, w.Kind, w.Gene)), name);
            latvian.MissingFindings.Select(m => m.Field + ":" + string.Join(",", m.Affects)).Should().Equal(english.MissingFindings.Select(m => m.Field + ":" + string.Join(",", m.Affects)), name);
            Texts(latvian).Should().NotIntersectWith(Texts(english), name);
        }
    }

    [Fact]
    public void The_json_of_both_languages_is_byte_identical_without_texts_and_differs_only_in_texts_and_language_with_them()
    {
        foreach (var (name, english, latvian) in EveryCaseInBothLanguages())
        {
            var lean = new ResultWriteOptions { IncludeReasoning = false };
            DystoniaJson.WriteResult(latvian, lean).Should().Be(DystoniaJson.WriteResult(english, lean), name);

            var englishJson = JsonNode.Parse(DystoniaJson.WriteResult(english))!;
            var latvianJson = JsonNode.Parse(DystoniaJson.WriteResult(latvian))!;
            englishJson["language"]!.GetValue<string>().Should().Be("en");
            latvianJson["language"]!.GetValue<string>().Should().Be("lv");
            StripTexts(latvianJson).ToJsonString().Should().Be(StripTexts(englishJson).ToJsonString(), name);
        }
    }

    [Fact]
    public void Options_choose_the_default_language_and_a_call_overrides_it()
    {
        var latvianByDefault = new DystoniaClassifier(new ClassificationOptions { Language = "lv-LV" });
        var presentation = Cases.Regions("neck");

        latvianByDefault.Classify(presentation).Language.Should().Be("lv");
        latvianByDefault.Classify(presentation).DecisionFor(ClassificationAxis.Distribution)!.Text.Should().StartWith("Skarta tikai viena ķermeņa daļa (kakls)");
        latvianByDefault.Classify(presentation, "en").DecisionFor(ClassificationAxis.Distribution)!.Text.Should().StartWith("Only one body region is affected (neck)");
        Cases.Classifier.Classify(presentation).Language.Should().Be("en");
    }

    [Fact]
    public void The_current_culture_never_chooses_the_language()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("lv-LV");
            var english = Cases.Classifier.Classify(new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = 2.5 });

            english.Language.Should().Be("en");
            english.DecisionFor(ClassificationAxis.AgeAtOnset)!.Text.Should().StartWith("Onset at 2.5 years");
            ClinicalTerms.DisplayName(Distribution.Focal).Should().Be("Focal");

            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Cases.Classifier.Classify(new Presentation { Regions = [BodyRegion.Neck], AgeAtOnset = 2.5 }, "lv")
                .DecisionFor(ClassificationAxis.AgeAtOnset)!.Text.Should().StartWith("Sākums 2,5 g. vecumā");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("latvian")]
    public void An_unsupported_language_is_refused_by_the_call_and_by_the_options(string language)
    {
        var call = () => Cases.Classifier.Classify(Cases.Regions("neck"), language);
        var options = new ClassificationOptions { Language = language };

        call.Should().Throw<ArgumentException>().WithParameterName(nameof(language));
        options.Validate().Should().ContainSingle(p => p.StartsWith("Language must be one of: en, lv", StringComparison.Ordinal));
        ((Action)(() => _ = new DystoniaClassifier(options))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_invalid_presentation_reports_english_because_its_error_messages_are_english()
    {
        var result = Cases.Classifier.Classify(new Presentation { Regions = [] }, "lv");

        result.IsClassified.Should().BeFalse();
        result.Language.Should().Be("en");
    }

    [Fact]
    public void Latvian_missing_findings_name_the_missing_fact_in_latvian()
    {
        var result = Cases.Classifier.Classify(Cases.Regions("upperLimb:left"), "lv");

        result.MissingFindings.Select(m => m.Text).Should().Contain(t => t.StartsWith("Sākuma vecums:", StringComparison.Ordinal))
            .And.Contain(t => t.StartsWith("Saistītās pazīmes:", StringComparison.Ordinal))
            .And.Contain(t => t.StartsWith("Nervu sistēmas patoloģija", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule_texts_in_latvian_keep_option_names_gene_symbols_and_source_names_as_written()
    {
        foreach (var rule in ClinicalData.RulesInOrder)
        {
            var english = rule.Text.In("en").Source;
            var latvian = rule.Text.In("lv").Source;
            foreach (Match token in Regex.Matches(english, @"\b(?:[A-Z][a-z]+[A-Z]\w+|[A-Z0-9]{3,}\d?|GeneReviews|HPO|EFNS)\b"))
            {
                latvian.Should().Contain(token.Value, rule.Id + " keeps '" + token.Value + "'");
            }
        }
    }

    /// <summary>Removes the language and every text, leaving the fields that must not depend on the language.</summary>
    private static JsonNode StripTexts(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("language");
            obj.Remove("text");
            foreach (var (_, child) in obj.ToList())
            {
                if (child is not null)
                {
                    StripTexts(child);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                if (child is not null)
                {
                    StripTexts(child);
                }
            }
        }

        return node;
    }
}
