using System;
using System.Collections.Generic;

namespace Dystonia.Classification;

/// <summary>
/// Settings for the places where the literature is ambiguous. Every default follows the reading documented in
/// <c>docs/classification-rules.md</c>, and the reasoning names the option whenever it changes a label.
/// </summary>
/// <remarks>
/// A classifier copies the options when it is created; changing an instance afterwards does not affect it.
/// </remarks>
public sealed class ClassificationOptions
{
    /// <summary>The oldest age, in completed years, accepted for <see cref="EarlyOnsetMaximumAge"/> and <see cref="WilsonScreeningBeforeAge"/>.</summary>
    public const int MaximumAge = 120;

    /// <summary>
    /// Gets or sets the label for three or more contiguous regions, which the short form of the consensus ("2 or
    /// more contiguous regions") calls segmental and its full wording ("two non-contiguous or more, contiguous or
    /// not, regions") can call multifocal.
    /// </summary>
    /// <value>The default value is <see cref="Classification.ThreeOrMoreContiguousRegions.Segmental"/>.</value>
    public ThreeOrMoreContiguousRegions ThreeOrMoreContiguousRegions { get; set; } = ThreeOrMoreContiguousRegions.Segmental;

    /// <summary>Gets or sets which cranial regions count as contiguous with each other.</summary>
    /// <value>The default value is <see cref="Classification.CranialContiguity.WholeSegment"/>.</value>
    public CranialContiguity CranialContiguity { get; set; } = CranialContiguity.WholeSegment;

    /// <summary>
    /// Gets or sets whether hemidystonia also needs the face on the same side (the HPO definition: ipsilateral face,
    /// arm and leg) rather than only the upper and lower limb of one side (GeneReviews: ipsilateral arm and leg).
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool HemidystoniaRequiresFace { get; set; }

    /// <summary>
    /// Gets or sets whether onset at 40 completed years is late adulthood ("40 years and older") rather than early
    /// adulthood (late adulthood "over 40", as in GeneReviews).
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool CountAgeFortyAsLateAdulthood { get; set; }

    /// <summary>
    /// Gets or sets the oldest age at onset, in completed years, that counts as early onset for the levodopa trial,
    /// THAP1 and SGCE testing suggestions. EFNS guidance says "early-onset" without a number; the default covers the
    /// consensus infancy, childhood and adolescence bands. 25 follows the reading in PMID 28389587.
    /// </summary>
    /// <value>The default value is the rule catalogue's parameter <c>earlyOnsetMaximumAge</c> (20 in rule set 1.0.0; docs/classification-rules.md). Allowed: 0 to 120.</value>
    public int EarlyOnsetMaximumAge { get; set; } = Internal.ClinicalData.Parameter("earlyOnsetMaximumAge");

    /// <summary>
    /// Gets or sets the age at onset, in completed years, below which age alone calls for Wilson disease screening
    /// (from 3 years, whatever acquired cause is recorded). Expert opinion, not a guideline: 40 follows Bhidayasiri and
    /// Tarsy; other sources use 30, 50 or 55. Liver disease, Kayser-Fleischer rings, psychiatric change or cognitive
    /// impairment call for screening at any age, whatever this option says.
    /// </summary>
    /// <value>The default value is the rule catalogue's parameter <c>wilsonScreeningBeforeAge</c> (40 in rule set 1.0.0; docs/classification-rules.md). Allowed: 0 to 120; 0 turns the age trigger off.</value>
    public int WilsonScreeningBeforeAge { get; set; } = Internal.ClinicalData.Parameter("wilsonScreeningBeforeAge");

    /// <summary>
    /// Gets or sets whether the reasoning includes rules that were considered and did not apply, such as why a
    /// presentation with trunk involvement is not generalized.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IncludeRulesNotApplied { get; set; } = true;

    /// <summary>
    /// Gets or sets the language of the clinician-facing texts (reasoning, missing findings, suggested workup) when a
    /// call does not name one: a tag from <see cref="Localization.ClinicalLanguages.Supported"/> (<c>en</c>, <c>lv</c>;
    /// <c>lv-LV</c> is read as <c>lv</c>). Labels, rule ids and every other machine-readable field are the same in
    /// every language.
    /// </summary>
    /// <value>The default value is <c>en</c>.</value>
    public string Language { get; set; } = Localization.ClinicalLanguages.English;

    /// <summary>Checks every setting and returns a message for each invalid one.</summary>
    /// <returns>The problems found; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(ThreeOrMoreContiguousRegions))
        {
            problems.Add(nameof(ThreeOrMoreContiguousRegions) + " must be Segmental or Multifocal.");
        }

        if (!Enum.IsDefined(CranialContiguity))
        {
            problems.Add(nameof(CranialContiguity) + " must be WholeSegment or AnatomicalChain.");
        }

        if (EarlyOnsetMaximumAge is < 0 or > MaximumAge)
        {
            problems.Add(nameof(EarlyOnsetMaximumAge) + " must be between 0 and 120 years.");
        }

        if (WilsonScreeningBeforeAge is < 0 or > MaximumAge)
        {
            problems.Add(nameof(WilsonScreeningBeforeAge) + " must be between 0 and 120 years.");
        }

        if (!Localization.ClinicalLanguages.IsSupported(Language))
        {
            problems.Add(nameof(Language) + " must be one of: " + string.Join(", ", Localization.ClinicalLanguages.Supported) + ".");
        }

        return problems;
    }
}
