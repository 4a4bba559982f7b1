namespace Dystonia.Classification.Fhir;

/// <summary>
/// One external code of the library's verified code table (<c>Data/fhir-codes.json</c>): a code seen in a named,
/// published data file, with that file as its <see cref="Source"/>.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class VerifiedCode
{
    internal VerifiedCode(string system, string code, string display, string source)
    {
        System = system;
        Code = code;
        Display = display;
        Source = source;
    }

    /// <summary>Gets the code system's URI, one of the <see cref="FhirSystems"/> constants (for example <see cref="FhirSystems.Hpo"/>).</summary>
    public string System { get; }

    /// <summary>Gets the code, for example <c>HP:0001332</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the code system's English display for the code, for example <c>Dystonia</c>.</summary>
    public string Display { get; }

    /// <summary>Gets where the code and its display were seen: the data file, its repository and commit.</summary>
    public string Source { get; }

    /// <inheritdoc/>
    public override string ToString() => Code + " " + Display;
}
