using System.CommandLine;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>The <c>--language</c> switch: a tag from <see cref="ClinicalLanguages.Supported"/>, English by default.</summary>
internal static class LanguageOption
{
    internal static Option<string> Create(string description)
    {
        var option = new Option<string>("--language")
        {
            Description = description + " (" + string.Join(", ", ClinicalLanguages.Supported) + ").",
            DefaultValueFactory = _ => ClinicalLanguages.English,
        };
        option.AcceptOnlyFromAmong([.. ClinicalLanguages.Supported]);
        return option;
    }
}
