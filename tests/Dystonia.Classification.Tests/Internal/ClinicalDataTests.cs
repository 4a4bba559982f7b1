using System.Reflection;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Rules;

namespace Dystonia.Classification.Tests.Internal;

/// <summary>The data tables load, agree with the code and with the docs, and every text can be rendered.</summary>
public sealed class ClinicalDataTests
{
    private static readonly string[] KnownPlaceholders =
    [
        "regions", "midlineRegions", "onsetRegion", "otherCount", "legInvolvement", "alternative", "side", "oppositeSide", "groupCount",
        "segments", "age", "completedYears", "group", "course", "variability", "finding", "disorders", "features", "gene",
        "inheritance", "causes", "pathology", "secondaryReasons", "primaryBasis", "redFlags", "legacyReasons", "thap1Basis",
        "earlyOnsetAge", "wilsonAge",
    ];

    private static string[] CodeRuleIds() =>
        typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();

    [Fact]
    public void Every_rule_id_in_code_has_a_data_entry_and_every_data_entry_is_used_by_code()
    {
        ClinicalData.Rules.Keys.Should().BeEquivalentTo(CodeRuleIds());
    }

    [Fact]
    public void Every_rule_cites_at_least_one_source_except_where_none_exists()
    {
        ClinicalData.RulesInOrder.Should().OnlyContain(rule => rule.Sources.Count > 0);
    }

    /// <summary>Term keys of fixed phrases whose numbered placeholders ({0}) the caller fills, not the renderer.</summary>
    private static readonly string[] CallerFilledPrefixes = ["explain.", "card.", "fhir."];

    [Fact]
    public void Every_placeholder_in_rules_and_terms_is_one_the_renderer_knows()
    {
        var templates = ClinicalData.RulesInOrder
            .SelectMany(rule => rule.NotApplied.Values.Append(rule.Text))
            .Concat(ClinicalData.Terms.Where(t => !CallerFilledPrefixes.Any(p => t.Key.StartsWith(p, StringComparison.Ordinal))).Select(t => t.Value))
            .SelectMany(text => text.ByLanguage.Values);

        templates.SelectMany(t => t.Placeholders).Distinct().Should().BeSubsetOf(KnownPlaceholders);
    }

    [Fact]
    public void Fixed_phrases_use_only_numbered_placeholders()
    {
        var phrases = ClinicalData.Terms.Where(t => CallerFilledPrefixes.Any(p => t.Key.StartsWith(p, StringComparison.Ordinal))).ToList();

        phrases.Should().NotBeEmpty();
        phrases.SelectMany(t => t.Value.ByLanguage.Values).SelectMany(t => t.Placeholders).Should().OnlyContain(p => p.All(char.IsAsciiDigit));
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
        var cited = ClinicalData.RulesInOrder.SelectMany(r => r.Sources).Select(s => s.Id).ToHashSet();

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
        var table = ClinicalData.Contiguity;
        foreach (var mode in Enum.GetValues<CranialContiguity>())
        {
            for (int a = 0; a < 10; a++)
            {
                table.AreContiguous((RegionSlot)a, (RegionSlot)a, mode).Should().BeFalse();
                for (int b = 0; b < 10; b++)
                {
                    table.AreContiguous((RegionSlot)a, (RegionSlot)b, mode).Should().Be(table.AreContiguous((RegionSlot)b, (RegionSlot)a, mode));
                }
            }
        }
    }

    [Fact]
    public void Docs_list_every_rule_id_with_its_sources()
    {
        var docs = RepositoryFiles.Read("docs/classification-rules.md");

        foreach (var rule in ClinicalData.RulesInOrder)
        {
            docs.Should().Contain("`" + rule.Id + "`");
            foreach (var source in rule.Sources)
            {
                docs.Should().Contain(source.Id, "docs must name every source of " + rule.Id);
            }
        }
    }

    [Fact]
    public void Docs_show_every_region_and_segment_pair()
    {
        var docs = RepositoryFiles.Read("docs/body-regions.md");

        foreach (var region in Enum.GetValues<BodyRegion>())
        {
            docs.Should().Contain("`" + WireNames.Of(region) + "`");
        }

        foreach (var segment in ClinicalData.Contiguity.SegmentNames)
        {
            docs.Should().Contain(segment);
        }
    }

    [Fact]
    public void Rule_set_names_the_2013_consensus_and_a_semantic_version()
    {
        ClinicalData.RuleSet.Name.Should().Be("Albanese2013");
        ClinicalData.RuleSet.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+$");
    }
}
