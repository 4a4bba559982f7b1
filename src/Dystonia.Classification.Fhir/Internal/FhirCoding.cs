namespace Dystonia.Classification.Fhir.Internal;

/// <summary>One external code from <c>Data/fhir-codes.json</c>, with where it was seen.</summary>
internal sealed record FhirCoding(string System, string Code, string Display, string Source, string Verification);
