namespace Dystonia.Classification.Fhir;

/// <summary>
/// What the caller knows about the record being read: the patient in context, and how the reader weighs an acquired
/// cause by its dates. Every option has a documented default (docs/ehr-integration.md, "In").
/// </summary>
public sealed class FhirReadOptions
{
    /// <summary>The default of <see cref="ResolvedCauseMaximumYearsBeforeOnset"/>: 20 years.</summary>
    public const double DefaultResolvedCauseMaximumYearsBeforeOnset = 20;

    /// <summary>
    /// Gets the patient in context, as a reference (<c>Patient/123</c>) or a logical id (<c>123</c>), for example the
    /// CDS Hooks <c>context.patientId</c>. A Condition or Observation whose <c>subject</c> names another patient is
    /// not used and is reported (<see cref="FhirReadIssueCodes.OtherPatient"/>). When <see langword="null"/> (the
    /// default), the patient is the input's one <c>Patient</c> resource; with none, subjects are not checked, and when
    /// the input names several patients (Patient resources or subjects), none of their resources is used.
    /// </summary>
    public string? PatientReference { get; init; }

    /// <summary>
    /// Gets how many years before the dystonia's onset a resolved, inactive or in-remission acquired cause may have
    /// abated and still count as the cause; an older one is set aside and reported
    /// (<see cref="FhirReadIssueCodes.CauseResolvedLongBeforeOnset"/>). The default, 20 years, is the project's choice,
    /// not a published threshold: above the mean latencies reported between a brain insult and delayed-onset dystonia
    /// (2.8 to 14.7 years) and the 14-year maximum of Burke, Fahn and Gold 1980, below the 46 years seen once after
    /// perinatal injury (docs/evidence/fhir-reader-codes.md); a cause set aside is reported for the clinician to confirm.
    /// <see langword="null"/> never sets a cause aside by its abatement; a negative value or NaN is refused when reading.
    /// </summary>
    public double? ResolvedCauseMaximumYearsBeforeOnset { get; init; } = DefaultResolvedCauseMaximumYearsBeforeOnset;

    /// <summary>
    /// Gets whether Conditions whose <c>verificationStatus</c> is <c>unconfirmed</c>, <c>provisional</c> or
    /// <c>differential</c> are used. The default, <see langword="false"/>, reports them instead
    /// (<see cref="FhirReadIssueCodes.Unconfirmed"/>): a diagnosis under consideration is not a finding.
    /// </summary>
    public bool UseUnconfirmedConditions { get; init; }
}
