using System;
using System.Globalization;
using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>The tool's own phrases (<c>Data/cli-terms.json</c>) in English and Latvian, loaded and checked at first use.</summary>
internal static class ToolTexts
{
    internal static readonly Lazy<ClinicalTextTable> Table = new(() =>
        ClinicalTextTable.FromEmbeddedResource(typeof(ToolTexts).Assembly, "Dystonia.Classification.Cli.Data.cli-terms.json"));

    /// <summary>Returns the phrase <paramref name="key"/> in <paramref name="language"/> with its numbered placeholders filled.</summary>
    internal static string Say(string language, string key, params object[] values)
    {
        var texts = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            texts[i] = Convert.ToString(values[i], CultureInfo.InvariantCulture) ?? "";
        }

        return Table.Value.For(language)[key, texts].Value;
    }
}
