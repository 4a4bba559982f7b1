using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Dystonia.Classification.Fhir.Internal;
using Dystonia.Classification.Serialization;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Fhir;

/// <summary>
/// Builds a <see cref="Presentation"/> from FHIR R4 resources: a <c>Patient</c> (birth date), <c>Condition</c>s and
/// <c>Observation</c>s coded for dystonia findings. The recognised codes are listed in docs/ehr-integration.md;
/// everything else is returned in <see cref="FhirReadResult.NotUsed"/>, never dropped silently.
/// </summary>
/// <remarks>
/// Only the patient in context is read (<see cref="FhirReadOptions.PatientReference"/>). Conditions count when they
/// are active, recurring or relapsing (or carry no clinical status) and are neither refuted, entered in error nor
/// unconfirmed. An acquired cause is weighed by its dates against the dystonia's onset; what it relied on is in
/// <see cref="FhirReadResult.Used"/>. A limb without its side is a missing finding, not an error.
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class FhirPresentationReader
{
    private static readonly FhirReadOptions DefaultOptions = new();

    /// <summary>Reads a FHIR <c>Bundle</c> (any type; searchset and collection are usual) in UTF-8 JSON.</summary>
    /// <param name="utf8Json">The Bundle.</param>
    /// <param name="options">The patient in context and how causes are weighed; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FhirReadOptions.ResolvedCauseMaximumYearsBeforeOnset"/> is negative or not a number.</exception>
    /// <returns>The presentation, the input not used, what the causes relied on, and any errors.</returns>
    public static FhirReadResult ReadBundle(ReadOnlySpan<byte> utf8Json, FhirReadOptions? options = null)
    {
        Validate(options);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return Failed("", ErrorCodes.MalformedInput, "The input is not well-formed JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Bundle")
            {
                return Failed("resourceType", ErrorCodes.WrongType, "Expected a FHIR Bundle.");
            }

            var resources = new List<(string Location, JsonElement Resource)>();
            // A subject may refer to the Patient by its entry's fullUrl (urn:uuid:... in transaction Bundles).
            var patientUrls = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (var entry in entries.EnumerateArray())
                {
                    if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("resource", out var resource) && resource.ValueKind == JsonValueKind.Object)
                    {
                        resources.Add(("entry[" + i.ToString(CultureInfo.InvariantCulture) + "].resource", resource));
                        if (TypeOf(resource) == "Patient" && Text(entry, "fullUrl") is { Length: > 0 } url && Text(resource, "id") is { Length: > 0 } id)
                        {
                            patientUrls[url] = id;
                        }
                    }

                    i++;
                }
            }

            return Read(resources, options, patientUrls);
        }
    }

    /// <summary>Reads resources gathered elsewhere (for example from CDS Hooks prefetch), each with the path to report it by.</summary>
    /// <param name="resources">The resources and their locations.</param>
    /// <param name="options">The patient in context (for CDS Hooks, <c>context.patientId</c>) and how causes are weighed; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="FhirReadOptions.ResolvedCauseMaximumYearsBeforeOnset"/> is negative or not a number.</exception>
    /// <returns>The presentation, the input not used, what the causes relied on, and any errors.</returns>
    public static FhirReadResult Read(IReadOnlyList<(string Location, JsonElement Resource)> resources, FhirReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Validate(options);
        return Read(resources, options, null);
    }

    private static FhirReadResult Read(IReadOnlyList<(string Location, JsonElement Resource)> resources, FhirReadOptions? options, IReadOnlyDictionary<string, string>? patientUrls)
    {
        var state = new ReadState(options ?? DefaultOptions, patientUrls);
        var patients = resources.Where(r => TypeOf(r.Resource) == "Patient").ToList();
        state.PatientId = options?.PatientReference is { } given
            ? PatientIdOf(given, null) ?? given
            : patients.Count == 1 && Text(patients[0].Resource, "id") is { Length: > 0 } only ? only : null;
        if (state.PatientId is null)
        {
            // No patient in context: an input that names several patients cannot be read as one presentation.
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, resource) in resources)
            {
                string? id = TypeOf(resource) == "Patient" ? Text(resource, "id")
                    : TryGet(resource, "subject", out var subject) && Text(subject, "reference") is { Length: > 0 } reference ? PatientIdOf(reference, patientUrls) ?? reference : null;
                if (id is { Length: > 0 })
                {
                    named.Add(id);
                }
            }

            state.SeveralPatients = named.Count > 1;
        }

        foreach (var (location, resource) in patients)
        {
            state.ReadPatient(location, resource);
        }

        foreach (var (location, resource) in resources)
        {
            string type = TypeOf(resource);
            switch (type)
            {
                case "Patient":
                    break;
                case "Condition":
                case "Observation":
                    state.ReadFinding(location, type, resource);
                    break;
                default:
                    state.NotUsed(location, type, FhirReadIssueCodes.ResourceTypeNotUsed, "Resource type not used by the classification.");
                    break;
            }
        }

        return state.Build();
    }

    private static void Validate(FhirReadOptions? options)
    {
        if (options?.ResolvedCauseMaximumYearsBeforeOnset is { } years && !(years >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ResolvedCauseMaximumYearsBeforeOnset must be zero or more years, or null to turn the check off.");
        }
    }

    private static FhirReadResult Failed(string field, string code, string message) =>
        new(null, [], [new ClassificationError(field, code, message)]);

    private static string TypeOf(JsonElement resource) => Text(resource, "resourceType");

    /// <summary>
    /// The logical id a patient reference names: <c>Patient/123</c>, a full URL ending in <c>Patient/123</c> (with or
    /// without <c>/_history/n</c>), a Bundle entry's fullUrl, or, for the caller's option only, a bare id. Another
    /// resource type (<c>Group/1</c>) or an unknown <c>urn:</c> gives <see langword="null"/>.
    /// </summary>
    private static string? PatientIdOf(string reference, IReadOnlyDictionary<string, string>? patientUrls)
    {
        if (patientUrls is not null && patientUrls.TryGetValue(reference, out var fromUrl))
        {
            return fromUrl;
        }

        int at = reference.LastIndexOf("Patient/", StringComparison.Ordinal);
        if (at >= 0 && (at == 0 || reference[at - 1] == '/'))
        {
            string rest = reference.Substring(at + "Patient/".Length);
            int slash = rest.IndexOf('/');
            return slash < 0 ? rest : rest.Substring(0, slash);
        }

        return patientUrls is null && reference.IndexOf('/') < 0 && reference.IndexOf(':') < 0 ? reference : null;
    }

    private static string Text(JsonElement element, string property) =>
        TryGet(element, property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    /// <summary>
    /// Gets a property of an object, or <see langword="false"/> when the element is not an object: input of the
    /// wrong shape (a code given as a string, say) is then reported as not used instead of throwing.
    /// </summary>
    private static bool TryGet(JsonElement element, string property, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private static List<JsonElement> Codings(JsonElement codeableConcept) =>
        TryGet(codeableConcept, "coding", out var codings) && codings.ValueKind == JsonValueKind.Array ? codings.EnumerateArray().ToList() : [];

    /// <summary>What a code says: a dystonia (of a region, or of none), an associated feature, an acquired cause, or a project finding.</summary>
    private enum Meaning
    {
        Dystonia,
        MovementDisorder,
        NeurologicalFeature,
        AcquiredCause,
        ProjectFinding,
    }

    /// <summary>A period a FHIR date or age stands for: a full date is one day, <c>2001</c> the whole year.</summary>
    private sealed class Period
    {
        internal Period(DateTime earliest, DateTime latest, string written)
        {
            Earliest = earliest;
            Latest = latest;
            Written = written;
        }

        internal DateTime Earliest { get; }

        internal DateTime Latest { get; }

        /// <summary>Gets the date as the resource wrote it (an age is written as the date it gives).</summary>
        internal string Written { get; }
    }

    /// <summary>An acquired cause from a Condition, weighed against the dystonia's onset once every resource is read.</summary>
    private sealed class CauseCandidate
    {
        internal CauseCandidate(string location, string value, string coding, bool resolved, Period? onset, string onsetElement, Period? abatement, string abatementElement)
        {
            Location = location;
            Value = value;
            Coding = coding;
            Resolved = resolved;
            Onset = onset;
            OnsetElement = onsetElement;
            Abatement = abatement;
            AbatementElement = abatementElement;
        }

        internal string Location { get; }

        internal string Value { get; }

        internal string Coding { get; }

        internal bool Resolved { get; }

        internal Period? Onset { get; }

        internal string OnsetElement { get; }

        internal Period? Abatement { get; }

        internal string AbatementElement { get; }
    }

    /// <summary>What has been read so far; one instance per call.</summary>
    private sealed class ReadState
    {
        private readonly FhirReadOptions options;
        private readonly IReadOnlyDictionary<string, string>? patientUrls;
        private readonly List<AffectedRegion> regions = [];
        private readonly List<FhirReadIssue> notUsed = [];
        private readonly List<FhirReadIssue> used = [];
        private readonly List<CauseCandidate> candidates = [];
        private readonly FhirCodeTables tables = FhirCodeTables.Instance;
        // A DateTime holding only a date (midnight, unspecified kind): the netstandard2.0 asset has no DateOnly.
        private DateTime? birthDate;
        private double? earliestOnset;
        private AffectedRegion? onsetRegion;
        // Bounds of the earliest dystonia onset: it lies between the least earliest and the least latest date.
        private DateTime? onsetEarliest;
        private DateTime? onsetLatest;
        private bool examined;
        private MovementDisorders movement;
        private NeurologicalFeatures neurological;
        private SystemicFeatures systemic;
        private AcquiredCauses causes;
        private NervousSystemPathology pathology;
        private FamilyHistory family;
        private Course course;
        private Variability variability;
        private DiagnosticClues clues;
        private string? gene;
        private VariantClassification? variantClassification;
        private Zygosity? zygosity;

        internal ReadState(FhirReadOptions options, IReadOnlyDictionary<string, string>? patientUrls)
        {
            this.options = options;
            this.patientUrls = patientUrls;
        }

        /// <summary>Gets or sets the logical id of the patient in context, or <see langword="null"/> when subjects are not checked.</summary>
        internal string? PatientId { get; set; }

        /// <summary>Gets or sets whether the input names several patients and no patient in context was given: then no resource of any is used.</summary>
        internal bool SeveralPatients { get; set; }

        private const string SeveralPatientsMessage = "The input names several patients and no patient in context was given (FhirReadOptions.PatientReference); not used.";

        internal void NotUsed(string location, string type, string code, string message, BodyRegion? region = null, string? date = null, string? argument = null) =>
            notUsed.Add(new FhirReadIssue(location, type, code, message, region, date, argument));

        internal void ReadPatient(string location, JsonElement patient)
        {
            if (SeveralPatients)
            {
                NotUsed(location, "Patient", FhirReadIssueCodes.OtherPatient, SeveralPatientsMessage);
                return;
            }

            if (PatientId is { } id && Text(patient, "id") != id)
            {
                NotUsed(location, "Patient", FhirReadIssueCodes.OtherPatient, "Another patient than the one in context; not used.");
                return;
            }

            if (patient.TryGetProperty("birthDate", out var birth) && birth.ValueKind == JsonValueKind.String
                && DateTime.TryParseExact(birth.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                birthDate = date;
            }
            else if (patient.TryGetProperty("birthDate", out _))
            {
                NotUsed(location + ".birthDate", "Patient", FhirReadIssueCodes.DateNotUsed, "The birth date is not a full date (YYYY-MM-DD), so ages at onset are not computed from it.");
            }
        }

        internal void ReadFinding(string location, string type, JsonElement resource)
        {
            if (IsNegated(resource, type))
            {
                NotUsed(location, type, FhirReadIssueCodes.NotAsserted, "Refuted, entered in error or cancelled; not used.");
                return;
            }

            if (SeveralPatients && TryGet(resource, "subject", out _))
            {
                NotUsed(location + ".subject", type, FhirReadIssueCodes.OtherPatient, SeveralPatientsMessage);
                return;
            }

            if (PatientId is { } id && TryGet(resource, "subject", out var subject) && TryGet(subject, "reference", out var reference)
                && reference.ValueKind == JsonValueKind.String && PatientIdOf(reference.GetString()!, patientUrls) != id)
            {
                NotUsed(location + ".subject", type, FhirReadIssueCodes.OtherPatient, "The subject is not the patient in context; not used.");
                return;
            }

            string verification = StatusCode(resource, "verificationStatus");
            if (type == "Condition" && !options.UseUnconfirmedConditions && verification is "unconfirmed" or "provisional" or "differential")
            {
                NotUsed(location + ".verificationStatus", type, FhirReadIssueCodes.Unconfirmed, "Verification status '" + verification + "': a diagnosis under consideration is not used (option UseUnconfirmedConditions).");
                return;
            }

            if (!TryGet(resource, "code", out var code) || !TryGet(code, "coding", out var codings) || codings.ValueKind != JsonValueKind.Array)
            {
                NotUsed(location + ".code", type, FhirReadIssueCodes.UnrecognisedCode, "No coded code.");
                return;
            }

            foreach (var coding in codings.EnumerateArray())
            {
                string system = Text(coding, "system");
                string value = Text(coding, "code");
                var meanings = Meanings(system, value);
                if (meanings.Count > 0)
                {
                    Use(location, type, resource, system + "|" + value, meanings);
                    return;
                }
            }

            NotUsed(location + ".code", type, FhirReadIssueCodes.UnrecognisedCode, "No recognised code (" + DescribeCodes(codings) + ").");
        }

        internal FhirReadResult Build()
        {
            WeighCauses();
            if (regions.Count == 0)
            {
                return new FhirReadResult(null, notUsed, [new ClassificationError("regions", ErrorCodes.RegionsRequired, "No Condition or Observation names an affected body region with a recognised code.")], used);
            }

            var presentation = new Presentation
            {
                Regions = regions,
                OnsetRegion = onsetRegion,
                AgeAtOnset = earliestOnset,
                Course = course,
                Variability = variability,
                DiagnosticClues = clues,
                AssociatedFeatures = examined || movement != MovementDisorders.None || neurological != NeurologicalFeatures.None || systemic != SystemicFeatures.None
                    ? new AssociatedFeatures { MovementDisorders = movement, Neurological = neurological, Systemic = systemic }
                    : null,
                Etiology = new EtiologyFindings
                {
                    Pathology = pathology,
                    AcquiredCauses = causes,
                    FamilyHistory = family,
                    GeneticFinding = gene is null ? null : new GeneticFinding(gene) { Classification = variantClassification, Zygosity = zygosity },
                },
            };
            return new FhirReadResult(presentation, notUsed, [], used);
        }

        /// <summary>Every meaning a code has in the tables; ICD-10-CM G24.02 is both a dystonia and a drug cause.</summary>
        private List<(Meaning Meaning, string Value)> Meanings(string system, string code)
        {
            var meanings = new List<(Meaning, string)>();
            if (system == FhirSystems.Findings)
            {
                meanings.Add((Meaning.ProjectFinding, code));
                return meanings;
            }

            if (tables.RegionPhenotypes.FirstOrDefault(p => p.Coding.System == system && p.Coding.Code == code).Region is { } region)
            {
                meanings.Add((Meaning.Dystonia, region));
            }
            else if (tables.Dystonia.Any(c => c.System == system && c.Code == code)
                || tables.Distribution.Values.Any(list => list.Any(c => c.System == system && c.Code == code)))
            {
                meanings.Add((Meaning.Dystonia, ""));
            }

            if (Find(tables.MovementDisorders, system, code) is { } disorder)
            {
                meanings.Add((Meaning.MovementDisorder, disorder));
            }

            if (Find(tables.NeurologicalFeatures, system, code) is { } feature)
            {
                meanings.Add((Meaning.NeurologicalFeature, feature));
            }

            if (Find(tables.AcquiredCauses, system, code) is { } cause)
            {
                meanings.Add((Meaning.AcquiredCause, cause));
            }

            return meanings;
        }

        private void Use(string location, string type, JsonElement resource, string coding, List<(Meaning Meaning, string Value)> meanings)
        {
            // A project finding naming an acquired cause is weighed like a coded one.
            if (meanings[0].Meaning == Meaning.ProjectFinding && meanings[0].Value.StartsWith("acquiredCause/", StringComparison.Ordinal)
                && ContractNames.TryParse(meanings[0].Value.Substring("acquiredCause/".Length), out AcquiredCauses _))
            {
                meanings[0] = (Meaning.AcquiredCause, meanings[0].Value.Substring("acquiredCause/".Length));
            }

            string clinical = type == "Condition" ? StatusCode(resource, "clinicalStatus") : "";
            bool resolved = clinical is "inactive" or "remission" or "resolved";
            if (resolved && meanings.All(m => m.Meaning != Meaning.AcquiredCause))
            {
                NotUsed(location + ".clinicalStatus", type, FhirReadIssueCodes.NotActive, "Clinical status '" + clinical + "': only active, recurring or relapsing Conditions are used.");
                return;
            }

            if (resolved && meanings.Any(m => m.Meaning != Meaning.AcquiredCause))
            {
                // A resolved drug-induced dystonia (G24.02): the dystonia is not current, its cause is still weighed.
                NotUsed(location + ".clinicalStatus", type, FhirReadIssueCodes.NotActive, "Clinical status '" + clinical + "': the finding is not used; the acquired cause it names is weighed by its dates.");
            }

            foreach (var (meaning, value) in meanings)
            {
                switch (meaning)
                {
                    case Meaning.Dystonia when !resolved:
                        AddRegions(location, type, resource, value.Length == 0 ? null : value);
                        break;
                    case Meaning.MovementDisorder when !resolved:
                        movement |= Enum.Parse<MovementDisorders>(value, ignoreCase: true);
                        break;
                    case Meaning.NeurologicalFeature when !resolved:
                        neurological |= Enum.Parse<NeurologicalFeatures>(value, ignoreCase: true);
                        break;
                    case Meaning.AcquiredCause:
                        AddCause(location, type, resource, coding, value, resolved);
                        break;
                    case Meaning.ProjectFinding:
                        UseProjectFinding(location, type, resource, value);
                        break;
                }
            }
        }

        private void AddCause(string location, string type, JsonElement resource, string coding, string value, bool resolved)
        {
            if (type != "Condition")
            {
                // An Observation states the cause as a finding of the assessment; it has no onset or abatement to weigh.
                causes |= ParseCause(value);
                used.Add(new FhirReadIssue(location, type, FhirReadIssueCodes.CauseUsed, "Acquired cause '" + value + "' (" + coding + ") recorded as a finding; used."));
                return;
            }

            candidates.Add(new CauseCandidate(
                location, value, coding, resolved,
                When(location, type, resource, "onset"), ElementOf(resource, "onset"),
                When(location, type, resource, "abatement"), ElementOf(resource, "abatement")));
        }

        private static AcquiredCauses ParseCause(string value) =>
            ContractNames.TryParse(value, out AcquiredCauses cause) ? cause : Enum.Parse<AcquiredCauses>(value, ignoreCase: true);

        /// <summary>
        /// Decides each acquired cause against the earliest dystonia onset: a cause that began after it is set aside;
        /// a resolved one that abated more than <see cref="FhirReadOptions.ResolvedCauseMaximumYearsBeforeOnset"/>
        /// years before it is set aside; every other cause is used. Without dates to compare, the cause is used.
        /// </summary>
        private void WeighCauses()
        {
            foreach (var cause in candidates)
            {
                string what = "Acquired cause '" + cause.Value + "' (" + cause.Coding + ")";
                if (cause.Onset is { } began && onsetLatest is { } latest && began.Earliest > latest)
                {
                    NotUsed(cause.Location + "." + cause.OnsetElement, "Condition", FhirReadIssueCodes.CauseAfterOnset, what + " began after the dystonia's onset; not used as its cause.", date: began.Written);
                    continue;
                }

                if (cause.Resolved && options.ResolvedCauseMaximumYearsBeforeOnset is { } years && cause.Abatement is { } ended && onsetEarliest is { } earliest
                    && (earliest - ended.Latest).TotalDays > years * 365.25)
                {
                    string limit = years.ToString("0.##", CultureInfo.InvariantCulture);
                    NotUsed(cause.Location + "." + cause.AbatementElement, "Condition", FhirReadIssueCodes.CauseResolvedLongBeforeOnset,
                        what + " resolved more than " + limit + " years before the dystonia's onset; set aside (option ResolvedCauseMaximumYearsBeforeOnset, default " + FhirReadOptions.DefaultResolvedCauseMaximumYearsBeforeOnset.ToString(CultureInfo.InvariantCulture) + " years).",
                        date: ended.Written, argument: limit);
                    continue;
                }

                causes |= ParseCause(cause.Value);
                string why = cause.Onset is not null && onsetLatest is not null ? " began before the dystonia's onset" : " has no onset date to compare with the dystonia's onset";
                used.Add(new FhirReadIssue(cause.Location, "Condition", FhirReadIssueCodes.CauseUsed, what + why + "; used.", date: cause.Onset?.Written ?? cause.Abatement?.Written));
            }
        }

        private void UseProjectFinding(string location, string type, JsonElement resource, string code)
        {
            int slash = code.IndexOf('/');
            string axis = slash < 0 ? code : code.Substring(0, slash);
            string value = slash < 0 ? "" : code.Substring(slash + 1);
            switch (axis)
            {
                case "nervousSystemPathology" when ContractNames.TryParse(value, out NervousSystemPathology p):
                    pathology = p;
                    break;
                case "movementDisorder" when ContractNames.TryParse(value, out MovementDisorders m):
                    movement |= m;
                    break;
                case "neurological" when ContractNames.TryParse(value, out NeurologicalFeatures n):
                    neurological |= n;
                    break;
                case "systemic" when ContractNames.TryParse(value, out SystemicFeatures s):
                    systemic |= s;
                    break;
                case "associatedFeatures" when value == "examined":
                    examined = true;
                    break;
                // A recorded finding is positive or negative, static or progressive; "unknown" is what an absent one means.
                case "familyHistory" when ContractNames.TryParse(value, out FamilyHistory f) && f != FamilyHistory.Unknown:
                    family = f;
                    break;
                case "course" when ContractNames.TryParse(value, out Course k) && k != Course.Unknown:
                    course = k;
                    break;
                case "variability" when ContractNames.TryParse(value, out Variability v):
                    variability |= v;
                    break;
                case "diagnosticClue" when ContractNames.TryParse(value, out DiagnosticClues c):
                    clues |= c;
                    break;
                case "geneticFinding" when resource.TryGetProperty("valueString", out var symbol) && symbol.ValueKind == JsonValueKind.String:
                    gene = symbol.GetString();
                    (variantClassification, zygosity) = ReadGeneticComponents(location, type, resource);
                    break;
                default:
                    NotUsed(location + ".code", type, FhirReadIssueCodes.UnrecognisedCode, "Unknown code '" + code + "' in the project's findings system.");
                    break;
            }
        }

        /// <summary>
        /// Reads a genetic finding's components in one pass, as the FHIR Genomics Reporting IG records them: the variant's
        /// clinical significance (LOINC 53037-8 with a LOINC answer of the table) and its zygosity (LOINC 53034-5, allelic
        /// state, answered heterozygous, homozygous or hemizygous; or LOINC 81263-6, complex variant type, answered
        /// compound heterozygous). The first recognised answer of each counts. A value not read stays unrecorded, so the
        /// finding establishes nothing and the value is listed as missing rather than guessed; each component that gave
        /// nothing (an answer the reader does not know, or a component about something else: the IG's variant also
        /// carries HGVS, the gene studied and more) is reported, so that nothing is dropped silently.
        /// </summary>
        private (VariantClassification? Classification, Zygosity? Zygosity) ReadGeneticComponents(string location, string type, JsonElement resource)
        {
            var tables = FhirCodeTables.Instance;
            VariantClassification? classification = null;
            Zygosity? zygosity = null;
            if (!TryGet(resource, "component", out var components) || components.ValueKind != JsonValueKind.Array)
            {
                return (classification, zygosity);
            }

            int index = 0;
            foreach (var component in components.EnumerateArray())
            {
                string at = location + ".component[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                index++;
                var answers = new List<JsonElement>();
                string described = "no coded answer";
                if (TryGet(component, "valueCodeableConcept", out var value) && TryGet(value, "coding", out var codings) && codings.ValueKind == JsonValueKind.Array)
                {
                    answers.AddRange(codings.EnumerateArray());
                    described = DescribeCodes(codings);
                }

                if (HasCoding(component, "code", tables.VariantClassificationComponent))
                {
                    var known = answers.Select(c => tables.VariantClassifications.FirstOrDefault(k => IsCoding(c, k.Coding))).FirstOrDefault(k => k.Value is not null);
                    if (known.Value is null || !ContractNames.TryParse(known.Value, out VariantClassification read))
                    {
                        NotUsed(at, type, FhirReadIssueCodes.UnrecognisedCode, "Variant classification answer not recognised (" + described + "); the classification is left unrecorded.");
                    }
                    else
                    {
                        classification ??= read;
                    }

                    continue;
                }

                var questions = tables.Zygosities.Where(z => HasCoding(component, "code", z.Component)).ToList();
                if (questions.Count > 0)
                {
                    var known = questions.FirstOrDefault(z => answers.Any(c => IsCoding(c, z.Answer)));
                    if (known.Value is null || !ContractNames.TryParse(known.Value, out Zygosity read))
                    {
                        NotUsed(at, type, FhirReadIssueCodes.UnrecognisedCode, "Zygosity answer not recognised (" + described + "); the zygosity is left unrecorded.");
                    }
                    else
                    {
                        zygosity ??= read;
                    }

                    continue;
                }

                NotUsed(at, type, FhirReadIssueCodes.UnrecognisedCode, "Component not used by the classification.");
            }

            return (classification, zygosity);
        }

        private static bool HasCoding(JsonElement element, string property, FhirCoding wanted)
        {
            if (!TryGet(element, property, out var concept) || !TryGet(concept, "coding", out var codings) || codings.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var coding in codings.EnumerateArray())
            {
                if (IsCoding(coding, wanted))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsCoding(JsonElement coding, FhirCoding wanted) =>
            coding.ValueKind == JsonValueKind.Object
            && coding.TryGetProperty("system", out var system) && system.ValueKind == JsonValueKind.String && system.GetString() == wanted.System
            && coding.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() == wanted.Code;

        /// <summary>Adds the regions of a dystonia finding: from its body sites, or from a region-specific phenotype code.</summary>
        private void AddRegions(string location, string type, JsonElement resource, string? phenotypeRegion)
        {
            var found = new List<AffectedRegion>();
            bool missing = false;
            var phenotype = phenotypeRegion is null ? (BodyRegion?)null : Enum.Parse<BodyRegion>(phenotypeRegion, ignoreCase: true);
            if (resource.TryGetProperty("bodySite", out var sites))
            {
                var list = sites.ValueKind == JsonValueKind.Array ? (IEnumerable<JsonElement>)sites.EnumerateArray() : [sites];
                int i = 0;
                foreach (var site in list)
                {
                    string siteLocation = location + ".bodySite[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    i++;
                    var (region, side, conflict) = ReadBodySite(site, phenotype);
                    if (region is not { } named)
                    {
                        NotUsed(siteLocation, type, FhirReadIssueCodes.BodySiteNotRecognised, "No recognised body-site code.");
                    }
                    else if (conflict)
                    {
                        missing = true;
                        NotUsed(siteLocation, type, FhirReadIssueCodes.SideConflict, "The body site's structure and laterality name different sides; the region is left out.", named);
                    }
                    else if (Sided(named, side, siteLocation, type) is { } affected)
                    {
                        found.Add(affected);
                    }
                    else
                    {
                        missing = true;
                    }
                }
            }

            if (found.Count == 0 && !missing && phenotype is { } own)
            {
                if (Sided(own, null, location + ".code", type) is { } affected)
                {
                    found.Add(affected);
                }
                else
                {
                    missing = true;
                }
            }

            if (found.Count == 0)
            {
                if (!missing)
                {
                    NotUsed(location, type, FhirReadIssueCodes.RegionMissing, "A dystonia finding without a recognised body site; the region is missing.");
                }

                return;
            }

            foreach (var region in found)
            {
                if (!regions.Contains(region))
                {
                    regions.Add(region);
                }
            }

            if (OnsetAge(location, type, resource) is { } age && (earliestOnset is null || age < earliestOnset))
            {
                earliestOnset = age;
                onsetRegion = found.Count == 1 ? found[0] : null;
            }

            if (When(location, type, resource, "onset", report: false) is { } onset)
            {
                onsetEarliest = onsetEarliest is { } e && e < onset.Earliest ? e : onset.Earliest;
                onsetLatest = onsetLatest is { } l && l < onset.Latest ? l : onset.Latest;
            }
        }

        /// <summary>
        /// The region with its side, following the region table's side rule: a side given for a region that takes
        /// none is dropped, and a limb without a side is reported as a missing finding (<see langword="null"/>).
        /// </summary>
        private AffectedRegion? Sided(BodyRegion region, BodySide? side, string location, string type)
        {
            switch (tables.RegionSides[(int)region])
            {
                case "none":
                    return new AffectedRegion(region);
                case "required" when side is null:
                    NotUsed(location, type, FhirReadIssueCodes.SideMissing, "A limb without its side (left, right or both); the region is left out until the side is recorded.", region);
                    return null;
                default:
                    return new AffectedRegion(region, side ?? BodySide.Unspecified);
            }
        }

        /// <summary>
        /// Reads one body site: the structure from the project's body-region code or a SNOMED CT body structure (which
        /// may name a side), the side from a SNOMED CT laterality qualifier in its codings or in an extension of it
        /// (any extension whose value is a laterality code, as mCODE and national profiles define). A site holding
        /// only a laterality names the side of the phenotype's own region.
        /// </summary>
        private (BodyRegion? Region, BodySide? Side, bool Conflict) ReadBodySite(JsonElement site, BodyRegion? phenotype)
        {
            BodyRegion? region = null;
            BodySide? side = null;
            var lateralities = new List<BodySide>();
            foreach (var coding in Codings(site))
            {
                string system = Text(coding, "system");
                string code = Text(coding, "code");
                if (region is null && system == FhirSystems.BodyRegion && ParseRegion(code) is { } project)
                {
                    region = project.Region;
                    side = project.Side == BodySide.Unspecified ? null : project.Side;
                }
                else if (region is null && tables.BodySites.FirstOrDefault(b => b.Coding.System == system && b.Coding.Code == code) is { Region: { } name } structure)
                {
                    region = Enum.Parse<BodyRegion>(name, ignoreCase: true);
                    side = structure.Side is { } named ? Enum.Parse<BodySide>(named, ignoreCase: true) : null;
                }
                else if (Laterality(coding) is { } lateral)
                {
                    lateralities.Add(lateral);
                }
            }

            if (TryGet(site, "extension", out var extensions) && extensions.ValueKind == JsonValueKind.Array)
            {
                foreach (var extension in extensions.EnumerateArray())
                {
                    IEnumerable<JsonElement> values = TryGet(extension, "valueCodeableConcept", out var concept) ? Codings(concept)
                        : TryGet(extension, "valueCoding", out var single) ? [single] : [];
                    foreach (var coding in values)
                    {
                        if (Laterality(coding) is { } lateral)
                        {
                            lateralities.Add(lateral);
                        }
                    }
                }
            }

            region ??= lateralities.Count > 0 ? phenotype : null;
            var distinct = lateralities.Distinct().ToList();
            bool conflict = distinct.Count > 1 || (side is { } s && distinct.Count == 1 && distinct[0] != s);
            return (region, side ?? (distinct.Count == 1 ? distinct[0] : null), conflict);
        }

        private BodySide? Laterality(JsonElement coding)
        {
            string system = Text(coding, "system");
            string code = Text(coding, "code");
            return tables.Laterality.FirstOrDefault(l => l.Coding.System == system && l.Coding.Code == code).Side is { } side
                ? Enum.Parse<BodySide>(side, ignoreCase: true)
                : null;
        }

        private static AffectedRegion? ParseRegion(string code)
        {
            var parts = code.Split(':');
            int region = Array.IndexOf(RegionNames, parts[0]);
            if (region < 0 || parts.Length > 2)
            {
                return null;
            }

            var side = parts.Length == 1 ? BodySide.Unspecified
                : parts[1] switch { "left" => BodySide.Left, "right" => BodySide.Right, "both" => BodySide.Both, _ => (BodySide?)null };
            return side is null ? null : new AffectedRegion((BodyRegion)region, side.Value);
        }

        // The contract's names of the regions, index = BodyRegion value, taken from the core so that a region added to
        // its table is read here too instead of being dropped as an unknown code.
        private static readonly string[] RegionNames = Enum.GetValues<BodyRegion>().Select(ContractNames.Of).ToArray();

        /// <summary>Age at onset in years from <c>onsetAge</c> (years), or from a full <c>onsetDateTime</c> and the birth date; imprecise dates are not guessed.</summary>
        private double? OnsetAge(string location, string type, JsonElement resource)
        {
            if (TryGet(resource, "onsetAge", out var age) && TryGet(age, "value", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double years))
            {
                string unit = Text(age, "code");
                if (unit is "a" or "")
                {
                    return years;
                }

                if (unit == "mo")
                {
                    return years / 12;
                }

                NotUsed(location + ".onsetAge", type, FhirReadIssueCodes.DateNotUsed, "Age unit '" + unit + "' not used; give the age in years (a) or months (mo).");
                return null;
            }

            if (TryGet(resource, "onsetAge", out _))
            {
                NotUsed(location + ".onsetAge", type, FhirReadIssueCodes.DateNotUsed, "Onset age not used: it needs a number as its value.");
            }

            if (resource.TryGetProperty("onsetDateTime", out var onset) && onset.ValueKind == JsonValueKind.String)
            {
                var text = onset.GetString()!;
                if (birthDate is { } birth && text.Length >= 10
                    && DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= birth)
                {
                    return Math.Round((date - birth).Days / 365.25, 2);
                }

                NotUsed(location + ".onsetDateTime", type, FhirReadIssueCodes.DateNotUsed, "Onset date not used: it needs a full date and the patient's full birth date.");
            }

            return null;
        }

        /// <summary>
        /// The period of <c>onset[x]</c> or <c>abatement[x]</c>: a <c>DateTime</c> of any precision (a year stands for
        /// the whole year), or an <c>Age</c> in years or months from the birth date. Used only to compare a cause with
        /// the dystonia's onset, so an imprecise date is kept as the period it covers rather than guessed.
        /// </summary>
        private Period? When(string location, string type, JsonElement resource, string element, bool report = true)
        {
            if (TryGet(resource, element + "DateTime", out var dateTime) && dateTime.ValueKind == JsonValueKind.String)
            {
                string text = dateTime.GetString()!;
                if (ParsePeriod(text) is { } period)
                {
                    return period;
                }

                if (report)
                {
                    NotUsed(location + "." + element + "DateTime", type, FhirReadIssueCodes.DateNotUsed, "Not a FHIR date; not compared with the dystonia's onset.");
                }

                return null;
            }

            if (TryGet(resource, element + "Age", out var age) && TryGet(age, "value", out var value) && value.ValueKind == JsonValueKind.Number
                && value.TryGetDouble(out double amount) && birthDate is { } birth && Text(age, "code") is "a" or "" or "mo")
            {
                double years = Text(age, "code") == "mo" ? amount / 12 : amount;
                if (years is >= 0 and < 150)
                {
                    var date = birth.AddDays(years * 365.25);
                    return new Period(date, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }

            return null;
        }

        private static string ElementOf(JsonElement resource, string element) =>
            resource.TryGetProperty(element + "DateTime", out _) ? element + "DateTime" : resource.TryGetProperty(element + "Age", out _) ? element + "Age" : element + "[x]";

        private static Period? ParsePeriod(string text)
        {
            var invariant = CultureInfo.InvariantCulture;
            if (text.Length >= 10 && DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
            {
                return new Period(day, day, text.Substring(0, 10));
            }

            // The last day of a month or year, without stepping past year 9999.
            if (text.Length == 7 && DateTime.TryParseExact(text, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
            {
                return new Period(month, month.AddDays(DateTime.DaysInMonth(month.Year, month.Month) - 1), text);
            }

            if (text.Length == 4 && DateTime.TryParseExact(text, "yyyy", invariant, DateTimeStyles.None, out var year))
            {
                return new Period(year, new DateTime(year.Year, 12, 31), text);
            }

            return null;
        }

        private static string StatusCode(JsonElement resource, string element)
        {
            foreach (var coding in TryGet(resource, element, out var status) ? Codings(status) : [])
            {
                if (Text(coding, "code") is { Length: > 0 } code)
                {
                    return code;
                }
            }

            return "";
        }

        private static bool IsNegated(JsonElement resource, string type)
        {
            if (type == "Condition" && TryGet(resource, "verificationStatus", out var verification) && TryGet(verification, "coding", out var codings) && codings.ValueKind == JsonValueKind.Array)
            {
                foreach (var coding in codings.EnumerateArray())
                {
                    if (Text(coding, "code") is "refuted" or "entered-in-error")
                    {
                        return true;
                    }
                }
            }

            if (type == "Observation" && Text(resource, "status") is "entered-in-error" or "cancelled")
            {
                return true;
            }

            return type == "Observation" && resource.TryGetProperty("valueBoolean", out var present) && present.ValueKind == JsonValueKind.False;
        }

        private static string? Find(IReadOnlyList<(string Key, FhirCoding Coding)> table, string system, string code)
        {
            foreach (var (key, coding) in table)
            {
                if (coding.System == system && coding.Code == code)
                {
                    return key;
                }
            }

            return null;
        }

        private static string DescribeCodes(JsonElement codings)
        {
            var parts = new List<string>();
            foreach (var coding in codings.EnumerateArray())
            {
                parts.Add(Text(coding, "system") + "|" + Text(coding, "code"));
            }

            return string.Join(", ", parts);
        }
    }
}
