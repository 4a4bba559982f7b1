using Dystonia.Classification.Internal;
using Dystonia.Classification.Reasoning;

namespace Dystonia.Classification.Serialization;

/// <summary>
/// The contract's wire name of each label value (<c>segmental</c>, <c>earlyAdulthood</c>, ...), for writers of
/// other formats (CSV, FHIR, cards) that must use exactly the JSON contract's words.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ContractNames
{
    /// <summary>Returns the wire name of a distribution, for example <c>hemidystonia</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Distribution value) => WireNames.Of(value);

    /// <summary>Returns the wire name of an age-at-onset group, for example <c>earlyAdulthood</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(AgeAtOnsetGroup value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a course, for example <c>progressive</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Course value) => WireNames.Of(value);

    /// <summary>Returns the wire names of the set variability patterns, lowest flag first.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire names; empty for <see cref="Variability.None"/>.</returns>
    public static string[] Of(Variability value) => WireNames.OfFlags(WireNames.VariabilityBits, (int)value);

    /// <summary>Returns <c>isolated</c> or <c>combined</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(IsolatedOrCombined value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a pathology, for example <c>notAssessed</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(NervousSystemPathology value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a heritability, for example <c>idiopathicSporadic</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Heritability value) => WireNames.Of(value);

    /// <summary>Returns <c>primary</c>, <c>secondary</c> or <c>undetermined</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(Etiology value) => WireNames.Of(value);

    /// <summary>Returns <c>established</c> or <c>provisional</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(EtiologyCertainty value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a legacy category, for example <c>dystoniaPlus</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(LegacyCategory value) => WireNames.Of(value);

    /// <summary>Returns the wire name of a workup kind, for example <c>brainMri</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(WorkupKind value) => WireNames.Of(value);

    /// <summary>Returns the wire name of an axis, for example <c>ageAtOnset</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string Of(ClassificationAxis value) => WireNames.Of(value);
}
