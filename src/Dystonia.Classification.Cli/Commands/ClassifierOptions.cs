using System.CommandLine;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>The command-line switches for the <see cref="ClassificationOptions"/>: where the literature is ambiguous, and the language of the texts.</summary>
internal sealed class ClassifierOptions
{
    internal Option<ThreeOrMoreContiguousRegions> ThreeOrMore { get; } = new("--three-or-more-contiguous")
    {
        Description = "Label for three or more contiguous regions (docs/classification-rules.md).",
        DefaultValueFactory = _ => ThreeOrMoreContiguousRegions.Segmental,
    };

    internal Option<CranialContiguity> Cranial { get; } = new("--cranial-contiguity")
    {
        Description = "Which cranial regions count as contiguous.",
        DefaultValueFactory = _ => CranialContiguity.WholeSegment,
    };

    internal Option<bool> HemidystoniaRequiresFace { get; } = new("--hemidystonia-requires-face")
    {
        Description = "Require same-side face involvement for hemidystonia (HPO definition).",
    };

    internal Option<bool> AgeFortyLate { get; } = new("--age-forty-late")
    {
        Description = "Count onset at 40 years as late adulthood.",
    };

    internal Option<string> Language { get; } = CreateLanguageOption();

    internal void AddTo(Command command)
    {
        command.Options.Add(ThreeOrMore);
        command.Options.Add(Cranial);
        command.Options.Add(HemidystoniaRequiresFace);
        command.Options.Add(AgeFortyLate);
        command.Options.Add(Language);
    }

    internal DystoniaClassifier Create(ParseResult parse) => new(Options(parse));

    /// <summary>Gets the classification options the switches give.</summary>
    internal ClassificationOptions Options(ParseResult parse) => new()
    {
        ThreeOrMoreContiguousRegions = parse.GetValue(ThreeOrMore),
        CranialContiguity = parse.GetValue(Cranial),
        HemidystoniaRequiresFace = parse.GetValue(HemidystoniaRequiresFace),
        CountAgeFortyAsLateAdulthood = parse.GetValue(AgeFortyLate),
        Language = parse.GetValue(Language)!,
    };

    private static Option<string> CreateLanguageOption()
    {
        var option = new Option<string>("--language")
        {
            Description = "Language of the reasoning, workup and missing-finding texts (and of the explain text). Labels and rule ids are the same in every language.",
            DefaultValueFactory = _ => ClinicalLanguages.English,
        };
        option.AcceptOnlyFromAmong([.. ClinicalLanguages.Supported]);
        return option;
    }
}
