namespace Dystonia.Classification.Validation;

/// <summary>The stable codes of <see cref="ClassificationError"/>. Codes never change meaning; messages may be reworded.</summary>
public static class ErrorCodes
{
    /// <summary>No affected region: dystonia needs at least one.</summary>
    public const string RegionsRequired = "RegionsRequired";

    /// <summary>A region value that is not a <see cref="BodyRegion"/>.</summary>
    public const string UnknownRegion = "UnknownRegion";

    /// <summary>A side value that is not a <see cref="BodySide"/>.</summary>
    public const string UnknownSide = "UnknownSide";

    /// <summary>A limb without a side.</summary>
    public const string LimbSideRequired = "LimbSideRequired";

    /// <summary>A side given for the neck or trunk, which are midline.</summary>
    public const string SideNotApplicable = "SideNotApplicable";

    /// <summary>A region listed twice (a limb given as both also covers left and right).</summary>
    public const string DuplicateRegion = "DuplicateRegion";

    /// <summary>The onset region is not one of the affected regions.</summary>
    public const string OnsetRegionNotAffected = "OnsetRegionNotAffected";

    /// <summary>Age at onset outside 0 to 120 years, or not a number.</summary>
    public const string AgeOutOfRange = "AgeOutOfRange";

    /// <summary>A course value that is not a <see cref="Course"/>.</summary>
    public const string UnknownCourse = "UnknownCourse";

    /// <summary>A variability value that is not a <see cref="Variability"/>.</summary>
    public const string UnknownVariability = "UnknownVariability";

    /// <summary>A diagnostic clue that is not a <see cref="DiagnosticClues"/> value.</summary>
    public const string UnknownDiagnosticClue = "UnknownDiagnosticClue";

    /// <summary>A movement disorder that is not a <see cref="MovementDisorders"/> value.</summary>
    public const string UnknownMovementDisorder = "UnknownMovementDisorder";

    /// <summary>A neurological feature that is not a <see cref="NeurologicalFeatures"/> value.</summary>
    public const string UnknownNeurologicalFeature = "UnknownNeurologicalFeature";

    /// <summary>A systemic feature that is not a <see cref="SystemicFeatures"/> value.</summary>
    public const string UnknownSystemicFeature = "UnknownSystemicFeature";

    /// <summary>A pathology value that is not a <see cref="NervousSystemPathology"/>.</summary>
    public const string UnknownPathology = "UnknownPathology";

    /// <summary>An acquired cause that is not one of the known <see cref="AcquiredCauses"/>.</summary>
    public const string UnknownAcquiredCause = "UnknownAcquiredCause";

    /// <summary>A gene that is not in the form of an HGNC symbol.</summary>
    public const string InvalidGeneSymbol = "InvalidGeneSymbol";

    /// <summary>An inheritance value that is not an <see cref="Inheritance"/>.</summary>
    public const string UnknownInheritance = "UnknownInheritance";

    /// <summary>A variant classification that is not a <see cref="VariantClassification"/>.</summary>
    public const string UnknownVariantClassification = "UnknownVariantClassification";

    /// <summary>A zygosity that is not a <see cref="Zygosity"/>.</summary>
    public const string UnknownZygosity = "UnknownZygosity";

    /// <summary>A family-history value that is not a <see cref="FamilyHistory"/>.</summary>
    public const string UnknownFamilyHistory = "UnknownFamilyHistory";

    /// <summary>An id that is empty or longer than 200 characters.</summary>
    public const string InvalidId = "InvalidId";

    /// <summary>Input that could not be read at all, for example malformed JSON (used by the serialization layer).</summary>
    public const string MalformedInput = "MalformedInput";

    /// <summary>A property the contract does not define (used by the serialization layer).</summary>
    public const string UnknownProperty = "UnknownProperty";

    /// <summary>A property given twice in one JSON object (used by the serialization layer).</summary>
    public const string DuplicateProperty = "DuplicateProperty";

    /// <summary>A JSON value of the wrong type, for example a string where a number is expected (used by the serialization layer).</summary>
    public const string WrongType = "WrongType";

    /// <summary>A required value that is missing or null, for example a region entry without its region (used by the serialization layer).</summary>
    public const string RequiredValueMissing = "RequiredValueMissing";

    /// <summary>More than one region marked as the onset region (used by the serialization layer).</summary>
    public const string MultipleOnsetRegions = "MultipleOnsetRegions";
}
