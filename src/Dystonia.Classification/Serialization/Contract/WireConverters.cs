using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dystonia.Classification.Internal;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Serialization.Contract;

/// <summary>
/// Reads and writes an enum as its exact camelCase wire name. Unlike the framework's string-enum converter it is
/// case-sensitive and rejects numbers, so <c>"Neck"</c> or <c>4</c> is an error naming the field, never a guess.
/// </summary>
internal abstract class WireEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly string[] names;
    private readonly string what;
    private readonly string unknownCode;

    protected WireEnumConverter(string[] names, string what, string unknownCode)
    {
        this.names = names;
        this.what = what;
        this.unknownCode = unknownCode;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ContractException(ErrorCodes.WrongType, "Expected a string: " + what + ".");
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] is { } name && reader.ValueTextEquals(name))
            {
                return Unsafe.As<int, T>(ref i);
            }
        }

        throw new ContractException(unknownCode, "Unknown value; expected " + what + " (exact, case-sensitive).");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireNames.Of(names, Unsafe.As<T, int>(ref value)));
}

/// <summary>Reads and writes a flags enum as an array of exact wire names, one per set bit.</summary>
internal abstract class WireFlagsConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly string[] bitNames;
    private readonly string what;
    private readonly string unknownCode;

    protected WireFlagsConverter(string[] bitNames, string what, string unknownCode)
    {
        this.bitNames = bitNames;
        this.what = what;
        this.unknownCode = unknownCode;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new ContractException(ErrorCodes.WrongType, "Expected an array of strings: " + what + ".");
        }

        int flags = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new ContractException(ErrorCodes.WrongType, "Expected an array of strings: " + what + ".");
            }

            int bit = IndexOf(ref reader);
            if (bit < 0)
            {
                throw new ContractException(unknownCode, "Unknown value; expected " + what + " (exact, case-sensitive).");
            }

            flags |= 1 << bit;
        }

        return Unsafe.As<int, T>(ref flags);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var name in WireNames.OfFlags(bitNames, Unsafe.As<T, int>(ref value)))
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    private int IndexOf(ref Utf8JsonReader reader)
    {
        for (int i = 0; i < bitNames.Length; i++)
        {
            if (bitNames[i] is { } name && reader.ValueTextEquals(name))
            {
                return i;
            }
        }

        return -1;
    }
}

#pragma warning disable SA1402, CA1812 // One-line closed converters; created by the source generator.
internal sealed class BodyRegionConverter() : WireEnumConverter<BodyRegion>(WireNames.Regions, "upperFace, lowerFace, jawAndTongue, larynx, neck, trunk, upperLimb or lowerLimb", ErrorCodes.UnknownRegion);

internal sealed class BodySideConverter() : WireEnumConverter<BodySide>(SideNames, "left, right or both", ErrorCodes.UnknownSide)
{
    private static readonly string[] SideNames = [null!, "left", "right", "both"];
}

internal sealed class CourseConverter() : WireEnumConverter<Course>(WireNames.Courses, "static, progressive or unknown", ErrorCodes.UnknownCourse);

internal sealed class PathologyConverter() : WireEnumConverter<NervousSystemPathology>(WireNames.Pathologies, "degeneration, structuralLesion, none or notAssessed", ErrorCodes.UnknownPathology);

internal sealed class InheritanceConverter() : WireEnumConverter<Inheritance>(WireNames.Inheritances, "autosomalDominant, autosomalRecessive, xLinkedRecessive or mitochondrial", ErrorCodes.UnknownInheritance);

internal sealed class VariabilityConverter() : WireFlagsConverter<Variability>(WireNames.VariabilityBits, "persistent, actionSpecific, diurnal, paroxysmal", ErrorCodes.UnknownVariability);

internal sealed class MovementDisordersConverter() : WireFlagsConverter<MovementDisorders>(WireNames.MovementDisorderBits, "tremor, parkinsonism, myoclonus, chorea, athetosis, ataxia, spasticity", ErrorCodes.UnknownMovementDisorder);

internal sealed class NeurologicalFeaturesConverter() : WireFlagsConverter<NeurologicalFeatures>(WireNames.NeurologicalBits, "cognitiveImpairment, seizures, pyramidalSigns, neuropathy, retinopathy, hearingLoss, intellectualDisability, other", ErrorCodes.UnknownNeurologicalFeature);

internal sealed class SystemicFeaturesConverter() : WireFlagsConverter<SystemicFeatures>(WireNames.SystemicBits, "liverDisease, kidneyDisease, other", ErrorCodes.UnknownSystemicFeature);

internal sealed class AcquiredCausesConverter() : WireFlagsConverter<AcquiredCauses>(WireNames.AcquiredCauseBits, "perinatalBrainInjury, infection, drug, toxic, vascular, neoplastic, brainInjury, autoimmune, metabolic, psychogenic", ErrorCodes.UnknownAcquiredCause);
#pragma warning restore SA1402, CA1812
