namespace Dystonia.Classification.Reasoning;

/// <summary>Names the rule set and its version, so that every result can be traced to the rules that produced it.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class RuleSetInfo
{
    internal RuleSetInfo(string name, string version, string title)
    {
        Name = name;
        Version = version;
        Title = title;
    }

    /// <summary>Gets the rule-set name, for example <c>Albanese2013</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the rule-set version (semantic versioning: a label change bumps the major or minor version).</summary>
    public string Version { get; }

    /// <summary>Gets the full title of the classification the rules implement.</summary>
    public string Title { get; }

    /// <summary>Returns <c>Name Version</c>.</summary>
    /// <returns>The name and version.</returns>
    public override string ToString() => Name + " " + Version;
}
