using Dystonia.Classification.Localization;

namespace Dystonia.Classification.Fhir;

/// <summary>
/// Something in the FHIR input the reader reports: an element it did not use and why, a finding it could read only in
/// part (what is missing), or what an acquired cause relied on. The reader never drops input silently.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class FhirReadIssue
{
    // The value a clinician's sentence names besides the region (the years of an option), never patient data.
    private readonly string? argument;

    internal FhirReadIssue(string location, string resourceType, string code, string message, BodyRegion? region = null, string? date = null, string? argument = null)
    {
        this.argument = argument;
        Location = location;
        ResourceType = resourceType;
        Code = code;
        Message = message;
        Region = region;
        Date = date;
    }

    /// <summary>Gets the JSON path of the element, for example <c>entry[3].resource.code</c>.</summary>
    public string Location { get; }

    /// <summary>Gets the resource type of the entry, for example <c>Condition</c>.</summary>
    public string ResourceType { get; }

    /// <summary>Gets the stable code of the issue, one of <see cref="FhirReadIssueCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets why, in English for the integrator. Codes and code systems are named; free text, dates and ids are not.</summary>
    public string Message { get; }

    /// <summary>Gets the body region concerned, for a missing side (<see cref="FhirReadIssueCodes.SideMissing"/>, <see cref="FhirReadIssueCodes.SideConflict"/>); otherwise <see langword="null"/>.</summary>
    public BodyRegion? Region { get; }

    /// <summary>
    /// Gets the FHIR date the decision relied on, as written in the resource (for example the <c>abatementDateTime</c>
    /// of a cause set aside, or the <c>onsetDateTime</c> of a cause used), or <see langword="null"/>. It is patient data:
    /// show it to the clinician, never log it; <see cref="Message"/> never repeats it.
    /// </summary>
    public string? Date { get; }

    /// <summary>Gets whether this is a finding the record holds only in part, which a caller can show as "what is missing".</summary>
    public bool IsMissingFinding => Code is FhirReadIssueCodes.SideMissing or FhirReadIssueCodes.SideConflict or FhirReadIssueCodes.RegionMissing;

    /// <summary>Returns the sentence for the clinician in a language (<c>Data/fhir-terms.json</c>), with the region named where there is one.</summary>
    /// <param name="language">A tag from <see cref="ClinicalLanguages.Supported"/>.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="language"/> is not a supported language.</exception>
    public string Text(string language)
    {
        var texts = DystoniaFhir.Texts.Value.For(language);
        string value = Region is { } r ? ClinicalTerms.DisplayName(new AffectedRegion(r), language) : argument ?? "";
        return texts["fhir.read." + Code, value];
    }

    /// <summary>Returns <c>location: message</c>.</summary>
    /// <returns>The location and message.</returns>
    public override string ToString() => Location + ": " + Message;
}
