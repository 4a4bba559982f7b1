using System;
using System.Collections.Generic;
using Dystonia.Classification.Fhir.Internal;
using Dystonia.Classification.Serialization;

namespace Dystonia.Classification.Fhir;

/// <summary>
/// Read-only access to the verified code table (<c>Data/fhir-codes.json</c>) for writers of other formats, so that a
/// code is typed once: the GA4GH Phenopacket export (Dystonia.Classification.Phenopackets) takes its HPO terms from
/// here. Each list holds every verified code of every system for the concept, in the table's order; a concept with no
/// verified code has an empty list.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class VerifiedCodes
{
    private static readonly Lazy<IReadOnlyList<VerifiedCode>> DystoniaCodes = new(() => Convert(FhirCodeTables.Instance.Dystonia));

    /// <summary>Gets the codes for dystonia itself and its broad forms (HPO <c>HP:0001332</c> Dystonia first among the HPO codes).</summary>
    public static IReadOnlyList<VerifiedCode> Dystonia => DystoniaCodes.Value;

    /// <summary>Returns the codes that name a body distribution (none for segmental and multifocal dystonia in HPO).</summary>
    /// <param name="distribution">The distribution label.</param>
    /// <returns>The verified codes; empty when none exists.</returns>
    public static IReadOnlyList<VerifiedCode> ForDistribution(Distribution distribution) =>
        FhirCodeTables.Instance.Distribution.TryGetValue(ContractNames.Of(distribution), out var codings) ? Convert(codings) : [];

    /// <summary>
    /// Returns the phenotype codes that name dystonia of one body region, the region's general term first (for the upper
    /// limb, Arm dystonia before the narrower Writer's cramp).
    /// </summary>
    /// <param name="region">The body region.</param>
    /// <returns>The verified codes; empty when none exists.</returns>
    public static IReadOnlyList<VerifiedCode> ForRegion(BodyRegion region) => Keyed(FhirCodeTables.Instance.RegionPhenotypes, ContractNames.Of(region));

    /// <summary>Returns the codes for one movement disorder recorded beside dystonia.</summary>
    /// <param name="disorder">One movement disorder (a single flag).</param>
    /// <returns>The verified codes; empty when none exists.</returns>
    public static IReadOnlyList<VerifiedCode> ForMovementDisorder(MovementDisorders disorder)
    {
        var codes = new List<VerifiedCode>();
        foreach (var (value, coding) in FhirCodeTables.Instance.MovementDisorders)
        {
            if (ContractNames.TryParse(value, out MovementDisorders parsed) && parsed == disorder)
            {
                codes.Add(Convert(coding));
            }
        }

        return codes;
    }

    /// <summary>Returns the codes for one neurological feature recorded beside dystonia.</summary>
    /// <param name="feature">One neurological feature (a single flag).</param>
    /// <returns>The verified codes; empty when none exists.</returns>
    public static IReadOnlyList<VerifiedCode> ForNeurologicalFeature(NeurologicalFeatures feature)
    {
        var codes = new List<VerifiedCode>();
        foreach (var (value, coding) in FhirCodeTables.Instance.NeurologicalFeatures)
        {
            if (ContractNames.TryParse(value, out NeurologicalFeatures parsed) && parsed == feature)
            {
                codes.Add(Convert(coding));
            }
        }

        return codes;
    }

    private static List<VerifiedCode> Keyed(IReadOnlyList<(string Key, FhirCoding Coding)> table, string key)
    {
        var codes = new List<VerifiedCode>();
        foreach (var (entryKey, coding) in table)
        {
            if (string.Equals(entryKey, key, StringComparison.Ordinal))
            {
                codes.Add(Convert(coding));
            }
        }

        return codes;
    }

    private static List<VerifiedCode> Convert(IReadOnlyList<FhirCoding> codings)
    {
        var codes = new List<VerifiedCode>(codings.Count);
        foreach (var coding in codings)
        {
            codes.Add(Convert(coding));
        }

        return codes;
    }

    private static VerifiedCode Convert(FhirCoding coding) => new(coding.System, coding.Code, coding.Display, coding.Source);
}
