using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Rules;
using Dystonia.Classification.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Dystonia.Classification.Tests.Properties;

/// <summary>
/// Properties of the classifier over random valid presentations (<see cref="PresentationGenerators"/>), each
/// checked on a few thousand cases from a fixed seed. A failure prints the presentation as contract JSON.
/// </summary>
public sealed partial class ClassificationPropertyTests
{
    internal const int CaseCount = 2_000;

    private static readonly HashSet<string> KnownRuleIds = Dystonia.Classification.Internal.ClinicalData.Rules.Keys.ToHashSet(StringComparer.Ordinal);

    private static readonly DystoniaClassifier SharedClassifier = new();

    private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, int.MaxValue));

    private static void Check(Action<Case> property, int cases = CaseCount) =>
        Prop.ForAll(PresentationGenerators.Cases, property).Check(PresentationGenerators.Config(cases));

    private static void Check(Action<Case, int> property, int cases = CaseCount) =>
        Prop.ForAll(PresentationGenerators.Cases, Seeds, property).Check(PresentationGenerators.Config(cases));

    private static string Json(ClassificationResult result) => DystoniaJson.WriteResult(result);

    [Fact]
    public void Classification_is_total_every_valid_presentation_is_classified_and_every_text_renders()
    {
        Check(c =>
        {
            var classifier = c.Classifier;
            var result = classifier.Classify(c.Presentation);

            result.IsClassified.Should().BeTrue();
            result.Errors.Should().BeEmpty();
            classifier.TryClassifyLabels(c.Presentation, out var labels).Should().BeTrue();
            labels.Should().Be(result.Labels);
            result.Reasoning.Should().NotBeEmpty();
            result.Reasoning.Where(step => step.Text.Length == 0 || step.Condition.Length == 0).Should().BeEmpty();
            result.SuggestedWorkup.Where(workup => workup.Text.Length == 0).Should().BeEmpty();
            result.MissingFindings.Where(missing => missing.Text.Length == 0).Should().BeEmpty();
            Json(result).Should().StartWith("{");
        });
    }

    [Fact]
    public void Classification_is_deterministic_the_same_input_gives_byte_identical_json()
    {
        Check(c =>
        {
            var first = Json(c.Classifier.Classify(c.Presentation));

            Json(c.Classifier.Classify(c.Presentation)).Should().Be(first, "a second classifier with the same options");
            Json(SharedClassifier.Classify(c.Presentation)).Should().Be(Json(new DystoniaClassifier().Classify(c.Presentation)), "the shared default classifier, which has classified other presentations before");
        });
    }

    [Fact]
    public void A_presentation_written_as_contract_json_and_read_back_gives_the_same_result()
    {
        Check(c =>
        {
            var json = DystoniaJson.WritePresentation(c.Presentation);
            var read = DystoniaJson.ReadPresentation(json);

            read.Errors.Should().BeEmpty();
            Json(c.Classifier.Classify(read.Presentation!)).Should().Be(Json(c.Classifier.Classify(c.Presentation)), "the JSON written was {0}", json);
        });
    }

    [Fact]
    public void The_order_of_the_regions_does_not_change_the_result()
    {
        Check((c, seed) =>
        {
            var shuffled = c.Presentation.Regions.ToArray();
            new Random(seed).Shuffle(shuffled);

            Json(c.Classifier.Classify(c.Presentation.WithRegions(shuffled, c.Presentation.OnsetRegion)))
                .Should().Be(Json(c.Classifier.Classify(c.Presentation)));
        });
    }

    [Fact]
    public void The_order_of_the_entries_of_every_json_array_does_not_change_the_result()
    {
        string[] arrays = ["regions", "variability", "associatedFeatures.movementDisorders", "associatedFeatures.neurological", "associatedFeatures.systemic", "etiology.acquiredCauses"];
        Check((c, seed) =>
        {
            var json = JsonNode.Parse(DystoniaJson.WritePresentation(c.Presentation))!;
            var random = new Random(seed);
            var original = DystoniaJson.ReadPresentation(json.ToJsonString()).Presentation!;
            foreach (var path in arrays)
            {
                if (Find(json, path) is JsonArray array)
                {
                    var items = array.ToArray();
                    random.Shuffle(items);
                    array.Clear();
                    foreach (var item in items)
                    {
                        array.Add(item);
                    }
                }
            }

            var reordered = DystoniaJson.ReadPresentation(json.ToJsonString());

            reordered.Errors.Should().BeEmpty();
            Json(c.Classifier.Classify(reordered.Presentation!)).Should().Be(Json(c.Classifier.Classify(original)));
        });
    }

    [Fact]
    public void A_limb_given_as_both_is_the_same_as_its_left_and_right_listed_separately()
    {
        Check(c =>
        {
            var regions = c.Presentation.Regions;
            var split = regions.SelectMany(r => r.Side == BodySide.Both && IsLimb(r.Region)
                ? new[] { new AffectedRegion(r.Region, BodySide.Left), new AffectedRegion(r.Region, BodySide.Right) }
                : [r]).ToArray();
            var merged = regions
                .Where(r => !(IsLimb(r.Region) && r.Side is BodySide.Left or BodySide.Right && HasBothSides(regions, r.Region)))
                .Concat(Enum.GetValues<BodyRegion>().Where(IsLimb).Where(limb => HasBothSides(regions, limb) && !regions.Contains(new AffectedRegion(limb, BodySide.Both))).Select(limb => new AffectedRegion(limb, BodySide.Both)))
                .ToArray();
            var expected = Json(c.Classifier.Classify(c.Presentation));

            Json(c.Classifier.Classify(c.Presentation.WithRegions(split, c.Presentation.OnsetRegion))).Should().Be(expected, "limbs given as both were split into left and right");
            Json(c.Classifier.Classify(c.Presentation.WithRegions(merged, c.Presentation.OnsetRegion))).Should().Be(expected, "limbs given as left and right were merged into both");
        });
    }

    [Fact]
    public void Adding_a_region_never_turns_a_non_focal_result_focal_nor_a_generalized_one_into_anything_else()
    {
        Check((c, seed) =>
        {
            var free = FreeRegions(c.Presentation.Regions);
            if (free.Length == 0)
            {
                return; // every region is already affected
            }

            var extra = free[new Random(seed).Next(free.Length)];
            var before = c.Classifier.Classify(c.Presentation).Labels.Distribution;
            var after = c.Classifier.Classify(c.Presentation.WithRegions([.. c.Presentation.Regions, extra], c.Presentation.OnsetRegion));

            after.IsClassified.Should().BeTrue();
            if (before != Distribution.Focal)
            {
                after.Labels.Distribution.Should().NotBe(Distribution.Focal);
            }

            if (before == Distribution.Generalized)
            {
                after.Labels.Distribution.Should().Be(Distribution.Generalized);
            }
        });
    }

    [Fact]
    public void Every_label_cites_the_applied_rule_that_decided_it()
    {
        Check(c =>
        {
            var result = c.Classifier.Classify(c.Presentation);
            var labels = result.Labels;
            var expected = new Dictionary<ClassificationAxis, (string Prefix, string Conclusion)>
            {
                [ClassificationAxis.Distribution] = ("DIST-", ContractNames.Of(labels.Distribution)),
                [ClassificationAxis.AgeAtOnset] = ("AGE-", labels.AgeAtOnsetGroup is { } g ? ContractNames.Of(g) : "notRecorded"),
                [ClassificationAxis.Course] = ("COURSE-", labels.Course == Course.Unknown ? "notRecorded" : ContractNames.Of(labels.Course)),
                [ClassificationAxis.Variability] = ("VARIABILITY-", labels.Variability == Variability.None ? "notRecorded" : string.Join(",", ContractNames.Of(labels.Variability))),
                [ClassificationAxis.AssociatedFeatures] = ("ASSOC-", labels.IsolatedOrCombined is { } a ? ContractNames.Of(a) : "notRecorded"),
                [ClassificationAxis.NervousSystemPathology] = ("PATH-", ContractNames.Of(labels.NervousSystemPathology)),
                [ClassificationAxis.Heritability] = ("HERIT-", ContractNames.Of(labels.Heritability)),
                [ClassificationAxis.Etiology] = ("ETIO-", ContractNames.Of(labels.Etiology)),
                [ClassificationAxis.LegacyCategory] = ("LEGACY-", labels.LegacyCategory is { } l ? ContractNames.Of(l) : "notDerivable"),
            };

            foreach (var (axis, (prefix, conclusion)) in expected)
            {
                var decision = result.DecisionFor(axis);
                decision.Should().NotBeNull("axis {0} has a label", axis);
                decision!.Outcome.Should().Be(RuleOutcome.Applied);
                decision.RuleId.Should().StartWith(prefix);
                KnownRuleIds.Should().Contain(decision.RuleId, "rule ids are the constants of RuleIds");
                decision.Conclusion.Should().Be(conclusion, "the applied {0} rule concludes the label", axis);
                result.Reasoning.Count(s => s.Axis == axis && s.Outcome == RuleOutcome.Applied).Should().Be(1, "one rule decides axis {0}", axis);
            }

            result.Reasoning.Select(s => s.RuleId).Where(id => !KnownRuleIds.Contains(id)).Should().BeEmpty();
            result.SuggestedWorkup.Select(w => w.RuleId).Where(id => !id.StartsWith("WORKUP-", StringComparison.Ordinal) || !KnownRuleIds.Contains(id)).Should().BeEmpty();
            result.DecisionFor(ClassificationAxis.Workup).Should().BeNull();
        });
    }

    [Fact]
    public void A_single_region_is_focal_under_any_options()
    {
        Check((c, seed) =>
        {
            var single = c.Presentation.Regions[new Random(seed).Next(c.Presentation.Regions.Count)];
            if (single.Side == BodySide.Both && IsLimb(single.Region))
            {
                single = new AffectedRegion(single.Region, seed % 2 == 0 ? BodySide.Left : BodySide.Right); // both limbs are two regions
            }

            var onset = PresentationGenerators.OnsetCandidates([single]).Contains(c.Presentation.OnsetRegion ?? default) ? c.Presentation.OnsetRegion : null;
            var result = c.Classifier.Classify(c.Presentation.WithRegions([single], onset));

            result.Labels.Distribution.Should().Be(Distribution.Focal);
            result.DecisionFor(ClassificationAxis.Distribution)!.RuleId.Should().Be("DIST-FOCAL");
        });
    }

    [Fact]
    public void The_trunk_plus_two_other_regions_is_generalized_under_any_options()
    {
        Check((c, seed) =>
        {
            var random = new Random(seed);
            var regions = c.Presentation.Regions.Where(r => r.Region != BodyRegion.Trunk).ToList();
            while (SlotCount(regions) < 2)
            {
                var free = FreeRegions([.. regions, BodyRegion.Trunk]);
                regions.Add(free[random.Next(free.Length)]);
            }

            regions.Insert(random.Next(regions.Count + 1), BodyRegion.Trunk);
            var result = c.Classifier.Classify(c.Presentation.WithRegions(regions, null));

            result.Labels.Distribution.Should().Be(Distribution.Generalized);
            result.Labels.LegInvolvement.Should().Be(regions.Any(r => r.Region == BodyRegion.LowerLimb), "leg involvement is reported for generalized dystonia");
        });
    }

    [Fact]
    public void Mirrored_sides_give_the_same_labels_and_mirrored_evidence_and_texts()
    {
        Check(c =>
        {
            var mirrored = c.Presentation.WithRegions(
                c.Presentation.Regions.Select(Mirror).ToArray(),
                c.Presentation.OnsetRegion is { } onset ? Mirror(onset) : null);
            var original = c.Classifier.Classify(c.Presentation);
            var mirror = c.Classifier.Classify(mirrored);

            mirror.Labels.Should().Be(original.Labels);
            mirror.Reasoning.Select(s => (s.RuleId, s.Outcome, s.Conclusion)).Should().Equal(original.Reasoning.Select(s => (s.RuleId, s.Outcome, s.Conclusion)));
            mirror.Reasoning.Select(s => Sorted(s.Evidence.Select(e => e.ToString()))).Should().Equal(original.Reasoning.Select(s => Sorted(s.Evidence.Select(e => MirrorWords(e.ToString())))));
            mirror.Reasoning.Select(s => Canonical(s.Text)).Should().Equal(original.Reasoning.Select(s => Canonical(MirrorWords(s.Text))));
            mirror.SuggestedWorkup.Select(w => w.RuleId + " " + Canonical(w.Text)).Should().Equal(original.SuggestedWorkup.Select(w => w.RuleId + " " + Canonical(MirrorWords(w.Text))));
            mirror.MissingFindings.Select(m => m.Field).Should().Equal(original.MissingFindings.Select(m => m.Field));
        });
    }

    [Fact]
    public void The_age_in_the_evidence_and_the_text_is_the_age_entered()
    {
        Check(c =>
        {
            if (c.Presentation.AgeAtOnset is not { } age)
            {
                return;
            }

            var decision = c.Classifier.Classify(c.Presentation).DecisionFor(ClassificationAxis.AgeAtOnset)!;
            var shown = decision.Evidence.Single(e => e.Field == "ageAtOnset").Value;

            double.Parse(shown, NumberStyles.Float, CultureInfo.InvariantCulture).Should().Be(age, "the evidence {0} must read back as the age entered", shown);
            shown.Should().NotStartWith("-");
            decision.Text.Should().Contain("Onset at " + shown + " years");
        });
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }

    /// <summary>Whether a region needs a side (the limbs), read from the region table so that a region added as data is covered.</summary>
    private static bool IsLimb(BodyRegion region) => ClinicalData.Regions.Regions[(int)region].Side == SideRule.Required;

    private static bool HasBothSides(IReadOnlyList<AffectedRegion> regions, BodyRegion limb) =>
        regions.Contains(new AffectedRegion(limb, BodySide.Left)) && regions.Contains(new AffectedRegion(limb, BodySide.Right));

    private static AffectedRegion Mirror(AffectedRegion region) => region.Side switch
    {
        BodySide.Left => new AffectedRegion(region.Region, BodySide.Right),
        BodySide.Right => new AffectedRegion(region.Region, BodySide.Left),
        _ => region,
    };

    /// <summary>Swaps the words left and right, except "left" as a verb ("left undetermined", "left unknown").</summary>
    private static string MirrorWords(string text) =>
        SideWord().Replace(text, m => m.Value switch { "left" => "right", "right" => "left", "Left" => "Right", _ => "Left" });

    private static string Sorted(IEnumerable<string> items) => string.Join(" ", items.Order(StringComparer.Ordinal));

    /// <summary>
    /// A text with each sided region ("left upper limb") replaced by a marker and the sided regions listed after
    /// it in ordinal order: regions are listed by slot, left before right, so a mirrored presentation names the same
    /// sided regions in another order ("left upper limb and right lower limb" mirrors to "right upper limb and left
    /// lower limb", which the classifier writes in that order too, or the other way round).
    /// </summary>
    private static string Canonical(string text)
    {
        var phrases = new List<string>();
        var skeleton = SidedRegion().Replace(text, m =>
        {
            phrases.Add(m.Value.ToLowerInvariant());
            return "\u00A7";
        });
        return skeleton + " [" + Sorted(phrases) + "]";
    }

    [GeneratedRegex(@"\b(left|right) (upper face|lower face|jaw and tongue|larynx|upper limb|lower limb)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidedRegion();

    [GeneratedRegex(@"\b(left|right|Left|Right)\b(?! (undetermined|unknown))")]
    private static partial Regex SideWord();

    /// <summary>The countable regions (one slot each; a limb given as both fills two).</summary>
    private static int SlotCount(IEnumerable<AffectedRegion> regions) =>
        regions.Sum(r => r.Side == BodySide.Both && IsLimb(r.Region) ? 2 : 1);

    /// <summary>The entries that could be added without listing a region twice.</summary>
    private static AffectedRegion[] FreeRegions(IReadOnlyList<AffectedRegion> regions)
    {
        var free = new List<AffectedRegion>();
        foreach (var region in Enum.GetValues<BodyRegion>())
        {
            if (IsLimb(region))
            {
                foreach (var side in new[] { BodySide.Left, BodySide.Right })
                {
                    if (!regions.Any(r => r.Region == region && (r.Side == side || r.Side == BodySide.Both)))
                    {
                        free.Add(new AffectedRegion(region, side));
                    }
                }
            }
            else if (!regions.Any(r => r.Region == region))
            {
                free.Add(region);
            }
        }

        return free.ToArray();
    }
}
