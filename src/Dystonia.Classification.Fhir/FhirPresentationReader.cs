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
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class FhirPresentationReader
{
    /// <summary>Reads a FHIR <c>Bundle</c> (any type; searchset and collection are usual) in UTF-8 JSON.</summary>
    /// <param name="utf8Json">The Bundle.</param>
    /// <returns>The presentation, the input not used, and any errors.</returns>
    public static FhirReadResult ReadBundle(ReadOnlySpan<byte> utf8Json)
    {
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
            if (root.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (var entry in entries.EnumerateArray())
                {
                    if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("resource", out var resource) && resource.ValueKind == JsonValueKind.Object)
                    {
                        resources.Add(("entry[" + i.ToString(CultureInfo.InvariantCulture) + "].resource", resource));
                    }

                    i++;
                }
            }

            return Read(resources);
        }
    }

    /// <summary>Reads resources gathered elsewhere (for example from CDS Hooks prefetch), each with the path to report it by.</summary>
    /// <param name="resources">The resources and their locations.</param>
    /// <returns>The presentation, the input not used, and any errors.</returns>
    public static FhirReadResult Read(IReadOnlyList<(string Location, JsonElement Resource)> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var state = new ReadState();
        foreach (var (location, resource) in resources)
        {
            if (resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Patient")
            {
                state.ReadPatient(location, resource);
            }
        }

        foreach (var (location, resource) in resources)
        {
            string type = resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("resourceType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            switch (type)
            {
                case "Patient":
                    break;
                case "Condition":
                case "Observation":
                    state.ReadFinding(location, type, resource);
                    break;
                default:
                    state.NotUsed(location, type, "Resource type not used by the classification.");
                    break;
            }
        }

        return state.Build();
    }

    private static FhirReadResult Failed(string field, string code, string message) =>
        new(null, [], [new ClassificationError(field, code, message)]);

    /// <summary>What has been read so far; one instance per call.</summary>
    private sealed class ReadState
    {
        private readonly List<AffectedRegion> regions = [];
        private readonly List<FhirReadIssue> notUsed = [];
        private readonly FhirCodeTables tables = FhirCodeTables.Instance;
        // A DateTime holding only a date (midnight, unspecified kind): the netstandard2.0 asset has no DateOnly.
        private DateTime? birthDate;
        private double? earliestOnset;
        private AffectedRegion? onsetRegion;
        private bool examined;
        private MovementDisorders movement;
        private NeurologicalFeatures neurological;
        private SystemicFeatures systemic;
        private AcquiredCauses causes;
        private NervousSystemPathology pathology;
        private FamilyHistory family;
        private Course course;
        private Variability variability;
        private string? gene;

        internal void NotUsed(string location, string type, string message) => notUsed.Add(new FhirReadIssue(location, type, message));

        internal void ReadPatient(string location, JsonElement patient)
        {
            if (patient.TryGetProperty("birthDate", out var birth) && birth.ValueKind == JsonValueKind.String
                && DateTime.TryParseExact(birth.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                birthDate = date;
            }
            else if (patient.TryGetProperty("birthDate", out _))
            {
                NotUsed(location + ".birthDate", "Patient", "The birth date is not a full date (YYYY-MM-DD), so ages at onset are not computed from it.");
            }
        }

        internal void ReadFinding(string location, string type, JsonElement resource)
        {
            if (IsNegated(resource, type))
            {
                NotUsed(location, type, "Refuted, entered in error or cancelled; not used.");
                return;
            }

            if (!TryGet(resource, "code", out var code) || !TryGet(code, "coding", out var codings) || codings.ValueKind != JsonValueKind.Array)
            {
                NotUsed(location + ".code", type, "No coded code.");
                return;
            }

            foreach (var coding in codings.EnumerateArray())
            {
                string system = Text(coding, "system");
                string value = Text(coding, "code");
                if (TryUse(location, type, resource, system, value))
                {
                    return;
                }
            }

            NotUsed(location + ".code", type, "No recognised code (" + DescribeCodes(codings) + ").");
        }

        internal FhirReadResult Build()
        {
            if (regions.Count == 0)
            {
                return new FhirReadResult(null, notUsed, [new ClassificationError("regions", ErrorCodes.RegionsRequired, "No Condition or Observation names an affected body region with a recognised code.")]);
            }

            var presentation = new Presentation
            {
                Regions = regions,
                OnsetRegion = onsetRegion,
                AgeAtOnset = earliestOnset,
                Course = course,
                Variability = variability,
                AssociatedFeatures = examined || movement != MovementDisorders.None || neurological != NeurologicalFeatures.None || systemic != SystemicFeatures.None
                    ? new AssociatedFeatures { MovementDisorders = movement, Neurological = neurological, Systemic = systemic }
                    : null,
                Etiology = new EtiologyFindings
                {
                    Pathology = pathology,
                    AcquiredCauses = causes,
                    FamilyHistory = family,
                    GeneticFinding = gene is null ? null : new GeneticFinding(gene),
                },
            };
            return new FhirReadResult(presentation, notUsed, []);
        }

        private bool TryUse(string location, string type, JsonElement resource, string system, string code)
        {
            foreach (var (region, coding) in tables.RegionPhenotypes)
            {
                if (coding.System == system && coding.Code == code)
                {
                    AddRegions(location, type, resource, region);
                    return true;
                }
            }

            foreach (var coding in tables.Dystonia)
            {
                if (coding.System == system && coding.Code == code)
                {
                    AddRegions(location, type, resource, null);
                    return true;
                }
            }

            if (Find(tables.MovementDisorders, system, code) is { } disorder)
            {
                movement |= Enum.Parse<MovementDisorders>(disorder, ignoreCase: true);
                return true;
            }

            if (Find(tables.NeurologicalFeatures, system, code) is { } feature)
            {
                neurological |= Enum.Parse<NeurologicalFeatures>(feature, ignoreCase: true);
                return true;
            }

            if (Find(tables.AcquiredCauses, system, code) is { } cause)
            {
                causes |= Enum.Parse<AcquiredCauses>(cause, ignoreCase: true);
                return true;
            }

            return system == FhirSystems.Findings && UseProjectFinding(location, type, resource, code);
        }

        private bool UseProjectFinding(string location, string type, JsonElement resource, string code)
        {
            int slash = code.IndexOf('/', StringComparison.Ordinal);
            string axis = slash < 0 ? code : code.Substring(0, slash);
            string value = slash < 0 ? "" : code.Substring(slash + 1);
            switch (axis)
            {
                case "nervousSystemPathology" when ContractNames.TryParse(value, out NervousSystemPathology p):
                    pathology = p;
                    return true;
                case "acquiredCause" when ContractNames.TryParse(value, out AcquiredCauses c):
                    causes |= c;
                    return true;
                case "movementDisorder" when ContractNames.TryParse(value, out MovementDisorders m):
                    movement |= m;
                    return true;
                case "neurological" when ContractNames.TryParse(value, out NeurologicalFeatures n):
                    neurological |= n;
                    return true;
                case "systemic" when ContractNames.TryParse(value, out SystemicFeatures s):
                    systemic |= s;
                    return true;
                case "associatedFeatures" when value == "examined":
                    examined = true;
                    return true;
                // A recorded finding is positive or negative, static or progressive; "unknown" is what an absent one means.
                case "familyHistory" when ContractNames.TryParse(value, out FamilyHistory f) && f != FamilyHistory.Unknown:
                    family = f;
                    return true;
                case "course" when ContractNames.TryParse(value, out Course k) && k != Course.Unknown:
                    course = k;
                    return true;
                case "variability" when ContractNames.TryParse(value, out Variability v):
                    variability |= v;
                    return true;
                case "geneticFinding" when resource.TryGetProperty("valueString", out var symbol) && symbol.ValueKind == JsonValueKind.String:
                    gene = symbol.GetString();
                    return true;
                default:
                    NotUsed(location + ".code", type, "Unknown code '" + code + "' in the project's findings system.");
                    return true;
            }
        }

        /// <summary>Adds the regions of a dystonia finding: from its body sites, or from a region-specific phenotype code.</summary>
        private void AddRegions(string location, string type, JsonElement resource, string? phenotypeRegion)
        {
            var found = new List<AffectedRegion>();
            if (resource.TryGetProperty("bodySite", out var sites))
            {
                var list = sites.ValueKind == JsonValueKind.Array ? (IEnumerable<JsonElement>)sites.EnumerateArray() : [sites];
                int i = 0;
                foreach (var site in list)
                {
                    if (ReadBodySite(site) is { } region)
                    {
                        found.Add(region);
                    }
                    else
                    {
                        NotUsed(location + ".bodySite[" + i.ToString(CultureInfo.InvariantCulture) + "]", type, "No recognised body-site code.");
                    }

                    i++;
                }
            }

            if (found.Count == 0 && phenotypeRegion is not null)
            {
                found.Add(new AffectedRegion(Enum.Parse<BodyRegion>(phenotypeRegion, ignoreCase: true)));
            }

            if (found.Count == 0)
            {
                NotUsed(location, type, "A dystonia finding without a recognised body site.");
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
        }

        private AffectedRegion? ReadBodySite(JsonElement site)
        {
            if (!TryGet(site, "coding", out var codings) || codings.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (var coding in codings.EnumerateArray())
            {
                string system = Text(coding, "system");
                string code = Text(coding, "code");
                if (system == FhirSystems.BodyRegion && ParseRegion(code) is { } region)
                {
                    return region;
                }

                if (Find(tables.BodySites, system, code) is { } regionName)
                {
                    return new AffectedRegion(Enum.Parse<BodyRegion>(regionName, ignoreCase: true));
                }
            }

            return null;
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

                NotUsed(location + ".onsetAge", type, "Age unit '" + unit + "' not used; give the age in years (a) or months (mo).");
                return null;
            }

            if (TryGet(resource, "onsetAge", out _))
            {
                NotUsed(location + ".onsetAge", type, "Onset age not used: it needs a number as its value.");
            }

            if (resource.TryGetProperty("onsetDateTime", out var onset) && onset.ValueKind == JsonValueKind.String)
            {
                var text = onset.GetString()!;
                if (birthDate is { } birth && text.Length >= 10
                    && DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= birth)
                {
                    return Math.Round((date - birth).Days / 365.25, 2);
                }

                NotUsed(location + ".onsetDateTime", type, "Onset date not used: it needs a full date and the patient's full birth date.");
            }

            return null;
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
