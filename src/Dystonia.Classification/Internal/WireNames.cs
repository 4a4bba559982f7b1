using System;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Internal;

/// <summary>The camelCase wire names of every enum value: one table shared by evidence, reasoning and serialization.</summary>
internal static class WireNames
{
    /// <summary>Gets the region names, from <c>Data/body-regions.json</c>: the table is the one list of regions.</summary>
    internal static readonly string[] Regions = RegionNames();
    internal static readonly string[] Sides = ["unspecified", "left", "right", "both"];
    internal static readonly string[] Courses = ["unknown", "static", "progressive"];
    internal static readonly string[] VariabilityBits = ["persistent", "actionSpecific", "diurnal", "paroxysmal"];
    internal static readonly string[] MovementDisorderBits = ["tremor", "parkinsonism", "myoclonus", "chorea", "athetosis", "ataxia", "spasticity"];
    internal static readonly string[] NeurologicalBits = ["cognitiveImpairment", "seizures", "pyramidalSigns", "neuropathy", "retinopathy", "hearingLoss", "intellectualDisability", "other", "supranuclearGazePalsy", "psychiatric"];
    internal static readonly string[] SystemicBits = ["liverDisease", "kidneyDisease", "kayserFleischerRings", null!, null!, null!, null!, "other"];
    internal static readonly string[] DiagnosticClueBits = ["abruptOnset", "fixedPostureFromOnset", "alcoholResponsive", "kinesigenicAttacks", "faciobrachialDystonicSeizures"];
    internal static readonly string[] AcquiredCauseBits = ["perinatalBrainInjury", "infection", "drug", "toxic", "vascular", "neoplastic", "brainInjury", "autoimmune", "metabolic", "psychogenic"];
    internal static readonly string[] Pathologies = ["notAssessed", "none", "degeneration", "structuralLesion"];
    internal static readonly string[] Inheritances = [null!, "autosomalDominant", "autosomalRecessive", "xLinkedRecessive", "mitochondrial"];
    internal static readonly string[] VariantClassifications = [null!, "pathogenic", "likelyPathogenic", "uncertainSignificance", "likelyBenign", "benign"];
    internal static readonly string[] Zygosities = [null!, "heterozygous", "homozygous", "compoundHeterozygous", "hemizygous"];
    internal static readonly string[] FamilyHistories = ["unknown", "positive", "negative"];
    internal static readonly string[] Distributions = ["focal", "segmental", "multifocal", "hemidystonia", "generalized"];
    internal static readonly string[] AgeGroups = ["infancy", "childhood", "adolescence", "earlyAdulthood", "lateAdulthood"];
    internal static readonly string[] IsolatedOrCombinedNames = ["isolated", "combined"];
    internal static readonly string[] Heritabilities = ["unknown", "inherited", "acquired", "idiopathicFamilial", "idiopathicSporadic"];
    internal static readonly string[] Etiologies = ["primary", "secondary", "undetermined"];
    internal static readonly string[] Certainties = ["established", "provisional"];
    internal static readonly string[] LegacyCategories = ["primary", "dystoniaPlus", "heredodegenerative", "secondary", "psychogenic"];
    internal static readonly string[] Axes = ["distribution", "ageAtOnset", "course", "variability", "associatedFeatures", "nervousSystemPathology", "heritability", "etiology", "legacyCategory", "workup"];
    internal static readonly string[] WorkupKinds = ["brainMri", "levodopaTrial", "geneticTesting", "wilsonDiseaseScreening", "electromyography", "dopamineTransporterImaging", "carbamazepineTrial", "autoimmuneAntibodies"];

    // The names a reader accepts, in the order messages and the JSON schema list them: what was found before
    // "unknown", "none" or "notAssessed"; names never read ("unspecified", unused systemic bits) are left out.
    internal static readonly string[] SidesListed = Listed(Sides, (int)BodySide.Left, (int)BodySide.Right, (int)BodySide.Both);
    internal static readonly string[] CoursesListed = Listed(Courses, (int)Course.Static, (int)Course.Progressive, (int)Course.Unknown);
    internal static readonly string[] PathologiesListed = Listed(
        Pathologies,
        (int)NervousSystemPathology.Degeneration,
        (int)NervousSystemPathology.StructuralLesion,
        (int)NervousSystemPathology.None,
        (int)NervousSystemPathology.NotAssessed);

    internal static readonly string[] InheritancesListed = Listed(
        Inheritances,
        (int)Inheritance.AutosomalDominant,
        (int)Inheritance.AutosomalRecessive,
        (int)Inheritance.XLinkedRecessive,
        (int)Inheritance.Mitochondrial);

    internal static readonly string[] VariantClassificationsListed = Listed(
        VariantClassifications,
        (int)VariantClassification.Pathogenic,
        (int)VariantClassification.LikelyPathogenic,
        (int)VariantClassification.UncertainSignificance,
        (int)VariantClassification.LikelyBenign,
        (int)VariantClassification.Benign);

    internal static readonly string[] ZygositiesListed = Listed(
        Zygosities,
        (int)Zygosity.Heterozygous,
        (int)Zygosity.Homozygous,
        (int)Zygosity.CompoundHeterozygous,
        (int)Zygosity.Hemizygous);

    internal static readonly string[] FamilyHistoriesListed = Listed(FamilyHistories, (int)FamilyHistory.Positive, (int)FamilyHistory.Negative, (int)FamilyHistory.Unknown);
    internal static readonly string[] SystemicListed = Array.FindAll(SystemicBits, name => name is not null);

    /// <summary>Lists names as a sentence does: "a, b or c" (or "a, b and c").</summary>
    internal static string Enumerate(string[] names, string lastSeparator)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < names.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : i == names.Length - 1 ? lastSeparator : ", ").Append(names[i]);
        }

        return text.ToString();
    }

    private static string[] Listed(string[] names, params int[] order) => Array.ConvertAll(order, value => names[value]);

    private static string[] RegionNames()
    {
        var regions = ClinicalData.Regions.Regions;
        var names = new string[regions.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = regions[i].Name;
        }

        return names;
    }

    internal static string Format(AffectedRegion region)
    {
        var name = Of(Regions, (int)region.Region);
        return region.Side is BodySide.Unspecified ? name : name + ":" + Of(Sides, (int)region.Side);
    }

    internal static string Of(BodyRegion value) => Of(Regions, (int)value);

    internal static string Of(Distribution value) => Of(Distributions, (int)value);

    internal static string Of(AgeAtOnsetGroup value) => Of(AgeGroups, (int)value);

    internal static string Of(IsolatedOrCombined value) => Of(IsolatedOrCombinedNames, (int)value);

    internal static string Of(Heritability value) => Of(Heritabilities, (int)value);

    internal static string Of(Etiology value) => Of(Etiologies, (int)value);

    internal static string Of(EtiologyCertainty value) => Of(Certainties, (int)value);

    internal static string Of(LegacyCategory value) => Of(LegacyCategories, (int)value);

    internal static string Of(NervousSystemPathology value) => Of(Pathologies, (int)value);

    internal static string Of(Course value) => Of(Courses, (int)value);

    internal static string Of(VariantClassification value) => Of(VariantClassifications, (int)value);

    internal static string Of(Zygosity value) => Of(Zygosities, (int)value);

    internal static string Of(ClassificationAxis value) => Of(Axes, (int)value);

    internal static string Of(WorkupKind value) => Of(WorkupKinds, (int)value);

    /// <summary>Returns the wire name at <paramref name="index"/>, or a numeric form for an undefined value so that nothing throws.</summary>
    internal static string Of(string[] table, int index) =>
        (uint)index < (uint)table.Length && table[index] is { } name
            ? name
            : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns the wire names of the set bits of a flags value, lowest bit first.</summary>
    internal static string[] OfFlags(string[] bitNames, int flags)
    {
        int count = 0;
        for (int bit = 0; bit < bitNames.Length; bit++)
        {
            if ((flags & (1 << bit)) != 0)
            {
                count++;
            }
        }

        var names = new string[count];
        int next = 0;
        for (int bit = 0; bit < bitNames.Length; bit++)
        {
            if ((flags & (1 << bit)) != 0)
            {
                names[next++] = bitNames[bit];
            }
        }

        return names;
    }

    /// <summary>Returns whether <paramref name="flags"/> sets only bits that have a wire name.</summary>
    internal static bool AreDefinedFlags(string[] bitNames, int flags)
    {
        int known = 0;
        for (int bit = 0; bit < bitNames.Length; bit++)
        {
            if (bitNames[bit] is not null)
            {
                known |= 1 << bit;
            }
        }

        return (flags & ~known) == 0;
    }

    internal static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum => Enum.IsDefined(value);
}
