using Dystonia.Classification.Internal;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Serialization.Contract;

/// <summary>
/// The allowed wire names of one enum field, how the error message lists them, and the error code for a name
/// outside the list: one table for the reader and the converters that write presentations.
/// </summary>
internal sealed class WireVocabulary
{
    internal static readonly WireVocabulary Regions = new(WireNames.Regions, WireNames.Enumerate(WireNames.Regions, " or "), ErrorCodes.UnknownRegion);

    // "unspecified" is never written: a region without a side simply has no "side" property.
    internal static readonly WireVocabulary Sides = new([null!, "left", "right", "both"], "left, right or both", ErrorCodes.UnknownSide);

    internal static readonly WireVocabulary Courses = new(WireNames.Courses, "static, progressive or unknown", ErrorCodes.UnknownCourse);

    internal static readonly WireVocabulary Pathologies = new(WireNames.Pathologies, "degeneration, structuralLesion, none or notAssessed", ErrorCodes.UnknownPathology);

    internal static readonly WireVocabulary Inheritances = new(WireNames.Inheritances, "autosomalDominant, autosomalRecessive, xLinkedRecessive or mitochondrial", ErrorCodes.UnknownInheritance);

    internal static readonly WireVocabulary Variability = new(WireNames.VariabilityBits, "persistent, actionSpecific, diurnal, paroxysmal", ErrorCodes.UnknownVariability);

    internal static readonly WireVocabulary MovementDisorders = new(WireNames.MovementDisorderBits, "tremor, parkinsonism, myoclonus, chorea, athetosis, ataxia, spasticity", ErrorCodes.UnknownMovementDisorder);

    internal static readonly WireVocabulary Neurological = new(WireNames.NeurologicalBits, "cognitiveImpairment, seizures, pyramidalSigns, neuropathy, retinopathy, hearingLoss, intellectualDisability, other", ErrorCodes.UnknownNeurologicalFeature);

    internal static readonly WireVocabulary Systemic = new(WireNames.SystemicBits, "liverDisease, kidneyDisease, other", ErrorCodes.UnknownSystemicFeature);

    internal static readonly WireVocabulary AcquiredCauses = new(WireNames.AcquiredCauseBits, "perinatalBrainInjury, infection, drug, toxic, vascular, neoplastic, brainInjury, autoimmune, metabolic, psychogenic", ErrorCodes.UnknownAcquiredCause);

    private WireVocabulary(string[] names, string allowed, string unknownCode)
    {
        Names = names;
        UnknownCode = unknownCode;
        NotAString = "Expected a string: " + allowed + ".";
        NotAnArray = "Expected an array of strings: " + allowed + ".";
        Unknown = "Unknown value; expected " + allowed + " (exact, case-sensitive).";
    }

    /// <summary>Gets the wire names by enum value (or by bit for flags); a <see langword="null"/> entry is never accepted.</summary>
    internal string[] Names { get; }

    internal string UnknownCode { get; }

    internal string NotAString { get; }

    internal string NotAnArray { get; }

    internal string Unknown { get; }
}
