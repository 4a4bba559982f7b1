using System.Reflection;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Rules;

namespace Dystonia.Classification.Tests.Internal;

/// <summary>The data tables load, agree with the code and with the docs, and every text can be rendered.</summary>
public sealed class ClinicalDataTests
{
    private static string[] CodeRuleIds() => RuleUnits.All().Select(unit => unit.Id).ToArray();

    [Fact]
    public void Every_rule_id_in_code_has_a_data_entry_and_every_data_entry_is_used_by_code()
    {
        ClinicalData.Rules.Keys.Should().BeEquivalentTo(CodeRuleIds());
    }

    /// <summary>
    /// RuleUnits lists the units by hand (a scan of the assembly would not survive Native AOT): a rule class left out
    /// of the list, or listed twice, would silently never decide.
    /// </summary>
    [Fact]
    public void The_rule_unit_list_holds_every_rule_class_of_the_library_once()
    {
        var ruleClasses = typeof(ClinicalRule).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(ClinicalRule).IsAssignableFrom(type));

        RuleUnits.All().Select(unit => unit.GetType()).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ruleClasses);
    }

    [Fact]
    public void Every_rule_cites_at_least_one_source_except_where_none_exists()
    {
        ClinicalData.RulesInOrder.Should().OnlyContain(rule => rule.Sources.Count > 0);
    }

    /// <summary>
    /// Every placeholder of every rule text is filled by the rule's unit or by the shared vocabulary: rendering
    /// throws on a placeholder nobody fills, so each text is rendered, in every language, for a presentation that
    /// records every finding.
    /// </summary>
    [Fact]
    public void Every_placeholder_in_rule_texts_is_filled_by_its_unit_or_the_shared_vocabulary()
    {
        var presentation = new Presentation
        {
            Regions = [BodyRegion.Neck, BodyRegion.Trunk, new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
            OnsetRegion = new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left),
            AgeAtOnset = 12.5,
            Course = Course.Progressive,
            Variability = Variability.Persistent,
            AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Myoclonus, Neurological = NeurologicalFeatures.Seizures, Systemic = SystemicFeatures.LiverDisease },
            Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.Degeneration, AcquiredCauses = AcquiredCauses.Drug, GeneticFinding = new GeneticFinding("TOR1A", Inheritance.AutosomalDominant) { Classification = VariantClassification.Pathogenic }, FamilyHistory = FamilyHistory.Positive },
        };
        PresentationFacts.TryCreate(presentation, out var facts).Should().BeTrue();
        RuleEngine.Label(facts, new RuleSettings(new ClassificationOptions()), out var assessment);

        foreach (var language in ClinicalLanguages.Supported)
        {
            var text = new ResultText(assessment, language);
            foreach (var rule in ClinicalData.RulesInOrder)
            {
                foreach (var template in rule.NotApplied.Values.Append(rule.Text).Select(t => t.In(language)))
                {
                    var render = () => text.Render(template, rule.Unit);
                    render.Should().NotThrow(rule.Id + " (" + language + "): " + template.Source);
                }
            }
        }
    }

    /// <summary>The fixed phrases of the hosts live in the hosts' own tables (ClinicalTextTable), not in the library's.</summary>
    [Fact]
    public void The_term_table_holds_the_librarys_own_words_and_no_hosts_phrases()
    {
        string[] hostPrefixes = ["explain.", "card.", "fhir.", "bodyMap.", "report."];

        ClinicalData.Terms.Keys.Where(key => hostPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))).Should().BeEmpty();
        ClinicalData.Terms.Values.SelectMany(t => t.ByLanguage.Values).SelectMany(t => t.Placeholders)
            .Should().NotContain(p => p.All(char.IsAsciiDigit), "numbered placeholders are filled by a host, and no host phrase is left here");
    }

    [Fact]
    public void Every_text_exists_in_the_same_languages_with_the_same_placeholders()
    {
        foreach (var text in ClinicalData.RulesInOrder.SelectMany(r => r.NotApplied.Values.Append(r.Text)).Concat(ClinicalData.Terms.Values))
        {
            var english = text.ByLanguage[ClinicalData.English].Placeholders.OrderBy(p => p, StringComparer.Ordinal);
            foreach (var translation in text.ByLanguage.Values)
            {
                translation.Placeholders.OrderBy(p => p, StringComparer.Ordinal).Should().Equal(english, text.ByLanguage[ClinicalData.English].Source);
            }
        }
    }

    [Fact]
    public void Every_source_is_cited_by_a_rule_or_a_region()
    {
        var regionTable = RepositoryFiles.Read("src/Dystonia.Classification/Data/body-regions.json");
        var cited = ClinicalData.RulesInOrder.SelectMany(r => r.Sources).Concat(ClinicalData.Genes.Rows.SelectMany(g => g.Sources)).Select(s => s.Id).ToHashSet();

        ClinicalData.Sources.Keys.Where(id => !cited.Contains(id) && !regionTable.Contains('"' + id + '"', StringComparison.Ordinal))
            .Should().BeEmpty("an uncited source is dead weight or a forgotten citation");
    }

    [Fact]
    public void Every_segment_pair_is_declared_adjacent_or_not_adjacent_exactly_once()
    {
        using var document = ClinicalData.OpenTable("body-regions.json");
        var root = document.RootElement;
        var pairs = root.GetProperty("adjacentSegments").EnumerateArray()
            .Concat(root.GetProperty("notAdjacent").EnumerateArray())
            .Select(pair => string.Join("|", pair.GetProperty("segments").EnumerateArray().Select(s => s.GetString()).OrderBy(s => s, StringComparer.Ordinal)))
            .ToList();

        pairs.Should().OnlyHaveUniqueItems();
        pairs.Should().HaveCount(10, "five segments make ten pairs, and each must be decided in the table");
    }

    [Fact]
    public void Contiguity_is_symmetric_and_no_region_touches_itself()
    {
        var table = ClinicalData.Regions;
        // Counted from the table, not pinned to today's regions, so that a region added as data needs no edit here.
        table.Slots.Should().HaveCount(table.Regions.Sum(region => region.Side == SideRule.Required ? 2 : 1), "one slot per region, a region that needs a side one per side");
        foreach (var mode in Enum.GetValues<CranialContiguity>())
        {
            for (int a = 0; a < table.Slots.Count; a++)
            {
                table.AreContiguous(a, a, mode).Should().BeFalse();
                for (int b = 0; b < table.Slots.Count; b++)
                {
                    table.AreContiguous(a, b, mode).Should().Be(table.AreContiguous(b, a, mode));
                }
            }
        }
    }

    [Fact]
    public void Rule_set_names_the_2013_consensus_and_a_semantic_version()
    {
        ClinicalData.RuleSet.Name.Should().Be("Albanese2013");
        ClinicalData.RuleSet.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+$");
    }
}
