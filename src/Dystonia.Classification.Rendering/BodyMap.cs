using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Dystonia.Classification.Localization;
using Dystonia.Classification.Reasoning;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Rendering;

/// <summary>
/// Draws a classified presentation as an SVG body map: a front-view figure with every region as its own shape, the
/// affected regions hatched and outlined heavily (readable when printed in black and white), the onset region marked,
/// and the distribution and etiology labels as a caption.
/// </summary>
/// <remarks>
/// <para>
/// The figure faces the viewer, so the patient's left side is drawn on the viewer's right; the figure says so in words.
/// The regions come from the <see cref="Presentation"/> (a limb with <see cref="BodySide.Both"/> fills both limbs; a
/// cranial region without a side fills both halves of the face), the labels from the <see cref="ClassificationResult"/>.
/// </para>
/// <para>
/// The SVG is accessible: the root has <c>role="img"</c> with a <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> naming
/// the labels, the affected regions and the onset region, and the affected regions are also listed as text beside the
/// figure. Every region has a stable id: <c>{prefix}-upperFace</c>, <c>{prefix}-lowerFace</c>,
/// <c>{prefix}-jawAndTongue</c>, <c>{prefix}-larynx</c>, <c>{prefix}-neck</c>, <c>{prefix}-trunk</c> (the cranial ones
/// hold a <c>-left</c> and a <c>-right</c> half), <c>{prefix}-upperLimb-left</c>, <c>{prefix}-upperLimb-right</c>,
/// <c>{prefix}-lowerLimb-left</c> and <c>{prefix}-lowerLimb-right</c>; affected shapes carry the class
/// <c>affected</c>, and the onset symbol is <c>{prefix}-onset</c>.
/// </para>
/// <para>
/// Output is deterministic: the same inputs and options give the same bytes, numbers are written culture-invariantly
/// whatever the current culture, and every text is XML-escaped. The fixed texts come from <c>Data/rendering-terms.json</c>
/// in the language of <see cref="BodyMapOptions.Language"/>; labels and region names come from <see cref="ClinicalTerms"/>.
/// The presentation id is not drawn.
/// </para>
/// <para>The geometry of the figure is data: <c>Data/body-map.json</c>.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class BodyMap
{
    private const double CanvasWidth = 640;
    private const double CanvasHeight = 712;
    private const double FigureTop = 40;
    private const double ColumnX = 400;
    private const string Ink = "#000000";
    private const string AffectedTint = "#f3a64a";

    /// <summary>Returns the body map of a classified presentation as SVG text.</summary>
    /// <param name="result">The classification of <paramref name="presentation"/>; it must be classified, not invalid.</param>
    /// <param name="presentation">The presentation that was classified: its regions and onset region are drawn.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="BodyMapOptions.Default"/>.</param>
    /// <returns>A complete SVG document, without an XML declaration (UTF-8 is assumed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="presentation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is invalid and has no labels to draw.</exception>
    public static string ToSvg(ClassificationResult result, Presentation presentation, BodyMapOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteSvg(writer, result, presentation, options);
        return writer.ToString();
    }

    /// <summary>Writes the body map of a classified presentation as UTF-8 SVG (no byte-order mark) to a stream, which stays open.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="result">The classification of <paramref name="presentation"/>; it must be classified, not invalid.</param>
    /// <param name="presentation">The presentation that was classified: its regions and onset region are drawn.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="BodyMapOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is invalid and has no labels to draw.</exception>
    public static void WriteSvg(Stream stream, ClassificationResult result, Presentation presentation, BodyMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 14, leaveOpen: true);
        WriteSvg(writer, result, presentation, options);
    }

    /// <summary>Writes the body map of a classified presentation as SVG text.</summary>
    /// <param name="writer">The writer; it is flushed, not closed.</param>
    /// <param name="result">The classification of <paramref name="presentation"/>; it must be classified, not invalid.</param>
    /// <param name="presentation">The presentation that was classified: its regions and onset region are drawn.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="BodyMapOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is invalid and has no labels to draw.</exception>
    public static void WriteSvg(TextWriter writer, ClassificationResult result, Presentation presentation, BodyMapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(presentation);
        if (!result.IsClassified)
        {
            throw new ArgumentException("The result is invalid and has no labels to draw; draw only classified results.", nameof(result));
        }

        options ??= BodyMapOptions.Default;
        var figure = new Figure(result.Labels, presentation, SupportedLanguage(options.Language, nameof(options)), options.IdPrefix);
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        });
        figure.Write(xml);
        xml.Flush();
        writer.Flush();
    }

    /// <summary>Returns the figure's title, "Dystonia body map", in a language: for link texts, headings and alternative texts.</summary>
    /// <param name="language">A language tag from <see cref="ClinicalLanguages"/>.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a supported language.</exception>
    public static string Title(string language = ClinicalLanguages.English) => Markup.Term("bodyMap.title", SupportedLanguage(language, nameof(language)));

    /// <summary>
    /// Returns the supported language a tag names, or throws: every public entry point taking a language accepts
    /// exactly the languages the classifier does, rather than drawing an unsupported one in English unannounced.
    /// </summary>
    internal static string SupportedLanguage(string? language, string parameter) =>
        ClinicalLanguages.IsSupported(language)
            ? ClinicalLanguages.Normalize(language)
            : throw new ArgumentException("Unsupported language; supported: " + string.Join(", ", ClinicalLanguages.Supported) + ".", parameter);

    /// <summary>Returns the element id of one region's shape, as drawn with <paramref name="idPrefix"/>.</summary>
    internal static string ShapeId(string idPrefix, BodyRegion region, BodySide side) =>
        idPrefix + "-" + ContractNames.Of(region) + side switch
        {
            BodySide.Left => "-left",
            BodySide.Right => "-right",
            _ => "",
        };

    /// <summary>The figure for one presentation: what is affected, where the onset is, and the texts, in one language.</summary>
    private sealed class Figure
    {
        private readonly ClassificationLabels labels;
        private readonly Presentation presentation;
        private readonly string language;
        private readonly string prefix;
        private readonly List<AffectedRegion> affected;

        internal Figure(ClassificationLabels labels, Presentation presentation, string language, string prefix)
        {
            this.labels = labels;
            this.presentation = presentation;
            this.language = language;
            this.prefix = prefix;

            // Listed head to foot, each region once even when the input repeats it.
            affected = presentation.Regions.Distinct().OrderBy(r => r.Region).ThenBy(r => r.Side).ToList();
        }

        private string Hatch => prefix + "-hatch";

        internal void Write(XmlWriter xml)
        {
            var geometry = BodyMapGeometry.Instance;
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attribute(xml, "viewBox", "0 0 " + Markup.Number(CanvasWidth) + " " + Markup.Number(CanvasHeight));
            Attribute(xml, "width", Markup.Number(CanvasWidth));
            Attribute(xml, "height", Markup.Number(CanvasHeight));
            Attribute(xml, "role", "img");
            Attribute(xml, "aria-labelledby", prefix + "-title " + prefix + "-desc");
            xml.WriteAttributeString("xml", "lang", null, language);
            Attribute(xml, "font-family", "DejaVu Sans, Arial, Helvetica, sans-serif");

            xml.WriteStartElement("title");
            Attribute(xml, "id", prefix + "-title");
            xml.WriteString(Title());
            xml.WriteEndElement();
            xml.WriteStartElement("desc");
            Attribute(xml, "id", prefix + "-desc");
            xml.WriteString(Description());
            xml.WriteEndElement();

            WriteDefinitions(xml);
            Rect(xml, 0, 0, CanvasWidth, CanvasHeight, "#ffffff", null, 0);
            Text(xml, 20, 28, Term("bodyMap.title"), 20, bold: true);

            xml.WriteStartElement("g");
            Attribute(xml, "transform", "translate(0 " + Markup.Number(FigureTop) + ")");
            foreach (var region in geometry.Regions)
            {
                WriteRegion(xml, region);
            }

            foreach (var detail in geometry.Details)
            {
                xml.WriteStartElement("path");
                Attribute(xml, "d", detail);
                Attribute(xml, "fill", "none");
                Attribute(xml, "stroke", Ink);
                Attribute(xml, "stroke-width", "1");
                xml.WriteEndElement();
            }

            WriteOnsetMarkers(xml, geometry);

            // The patient faces the viewer: their right is on the viewer's left.
            // The labels sit beside the neck, each growing away from the midline so that a longer translation does not run into it.
            Text(xml, geometry.Midline - 26, 132, Term("bodyMap.patientRight"), 13, bold: true, anchor: "end");
            Text(xml, geometry.Midline + 26, 132, Term("bodyMap.patientLeft"), 13, bold: true, anchor: "start");
            xml.WriteEndElement();

            WriteLegend(xml);
            WriteRegionList(xml);
            WriteCaption(xml);
            xml.WriteEndElement();
        }

        private void WriteDefinitions(XmlWriter xml)
        {
            xml.WriteStartElement("defs");
            xml.WriteStartElement("pattern");
            Attribute(xml, "id", Hatch);
            Attribute(xml, "patternUnits", "userSpaceOnUse");
            Attribute(xml, "width", "7");
            Attribute(xml, "height", "7");
            Attribute(xml, "patternTransform", "rotate(45)");
            Rect(xml, 0, 0, 7, 7, AffectedTint, null, 0);
            xml.WriteStartElement("line");
            Attribute(xml, "x1", "0");
            Attribute(xml, "y1", "0");
            Attribute(xml, "x2", "0");
            Attribute(xml, "y2", "7");
            Attribute(xml, "stroke", Ink);
            Attribute(xml, "stroke-width", "2.5");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private void WriteRegion(XmlWriter xml, BodyMapGeometry.RegionFigure region)
        {
            xml.WriteStartElement("g");
            Attribute(xml, "id", ShapeId(prefix, region.Region, BodySide.Unspecified));
            foreach (var shape in region.Shapes)
            {
                bool isAffected = IsAffected(region.Region, shape.Side);
                xml.WriteStartElement("path");
                if (shape.Side != BodySide.Unspecified)
                {
                    Attribute(xml, "id", ShapeId(prefix, region.Region, shape.Side));
                }

                Attribute(xml, "class", isAffected ? "region affected" : "region");
                Attribute(xml, "d", shape.PathData);
                Attribute(xml, "fill", isAffected ? "url(#" + Hatch + ")" : "#ffffff");
                Attribute(xml, "stroke", Ink);
                Attribute(xml, "stroke-width", isAffected ? "3" : "1.2");
                Attribute(xml, "stroke-linejoin", "round");
                xml.WriteStartElement("title");
                xml.WriteString(Capitalize(ClinicalTerms.DisplayName(new AffectedRegion(region.Region, shape.Side), language)) + ": "
                    + Term(isAffected ? "bodyMap.affected" : "bodyMap.notAffected"));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private bool IsAffected(BodyRegion region, BodySide shapeSide)
        {
            foreach (var entry in affected)
            {
                if (entry.Region == region
                    && (shapeSide == BodySide.Unspecified || entry.Side is BodySide.Unspecified or BodySide.Both || entry.Side == shapeSide))
                {
                    return true;
                }
            }

            return false;
        }

        private void WriteOnsetMarkers(XmlWriter xml, BodyMapGeometry geometry)
        {
            if (presentation.OnsetRegion is not { } onset)
            {
                return;
            }

            var region = geometry.Regions.First(r => r.Region == onset.Region);
            var points = new List<(double X, double Y)>();
            var onSide = region.Shapes.FirstOrDefault(s => s.Side != BodySide.Unspecified && s.Side == onset.Side);
            if (onSide?.Marker is { } sidePoint)
            {
                points.Add(sidePoint);
            }
            else if (region.Marker is { } regionPoint)
            {
                points.Add(regionPoint);
            }
            else
            {
                // A limb on both sides: one symbol on each.
                points.AddRange(region.Shapes.Select(s => s.Marker!.Value));
            }

            xml.WriteStartElement("g");
            Attribute(xml, "id", prefix + "-onset");
            Attribute(xml, "class", "onset");
            Attribute(xml, "data-region", onset.ToString());
            foreach (var (x, y) in points)
            {
                OnsetSymbol(xml, x, y);
            }

            xml.WriteEndElement();
        }

        private void WriteLegend(XmlWriter xml)
        {
            double y = 78;
            Text(xml, ColumnX, y, Term("bodyMap.legend"), 14, bold: true);
            Rect(xml, ColumnX, y + 12, 26, 16, "url(#" + Hatch + ")", Ink, 3);
            Text(xml, ColumnX + 36, y + 25, Term("bodyMap.affected"), 13);
            Rect(xml, ColumnX, y + 38, 26, 16, "#ffffff", Ink, 1.2);
            Text(xml, ColumnX + 36, y + 51, Term("bodyMap.notAffected"), 13);
            OnsetSymbol(xml, ColumnX + 13, y + 72);
            Text(xml, ColumnX + 36, y + 77, Term("bodyMap.onsetRegion"), 13);
        }

        private void WriteRegionList(XmlWriter xml)
        {
            double y = 200;
            Text(xml, ColumnX, y, Term("bodyMap.affectedRegions"), 14, bold: true);
            foreach (var region in affected)
            {
                y += 21;
                string name = Capitalize(ClinicalTerms.DisplayName(region, language));
                if (IsOnset(region))
                {
                    name += " (" + Term("bodyMap.onsetMark") + ")";
                }

                Text(xml, ColumnX, y, "\u2022 " + name, 13, bold: IsOnset(region));
            }

            if (presentation.OnsetRegion is null)
            {
                Text(xml, ColumnX, y + 28, Term("bodyMap.onsetNotRecorded"), 12, italic: true);
            }
        }

        private void WriteCaption(XmlWriter xml)
        {
            Text(xml, 20, CanvasHeight - 58, DistributionCaption(), 18, bold: true);
            Text(xml, 20, CanvasHeight - 34, EtiologyCaption(), 15);
            Text(xml, 20, CanvasHeight - 12, Term("bodyMap.orientation"), 12, italic: true);
        }

        private bool IsOnset(AffectedRegion region) => presentation.OnsetRegion is { } onset && onset == region;

        private string Title() => Term("bodyMap.title") + ": " + DistributionCaption() + "; " + EtiologyCaption();

        private string Description()
        {
            var text = new StringBuilder();
            text.Append(Term("bodyMap.orientation")).Append(' ');
            text.Append(Term("bodyMap.affectedRegions")).Append(": ");
            text.Append(JoinList(affected.Select(r => ClinicalTerms.DisplayName(r, language)).ToList())).Append(". ");
            text.Append(presentation.OnsetRegion is { } onset
                ? Term("bodyMap.onsetRegion") + ": " + ClinicalTerms.DisplayName(onset, language) + "."
                : Term("bodyMap.onsetNotRecorded") + ".");
            return text.ToString();
        }

        private string DistributionCaption()
        {
            string caption = ClinicalTerms.DisplayName(labels.Distribution, language);
            return labels.LegInvolvement is { } legs
                ? caption + ", " + Markup.Word(legs ? "legInvolvement.true" : "legInvolvement.false", language)
                : caption;
        }

        private string EtiologyCaption()
        {
            string caption = ClinicalTerms.DisplayName(ClassificationAxis.Etiology, language) + ": " + ClinicalTerms.DisplayName(labels.Etiology, language);
            return labels.EtiologyCertainty is { } certainty
                ? caption + " (" + ClinicalTerms.DisplayName(certainty, language) + ")"
                : caption;
        }

        private string JoinList(List<string> items)
        {
            if (items.Count <= 1)
            {
                return items.Count == 0 ? "" : items[0];
            }

            return string.Join(Markup.Word("list.comma", language), items.Take(items.Count - 1)) + Markup.Word("list.and", language) + items[^1];
        }

        private string Term(string key) => Markup.Term(key, language);

        private static string Capitalize(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static void OnsetSymbol(XmlWriter xml, double x, double y)
        {
            Circle(xml, x, y, 7.5, "#ffffff", Ink, 2.5);
            Circle(xml, x, y, 3, Ink, null, 0);
        }

        private static void Circle(XmlWriter xml, double x, double y, double r, string fill, string? stroke, double strokeWidth)
        {
            xml.WriteStartElement("circle");
            Attribute(xml, "cx", Markup.Number(x));
            Attribute(xml, "cy", Markup.Number(y));
            Attribute(xml, "r", Markup.Number(r));
            Attribute(xml, "fill", fill);
            if (stroke is not null)
            {
                Attribute(xml, "stroke", stroke);
                Attribute(xml, "stroke-width", Markup.Number(strokeWidth));
            }

            xml.WriteEndElement();
        }

        private static void Rect(XmlWriter xml, double x, double y, double width, double height, string fill, string? stroke, double strokeWidth)
        {
            xml.WriteStartElement("rect");
            Attribute(xml, "x", Markup.Number(x));
            Attribute(xml, "y", Markup.Number(y));
            Attribute(xml, "width", Markup.Number(width));
            Attribute(xml, "height", Markup.Number(height));
            Attribute(xml, "fill", fill);
            if (stroke is not null)
            {
                Attribute(xml, "stroke", stroke);
                Attribute(xml, "stroke-width", Markup.Number(strokeWidth));
            }

            xml.WriteEndElement();
        }

        private static void Text(XmlWriter xml, double x, double y, string text, double size, bool bold = false, bool italic = false, string? anchor = null)
        {
            xml.WriteStartElement("text");
            Attribute(xml, "x", Markup.Number(x));
            Attribute(xml, "y", Markup.Number(y));
            Attribute(xml, "font-size", Markup.Number(size));
            if (bold)
            {
                Attribute(xml, "font-weight", "bold");
            }

            if (italic)
            {
                Attribute(xml, "font-style", "italic");
            }

            if (anchor is not null)
            {
                Attribute(xml, "text-anchor", anchor);
            }

            Attribute(xml, "fill", Ink);
            xml.WriteString(text);
            xml.WriteEndElement();
        }

        private static void Attribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, value);
    }
}
