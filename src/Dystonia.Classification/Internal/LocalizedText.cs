using System.Collections.Generic;

namespace Dystonia.Classification.Internal;

/// <summary>One text in every language the data tables provide, keyed by language tag (<c>en</c>, <c>lv</c>).</summary>
internal sealed class LocalizedText
{
    internal LocalizedText(IReadOnlyDictionary<string, TextTemplate> byLanguage) => ByLanguage = byLanguage;

    internal IReadOnlyDictionary<string, TextTemplate> ByLanguage { get; }

    /// <summary>Returns the text in <paramref name="language"/>, falling back to English, which every entry has.</summary>
    internal TextTemplate In(string language) =>
        ByLanguage.TryGetValue(language, out var text) ? text : ByLanguage[ClinicalData.English];
}
