namespace Dystonia.Classification.Internal;

/// <summary>An immutable snapshot of <see cref="ClassificationOptions"/> taken when a classifier is created.</summary>
internal readonly struct RuleSettings
{
    internal RuleSettings(ClassificationOptions options)
    {
        ThreeOrMore = options.ThreeOrMoreContiguousRegions;
        Cranial = options.CranialContiguity;
        HemidystoniaRequiresFace = options.HemidystoniaRequiresFace;
        AgeFortyIsLate = options.CountAgeFortyAsLateAdulthood;
        EarlyOnsetMaximumAge = options.EarlyOnsetMaximumAge;
        WilsonBeforeAge = options.WilsonScreeningBeforeAge;
        IncludeNotApplied = options.IncludeRulesNotApplied;
        Language = Localization.ClinicalLanguages.Normalize(options.Language);
    }

    internal ThreeOrMoreContiguousRegions ThreeOrMore { get; }

    internal CranialContiguity Cranial { get; }

    internal bool HemidystoniaRequiresFace { get; }

    internal bool AgeFortyIsLate { get; }

    internal int EarlyOnsetMaximumAge { get; }

    internal int WilsonBeforeAge { get; }

    internal bool IncludeNotApplied { get; }

    /// <summary>Gets the default language of the texts, normalized to a supported tag.</summary>
    internal string Language { get; }
}
