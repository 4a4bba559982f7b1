using System.Text.Json;

namespace Dystonia.Classification.Reasoning;

/// <summary>A published source that a rule rests on.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class SourceReference
{
    internal SourceReference(string id, string citation, string url, string verification)
    {
        Id = id;
        EncodedId = JsonEncodedText.Encode(id);
        Citation = citation;
        Url = url;
        Verification = verification;
    }

    /// <summary>Gets the stable source id, for example <c>albanese2013</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the id as JSON writes it, encoded once: every result lists its sources.</summary>
    internal JsonEncodedText EncodedId { get; }

    /// <summary>Gets the bibliographic citation.</summary>
    public string Citation { get; }

    /// <summary>Gets a URL where the source (or its abstract) can be read.</summary>
    public string Url { get; }

    /// <summary>Gets how the source's wording was verified: primary text, a secondary source, or recalled.</summary>
    public string Verification { get; }

    /// <summary>Returns the citation.</summary>
    /// <returns>The citation.</returns>
    public override string ToString() => Citation;
}
