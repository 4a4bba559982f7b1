using Dystonia.Classification.Internal;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Serialization.Contract;

/// <summary>
/// The allowed wire names of one enum field, how the error message lists them, and the error code for a name
/// outside the list: one table for the reader and the converters that write presentations. The names come from
/// <see cref="WireNames"/>; nothing here spells a name of its own.
/// </summary>
internal sealed class WireVocabulary
{
    internal static readonly WireVocabulary Regions = Choice(WireNames.Regions, WireNames.Regions, ErrorCodes.UnknownRegion);

    // "unspecified" is never read or written: a region without a side simply has no "side" property.
    internal static readonly WireVocabulary Sides = Choice(Without(WireNames.Sides, (int)BodySide.Unspecified), WireNames.SidesListed, ErrorCodes.UnknownSide);

    internal static readonly WireVocabulary Courses = Choice(WireNames.Courses, WireNames.CoursesListed, ErrorCodes.UnknownCourse);

    internal static readonly WireVocabulary Pathologies = Choice(WireNames.Pathologies, WireNames.PathologiesListed, ErrorCodes.UnknownPathology);

    internal static readonly WireVocabulary Inheritances = Choice(WireNames.Inheritances, WireNames.InheritancesListed, ErrorCodes.UnknownInheritance);

    internal static readonly WireVocabulary VariantClassifications = Choice(WireNames.VariantClassifications, WireNames.VariantClassificationsListed, ErrorCodes.UnknownVariantClassification);

    internal static readonly WireVocabulary Zygosities = Choice(WireNames.Zygosities, WireNames.ZygositiesListed, ErrorCodes.UnknownZygosity);

    internal static readonly WireVocabulary Variability = Flags(WireNames.VariabilityBits, WireNames.VariabilityBits, ErrorCodes.UnknownVariability);
    internal static readonly WireVocabulary DiagnosticClues = Flags(WireNames.DiagnosticClueBits, WireNames.DiagnosticClueBits, ErrorCodes.UnknownDiagnosticClue);

    internal static readonly WireVocabulary MovementDisorders = Flags(WireNames.MovementDisorderBits, WireNames.MovementDisorderBits, ErrorCodes.UnknownMovementDisorder);

    internal static readonly WireVocabulary Neurological = Flags(WireNames.NeurologicalBits, WireNames.NeurologicalBits, ErrorCodes.UnknownNeurologicalFeature);

    internal static readonly WireVocabulary Systemic = Flags(WireNames.SystemicBits, WireNames.SystemicListed, ErrorCodes.UnknownSystemicFeature);

    internal static readonly WireVocabulary AcquiredCauses = Flags(WireNames.AcquiredCauseBits, WireNames.AcquiredCauseBits, ErrorCodes.UnknownAcquiredCause);

    private WireVocabulary(string[] names, string[] listed, string allowed, string unknownCode)
    {
        Names = names;
        Listed = listed;
        UnknownCode = unknownCode;
        NotAString = "Expected a string: " + allowed + ".";
        NotAnArray = "Expected an array of strings: " + allowed + ".";
        Unknown = "Unknown value; expected " + allowed + " (exact, case-sensitive).";
    }

    /// <summary>Gets the wire names by enum value (or by bit for flags); a <see langword="null"/> entry is never accepted.</summary>
    internal string[] Names { get; }

    /// <summary>Gets the accepted names in the order messages and the JSON schema list them.</summary>
    internal string[] Listed { get; }

    internal string UnknownCode { get; }

    internal string NotAString { get; }

    internal string NotAnArray { get; }

    internal string Unknown { get; }

    // One value is "a, b or c"; a set of flags is "a, b, c".
    private static WireVocabulary Choice(string[] names, string[] listed, string unknownCode) =>
        new(names, listed, WireNames.Enumerate(listed, " or "), unknownCode);

    private static WireVocabulary Flags(string[] bitNames, string[] listed, string unknownCode) =>
        new(bitNames, listed, WireNames.Enumerate(listed, ", "), unknownCode);

    private static string[] Without(string[] names, int value)
    {
        var copy = (string[])names.Clone();
        copy[value] = null!;
        return copy;
    }
}
