using System;
using System.Collections.Generic;
using System.Linq;
using Dystonia.Classification.Localization;
using FluentAssertions;

namespace Dystonia.Classification.Tests.Shared;

/// <summary>
/// The checks every host's own text table passes (ClinicalTextTable checks the format when it loads): the host's keys
/// only, the same keys in every language, and every text translated. Linked into the test project of each host.
/// </summary>
internal static class HostTexts
{
    /// <summary>Checks a host's table and returns its English texts by key.</summary>
    /// <param name="table">The host's table.</param>
    /// <param name="prefixes">The key prefixes the host owns, such as <c>card.</c>.</param>
    internal static Dictionary<string, string> ShouldBeTheHostsOwnAndTranslated(ClinicalTextTable table, params string[] prefixes)
    {
        var english = table.For(ClinicalLanguages.English).GetAllStrings(includeParentCultures: false).ToList();

        english.Should().NotBeEmpty();
        english.Select(s => s.Name).Should().OnlyContain(key => prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)), "a host's table holds only the host's own keys");
        foreach (var language in ClinicalLanguages.Supported.Where(l => l != ClinicalLanguages.English))
        {
            var translation = table.For(language).GetAllStrings(includeParentCultures: false).ToList();
            translation.Select(s => s.Name).Should().Equal(english.Select(s => s.Name), language);
            for (int i = 0; i < english.Count; i++)
            {
                translation[i].Value.Should().NotBe(english[i].Value, english[i].Name + " is translated into " + language);
            }
        }

        return english.ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
    }
}
