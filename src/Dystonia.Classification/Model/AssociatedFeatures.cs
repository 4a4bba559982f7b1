namespace Dystonia.Classification;

/// <summary>
/// Features found alongside dystonia on examination (2013 consensus, Axis I, associated features).
/// </summary>
/// <remarks>
/// An instance means the patient was examined for associated features: <see cref="None"/> records an
/// examination that found none, which makes the dystonia isolated. A presentation without an instance leaves
/// isolated versus combined undetermined.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class AssociatedFeatures
{
    /// <summary>Gets an instance recording that no associated feature was found.</summary>
    public static AssociatedFeatures None { get; } = new();

    /// <summary>Gets the movement disorders found besides dystonia.</summary>
    public MovementDisorders MovementDisorders { get; init; }

    /// <summary>Gets the other neurological features found.</summary>
    public NeurologicalFeatures Neurological { get; init; }

    /// <summary>Gets the systemic features found.</summary>
    public SystemicFeatures Systemic { get; init; }
}
