using System;
using System.Linq;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Tests;

/// <summary>Short ways to write presentations in tests, in the JSON wire names a clinician reads.</summary>
internal static class Cases
{
    internal static readonly DystoniaClassifier Classifier = new();

    /// <summary>Parses <c>neck</c>, <c>upperLimb:left</c>, <c>upperFace:right</c>, <c>lowerLimb:both</c>.</summary>
    internal static AffectedRegion Region(string wire)
    {
        var parts = wire.Split(':');
        var region = Enum.Parse<BodyRegion>(parts[0], ignoreCase: true);
        var side = parts.Length > 1 ? Enum.Parse<BodySide>(parts[1], ignoreCase: true) : BodySide.Unspecified;
        return new AffectedRegion(region, side);
    }

    internal static Presentation Regions(params string[] regions) =>
        new() { Regions = regions.Select(Region).ToArray() };

    internal static ClassificationResult Classify(Presentation presentation, ClassificationOptions? options = null) =>
        (options is null ? Classifier : new DystoniaClassifier(options)).Classify(presentation);

    internal static ClassificationResult Classify(params string[] regions) => Classify(Regions(regions));

    internal static Distribution DistributionOf(params string[] regions) => Classify(regions).Labels.Distribution;

    /// <summary>Returns the rule ids of the steps with the given outcome.</summary>
    internal static string[] RuleIds(this ClassificationResult result, RuleOutcome outcome) =>
        result.Reasoning.Where(step => step.Outcome == outcome).Select(step => step.RuleId).ToArray();

    internal static ReasoningStep Step(this ClassificationResult result, string ruleId) =>
        result.Reasoning.Single(step => step.RuleId == ruleId);
}
