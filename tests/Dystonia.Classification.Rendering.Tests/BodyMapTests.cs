using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml.Linq;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Tests;

namespace Dystonia.Classification.Rendering.Tests;

/// <summary>The SVG body map: a figure a clinician can read, with the right side on the right place, accessible and printable.</summary>
public sealed partial class BodyMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] RegionIds =
    [
        "upperFace", "lowerFace", "jawAndTongue", "larynx", "neck", "trunk",
        "upperLimb-left", "upperLimb-right", "lowerLimb-left", "lowerLimb-right",
    ];

    /// <summary>Left hemidystonia after a stroke, beginning in the left arm (c-019 of the sample cohort).</summary>
    private static Presentation LeftHemidystonia => new()
    {
        Regions = [new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
        OnsetRegion = new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left),
        AgeAtOnset = 63,
        AssociatedFeatures = new AssociatedFeatures { MovementDisorders = MovementDisorders.Spasticity },
        Etiology = new EtiologyFindings { Pathology = NervousSystemPathology.StructuralLesion, AcquiredCauses = AcquiredCauses.Vascular },
    };

    private static XDocument Draw(Presentation presentation, BodyMapOptions? options = null) =>
        XDocument.Parse(BodyMap.ToSvg(Cases.Classify(presentation), presentation, options));

    private static XElement ById(XDocument svg, string id) =>
        svg.Descendants().SingleOrDefault(e => (string?)e.Attribute("id") == id)
        ?? throw new InvalidOperationException("No element with id " + id);

    /// <summary>The shapes of a region element: the element itself when it is a shape, else the shapes inside it.</summary>
    private static List<XElement> Shapes(XElement element) =>
        element.Name == Svg + "path" ? [element] : element.Descendants(Svg + "path").ToList();

    private static bool IsHatched(XElement shape) => ((string)shape.Attribute("fill")!).StartsWith("url(#", StringComparison.Ordinal);

    /// <summary>The extent of a path's end points (control points included; an arc's radii are not points).</summary>
    private static (double Min, double Max, double MinY, double MaxY) Extent(XElement path)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (Match command in Command().Matches((string)path.Attribute("d")!))
        {
            var values = Number().Matches(command.Value).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            int start = command.Value[0] == 'A' ? 5 : 0;
            for (int i = start; i + 1 < values.Count; i += 2)
            {
                xs.Add(values[i]);
                ys.Add(values[i + 1]);
            }
        }

        xs.Should().NotBeEmpty();
        return (xs.Min(), xs.Max(), ys.Min(), ys.Max());
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"[MLCQA][^MLCQAZ]*")]
    private static partial Regex Command();

    [Fact]
    public void The_svg_is_well_formed_xml_with_role_img_a_title_and_a_description_it_is_labelled_by()
    {
        var svg = Draw(LeftHemidystonia);
        var root = svg.Root!;

        root.Name.Should().Be(Svg + "svg");
        ((string?)root.Attribute("role")).Should().Be("img");
        var title = root.Element(Svg + "title")!;
        var desc = root.Element(Svg + "desc")!;
        ((string?)root.Attribute("aria-labelledby")).Should().Be((string)title.Attribute("id")! + " " + (string)desc.Attribute("id")!);
        title.Value.Should().Be("Dystonia body map: Hemidystonia; Etiology: Secondary (Established)");
        desc.Value.Should().Contain("the patient's left side is on the viewer's right")
            .And.Contain("Affected regions: left upper limb and left lower limb.")
            .And.Contain("Onset region: left upper limb.");
    }

    [Theory]
    [InlineData("neck")]
    [InlineData("upperFace", "lowerFace", "jawAndTongue", "larynx", "neck", "trunk", "upperLimb:both", "lowerLimb:both")]
    public void Every_region_is_drawn_as_its_own_element_with_a_stable_id_whatever_is_affected(params string[] regions)
    {
        var svg = Draw(Cases.Regions(regions));

        foreach (var id in RegionIds)
        {
            Shapes(ById(svg, "bodymap-" + id)).Should().NotBeEmpty(id);
        }

        foreach (var cranial in new[] { "upperFace", "lowerFace", "jawAndTongue", "larynx" })
        {
            ById(svg, "bodymap-" + cranial + "-left").Name.Should().Be(Svg + "path");
            ById(svg, "bodymap-" + cranial + "-right").Name.Should().Be(Svg + "path");
        }
    }

    [Fact]
    public void Left_hemidystonia_hatches_the_patients_left_arm_and_leg_which_are_drawn_on_the_viewers_right()
    {
        var svg = Draw(LeftHemidystonia);

        foreach (var limb in new[] { "upperLimb", "lowerLimb" })
        {
            var left = ById(svg, "bodymap-" + limb + "-left");
            var right = ById(svg, "bodymap-" + limb + "-right");
            IsHatched(left).Should().BeTrue(limb + " left is affected");
            ((string)left.Attribute("class")!).Should().Contain("affected");
            IsHatched(right).Should().BeFalse(limb + " right is not affected");
            ((string)right.Attribute("fill")!).Should().Be("#ffffff");

            Extent(left).Min.Should().BeGreaterThanOrEqualTo(200, "the patient's left is on the viewer's right of the midline");
            Extent(right).Max.Should().BeLessThanOrEqualTo(200);
        }

        foreach (var id in new[] { "upperFace", "lowerFace", "jawAndTongue", "larynx", "neck", "trunk" })
        {
            Shapes(ById(svg, "bodymap-" + id)).Should().OnlyContain(shape => !IsHatched(shape), id + " is not affected");
        }
    }

    [Fact]
    public void The_figure_says_in_words_which_side_is_the_patients_left()
    {
        var texts = Draw(LeftHemidystonia).Descendants(Svg + "text").ToList();

        var left = texts.Single(t => t.Value == "Patient's left");
        var right = texts.Single(t => t.Value == "Patient's right");
        double.Parse((string)left.Attribute("x")!, CultureInfo.InvariantCulture).Should().BeGreaterThan(200);
        double.Parse((string)right.Attribute("x")!, CultureInfo.InvariantCulture).Should().BeLessThan(200);
    }

    [Fact]
    public void Affected_regions_are_hatched_and_heavily_outlined_so_that_they_show_in_black_and_white_print()
    {
        var svg = Draw(LeftHemidystonia);
        var affected = ById(svg, "bodymap-upperLimb-left");
        var unaffected = ById(svg, "bodymap-upperLimb-right");
        var patternId = ((string)affected.Attribute("fill")!)[5..^1];
        var pattern = ById(svg, patternId);

        pattern.Name.Should().Be(Svg + "pattern");
        pattern.Elements(Svg + "line").Should().ContainSingle().Which.Attribute("stroke")!.Value.Should().Be("#000000");
        double.Parse((string)affected.Attribute("stroke-width")!, CultureInfo.InvariantCulture)
            .Should().BeGreaterThanOrEqualTo(2 * double.Parse((string)unaffected.Attribute("stroke-width")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_onset_symbol_sits_on_the_onset_region()
    {
        var svg = Draw(LeftHemidystonia);
        var onset = ById(svg, "bodymap-onset");
        var arm = Extent(ById(svg, "bodymap-upperLimb-left"));

        ((string?)onset.Attribute("data-region")).Should().Be("upperLimb:left");
        foreach (var circle in onset.Elements(Svg + "circle"))
        {
            double cx = double.Parse((string)circle.Attribute("cx")!, CultureInfo.InvariantCulture);
            double cy = double.Parse((string)circle.Attribute("cy")!, CultureInfo.InvariantCulture);
            cx.Should().BeInRange(arm.Min, arm.Max);
            cy.Should().BeInRange(arm.MinY, arm.MaxY);
        }

        svg.Descendants(Svg + "text").Should().Contain(t => t.Value == "\u2022 Left upper limb (onset)");
    }

    [Fact]
    public void Onset_in_both_legs_puts_a_symbol_on_each_leg_and_no_onset_says_it_was_not_recorded()
    {
        var both = new Presentation { Regions = [new AffectedRegion(BodyRegion.LowerLimb, BodySide.Both), BodyRegion.Trunk], OnsetRegion = new AffectedRegion(BodyRegion.LowerLimb, BodySide.Both) };
        var none = Cases.Regions("neck");

        var circles = ById(Draw(both), "bodymap-onset").Elements(Svg + "circle").Select(c => double.Parse((string)c.Attribute("cx")!, CultureInfo.InvariantCulture)).Distinct().ToList();
        circles.Should().HaveCount(2).And.Contain(x => x < 200).And.Contain(x => x > 200);

        var svg = Draw(none);
        svg.Descendants().Should().NotContain(e => (string?)e.Attribute("id") == "bodymap-onset");
        svg.Root!.Element(Svg + "desc")!.Value.Should().Contain("Onset region not recorded.");
    }

    [Fact]
    public void A_sided_cranial_region_fills_only_its_half_of_the_face_and_an_unsided_one_fills_both()
    {
        var sided = Draw(new Presentation
        {
            Regions = [new AffectedRegion(BodyRegion.LowerFace, BodySide.Left), new AffectedRegion(BodyRegion.UpperLimb, BodySide.Left), new AffectedRegion(BodyRegion.LowerLimb, BodySide.Left)],
        });
        var bilateral = Draw(Cases.Regions("upperFace"));

        IsHatched(ById(sided, "bodymap-lowerFace-left")).Should().BeTrue();
        IsHatched(ById(sided, "bodymap-lowerFace-right")).Should().BeFalse();
        Extent(ById(sided, "bodymap-lowerFace-left")).Min.Should().BeGreaterThanOrEqualTo(200);
        Shapes(ById(bilateral, "bodymap-upperFace")).Should().HaveCount(2).And.OnlyContain(s => IsHatched(s));
    }

    [Fact]
    public void The_caption_gives_the_distribution_and_the_etiology_with_its_certainty()
    {
        var regionsOnly = Cases.Regions("trunk", "neck", "upperLimb:left", "lowerLimb:right");
        var generalized = new Presentation { Regions = regionsOnly.Regions, AssociatedFeatures = AssociatedFeatures.None };
        var texts = Draw(generalized).Descendants(Svg + "text").Select(t => t.Value).ToList();
        var unexamined = Draw(regionsOnly).Descendants(Svg + "text").Select(t => t.Value).ToList();
        var hemidystonia = Draw(LeftHemidystonia).Descendants(Svg + "text").Select(t => t.Value).ToList();

        texts.Should().Contain("Generalized, with leg involvement");
        texts.Should().Contain("Etiology: Primary (Provisional)", "a clean examination without imaging leaves a primary etiology provisional");
        unexamined.Should().Contain("Etiology: Undetermined", "regions alone examine nothing that could reveal a secondary cause");
        hemidystonia.Should().Contain("Hemidystonia").And.Contain("Etiology: Secondary (Established)");
    }

    [Fact]
    public void Fixed_texts_come_in_the_chosen_language_and_the_document_says_which()
    {
        var svg = Draw(LeftHemidystonia, new BodyMapOptions { Language = "lv-LV" });
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();

        svg.Root!.Attribute(XNamespace.Xml + "lang")!.Value.Should().Be(ClinicalLanguages.Latvian);
        texts.Should().Contain("Pacienta kreisā puse").And.Contain("Pacienta labā puse").And.Contain("Apzīmējumi");
        texts.Should().Contain(ClinicalTerms.DisplayName(Distribution.Hemidystonia, ClinicalLanguages.Latvian));
    }

    [Fact]
    public void The_output_is_the_same_bytes_whatever_the_current_culture()
    {
        var presentation = LeftHemidystonia;
        var result = Cases.Classify(presentation);
        string invariant = BodyMap.ToSvg(result, presentation);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            BodyMap.ToSvg(result, presentation).Should().Be(invariant);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-EG");
            BodyMap.ToSvg(result, presentation).Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        invariant.Should().NotMatchRegex(@"\d,\d", "numbers use '.' and coordinates are separated by spaces");
    }

    [Fact]
    public void The_stream_and_writer_forms_write_the_same_utf8_svg_without_a_byte_order_mark()
    {
        var presentation = LeftHemidystonia;
        var result = Cases.Classify(presentation);
        using var stream = new MemoryStream();

        BodyMap.WriteSvg(stream, result, presentation, new BodyMapOptions { Language = "lv" });

        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes).Should().Be(BodyMap.ToSvg(result, presentation, new BodyMapOptions { Language = "lv" }));
    }

    [Fact]
    public void An_id_prefix_renames_every_id_so_two_maps_can_share_a_page_and_a_bad_prefix_is_refused()
    {
        var svg = Draw(LeftHemidystonia, new BodyMapOptions { IdPrefix = "patient2" });

        svg.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).Should().OnlyContain(id => id!.StartsWith("patient2-", StringComparison.Ordinal));
        ById(svg, "patient2-upperLimb-left").Attribute("fill")!.Value.Should().Be("url(#patient2-hatch)");
        var act = () => new BodyMapOptions { IdPrefix = "a b\"" };
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_invalid_result_has_nothing_to_draw_and_is_refused()
    {
        var presentation = Cases.Regions("upperLimb");
        var result = Cases.Classify(presentation);

        result.IsClassified.Should().BeFalse();
        var act = () => BodyMap.ToSvg(result, presentation);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("result");
    }
}
