namespace Dystonia.Classification.CdsHooks.Tests.Support;

/// <summary>
/// The telemetry tests run alone: an in-memory exporter sees every activity of the process, so another test's calls,
/// running in parallel with the same patient id, would show up in the spans these tests inspect.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAlone
{
    internal const string Name = "Telemetry, run alone";
}
