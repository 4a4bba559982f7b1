namespace Dystonia.Classification;

/// <summary>Whether dystonia is the only motor feature (2013 consensus, Axis I, associated features).</summary>
public enum IsolatedOrCombined
{
    /// <summary>Dystonia is the only motor feature, with the exception of tremor. JSON: <c>isolated</c>.</summary>
    Isolated = 0,

    /// <summary>Dystonia is combined with another movement disorder. JSON: <c>combined</c>.</summary>
    Combined = 1,
}
