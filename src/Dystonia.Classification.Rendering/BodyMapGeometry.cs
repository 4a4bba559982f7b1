using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Text.Json;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Rendering;

/// <summary>
/// The figure of the body map, loaded once from <c>Data/body-map.json</c>: one entry per region with its shapes (one,
/// or one per side) and where the onset symbol goes. A malformed table fails at first use, and the tests draw every
/// region.
/// </summary>
internal sealed class BodyMapGeometry
{
    private static readonly Lazy<BodyMapGeometry> Loaded = new(Load);

    private BodyMapGeometry(double width, double height, double midline, IReadOnlyList<RegionFigure> regions, IReadOnlyList<string> details)
    {
        Width = width;
        Height = height;
        Midline = midline;
        Regions = regions;
        Details = details;
    }

    internal static BodyMapGeometry Instance => Loaded.Value;

    /// <summary>Gets the width of the drawing space of the figure.</summary>
    internal double Width { get; }

    /// <summary>Gets the height of the drawing space of the figure.</summary>
    internal double Height { get; }

    /// <summary>Gets the x coordinate of the figure's midline; the patient's left side lies at greater x.</summary>
    internal double Midline { get; }

    /// <summary>Gets the regions in drawing order.</summary>
    internal IReadOnlyList<RegionFigure> Regions { get; }

    /// <summary>Gets the outline details (eyes, mouth, collarbones) drawn over the regions so that the figure reads as a face and body.</summary>
    internal IReadOnlyList<string> Details { get; }

    private static BodyMapGeometry Load()
    {
        using var document = OpenTable();
        var root = document.RootElement;
        var regions = new List<RegionFigure>();
        var seen = new HashSet<BodyRegion>();
        var allRegions = Enum.GetValues<BodyRegion>();
        foreach (var entry in root.GetProperty("regions").EnumerateArray())
        {
            var name = entry.GetProperty("region").GetString()!;
            int index = Array.FindIndex(allRegions, region => ContractNames.Of(region) == name);
            if (index < 0 || !seen.Add(allRegions[index]))
            {
                throw new InvalidOperationException("Unknown or repeated region in body-map.json: " + name);
            }

            var shapes = new List<RegionShape>();
            foreach (var shape in entry.GetProperty("shapes").EnumerateArray())
            {
                var side = BodySide.Unspecified;
                if (shape.TryGetProperty("side", out var sideName))
                {
                    side = sideName.GetString() switch
                    {
                        "left" => BodySide.Left,
                        "right" => BodySide.Right,
                        _ => throw new InvalidOperationException("A shape's side must be left or right: " + name),
                    };
                }

                shapes.Add(new RegionShape(side, CheckPath(shape.GetProperty("d").GetString()!), shape.TryGetProperty("marker", out var marker) ? Point(marker) : null));
            }

            bool sided = shapes.TrueForAll(s => s.Side != BodySide.Unspecified);
            if (shapes.Count == 0 || (!sided && shapes.Count != 1) || (sided && shapes.Count != 2) || shapes.Exists(s => sided && s.Marker is null))
            {
                throw new InvalidOperationException("A region needs one shape, or a left and a right shape each with a marker: " + name);
            }

            // A limb's onset always has a side; every other region may be recorded without one and needs a marker of its own.
            var regionMarker = entry.TryGetProperty("marker", out var point) ? Point(point) : null;
            if (regionMarker is null && allRegions[index] is not (BodyRegion.UpperLimb or BodyRegion.LowerLimb))
            {
                throw new InvalidOperationException("A region that may be recorded without a side needs a marker: " + name);
            }

            regions.Add(new RegionFigure(allRegions[index], new ReadOnlyCollection<RegionShape>(shapes), regionMarker));
        }

        if (seen.Count != allRegions.Length)
        {
            throw new InvalidOperationException("body-map.json must draw every region.");
        }

        var details = new List<string>();
        foreach (var detail in root.GetProperty("details").EnumerateArray())
        {
            details.Add(CheckPath(detail.GetString()!));
        }

        return new BodyMapGeometry(
            root.GetProperty("width").GetDouble(),
            root.GetProperty("height").GetDouble(),
            root.GetProperty("midline").GetDouble(),
            new ReadOnlyCollection<RegionFigure>(regions),
            new ReadOnlyCollection<string>(details));
    }

    private static JsonDocument OpenTable()
    {
        using var stream = typeof(BodyMapGeometry).Assembly.GetManifestResourceStream("Dystonia.Classification.Rendering.Data.body-map.json")
            ?? throw new InvalidOperationException("Embedded data table missing: body-map.json");
        using var reader = new StreamReader(stream);
        return JsonDocument.Parse(reader.ReadToEnd());
    }

    private static (double X, double Y)? Point(JsonElement pair) => (pair[0].GetDouble(), pair[1].GetDouble());

    // Path data is copied into the SVG as it stands, so it may hold only path commands and plain decimal numbers:
    // nothing that could depend on a culture or break out of the attribute.
    private static string CheckPath(string d)
    {
        foreach (char c in d)
        {
            if (!(char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or ',' || "MLHVCSQTAZmlhvcsqtaz".Contains(c, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("Path data in body-map.json may hold only path commands and numbers: " + d);
            }
        }

        return d;
    }

    /// <summary>One region of the figure.</summary>
    /// <param name="Region">The region.</param>
    /// <param name="Shapes">One shape with no side, or a shape for the patient's right and one for the patient's left.</param>
    /// <param name="Marker">Where the onset symbol goes when the onset is recorded without a side; null for limbs, which always have one.</param>
    internal sealed record RegionFigure(BodyRegion Region, IReadOnlyList<RegionShape> Shapes, (double X, double Y)? Marker);

    /// <summary>One shape of a region.</summary>
    /// <param name="Side">The patient's side the shape stands for, or <see cref="BodySide.Unspecified"/> for a midline region.</param>
    /// <param name="PathData">The SVG path data.</param>
    /// <param name="Marker">Where the onset symbol goes when the onset is on this side.</param>
    internal sealed record RegionShape(BodySide Side, string PathData, (double X, double Y)? Marker);
}
