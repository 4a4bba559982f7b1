namespace Dystonia.Classification.Fhir;

/// <summary>
/// The stable codes of <see cref="FhirReadIssue.Code"/>: why an element was not used, what a finding lacks, or what an
/// acquired cause relied on. Each code has a sentence for the clinician in every language (<see cref="FhirReadIssue.Text"/>).
/// </summary>
public static class FhirReadIssueCodes
{
    /// <summary>Another resource type than Patient, Condition or Observation.</summary>
    public const string ResourceTypeNotUsed = "resourceTypeNotUsed";

    /// <summary>No code of the resource is one the reader recognises (the codes are named in the message).</summary>
    public const string UnrecognisedCode = "unrecognisedCode";

    /// <summary>A Condition refuted or entered in error; an Observation cancelled, entered in error, or recorded as absent.</summary>
    public const string NotAsserted = "notAsserted";

    /// <summary>A Condition that is unconfirmed, provisional or differential (see <see cref="FhirReadOptions.UseUnconfirmedConditions"/>).</summary>
    public const string Unconfirmed = "unconfirmed";

    /// <summary>A Condition that is inactive, in remission or resolved (acquired causes are weighed by their dates instead).</summary>
    public const string NotActive = "notActive";

    /// <summary>A resource whose subject is another patient than the one in context.</summary>
    public const string OtherPatient = "otherPatient";

    /// <summary>A limb named without its side: the region is left out until the side is recorded. A missing finding.</summary>
    public const string SideMissing = "sideMissing";

    /// <summary>A body site whose structure and laterality name different sides: the region is left out. A missing finding.</summary>
    public const string SideConflict = "sideConflict";

    /// <summary>A dystonia finding whose code names no region and whose body site is missing or not recognised. A missing finding.</summary>
    public const string RegionMissing = "regionMissing";

    /// <summary>A body site with no recognised code.</summary>
    public const string BodySiteNotRecognised = "bodySiteNotRecognised";

    /// <summary>A date or age that is not used (not a full date, no birth date, an age unit other than years or months).</summary>
    public const string DateNotUsed = "dateNotUsed";

    /// <summary>An acquired cause whose onset is after the dystonia's onset: set aside.</summary>
    public const string CauseAfterOnset = "causeAfterOnset";

    /// <summary>A resolved acquired cause that abated long before the dystonia's onset (<see cref="FhirReadOptions.ResolvedCauseMaximumYearsBeforeOnset"/>): set aside.</summary>
    public const string CauseResolvedLongBeforeOnset = "causeResolvedLongBeforeOnset";

    /// <summary>An acquired cause that was used, with the date it relied on (<see cref="FhirReadResult.Used"/>).</summary>
    public const string CauseUsed = "causeUsed";
}
