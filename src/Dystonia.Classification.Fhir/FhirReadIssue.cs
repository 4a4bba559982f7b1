namespace Dystonia.Classification.Fhir;

/// <summary>Something in the FHIR input that was not used, and why; the reader never drops input silently.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class FhirReadIssue
{
    internal FhirReadIssue(string location, string resourceType, string message)
    {
        Location = location;
        ResourceType = resourceType;
        Message = message;
    }

    /// <summary>Gets the JSON path of the element, for example <c>entry[3].resource.code</c>.</summary>
    public string Location { get; }

    /// <summary>Gets the resource type of the entry, for example <c>Condition</c>.</summary>
    public string ResourceType { get; }

    /// <summary>Gets why the element was not used. Codes are repeated; free text and dates are not.</summary>
    public string Message { get; }

    /// <summary>Returns <c>location: message</c>.</summary>
    /// <returns>The location and message.</returns>
    public override string ToString() => Location + ": " + Message;
}
