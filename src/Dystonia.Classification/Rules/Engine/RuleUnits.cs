using System;
using System.Collections.Generic;
using System.Linq;

namespace Dystonia.Classification.Rules;

/// <summary>Finds every rule unit of the library, so that adding a rule needs no list to be edited.</summary>
internal static class RuleUnits
{
    internal static IEnumerable<ClinicalRule> All() =>
        typeof(ClinicalRule).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(ClinicalRule).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (ClinicalRule)Activator.CreateInstance(type, nonPublic: true)!);
}
