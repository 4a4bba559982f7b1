using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dystonia.Classification.Internal;

namespace Dystonia.Classification.Serialization.Contract;

/// <summary>
/// Writes an enum as its exact camelCase wire name. Reading is done by <see cref="PresentationJsonReader"/>, which
/// rejects anything but the exact, case-sensitive name and reports every such error with its path.
/// </summary>
internal abstract class WireEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly WireVocabulary vocabulary;

    protected WireEnumConverter(WireVocabulary vocabulary) => this.vocabulary = vocabulary;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Presentations are read by PresentationJsonReader.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        int index = Unsafe.As<T, int>(ref value);
        if ((uint)index >= (uint)vocabulary.Names.Length || vocabulary.Names[index] is null)
        {
            // Written as its number, an undefined value would come back as an unknown word, or as another value.
            throw new ArgumentException("The presentation holds a " + typeof(T).Name + " value that is not one of its members; it cannot be written.");
        }

        writer.WriteStringValue(vocabulary.Names[index]);
    }
}

/// <summary>Writes a flags enum as an array of exact wire names, one per set bit; reading is done by <see cref="PresentationJsonReader"/>.</summary>
internal abstract class WireFlagsConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly WireVocabulary vocabulary;

    protected WireFlagsConverter(WireVocabulary vocabulary) => this.vocabulary = vocabulary;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Presentations are read by PresentationJsonReader.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        int flags = Unsafe.As<T, int>(ref value);
        for (int bit = 0; bit < 32; bit++)
        {
            if ((flags & (1 << bit)) != 0 && (bit >= vocabulary.Names.Length || vocabulary.Names[bit] is null))
            {
                // An undefined bit, such as those of (Variability)(-1), would otherwise be dropped and the defined
                // ones written: an invalid presentation would come back valid, with every value set.
                throw new ArgumentException("The presentation holds a " + typeof(T).Name + " value with a flag that is not one of its members; it cannot be written.");
            }
        }

        writer.WriteStartArray();
        foreach (var name in WireNames.OfFlags(vocabulary.Names, flags))
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }
}

#pragma warning disable SA1402, CA1812 // One-line closed converters; created by the source generator.
/// <summary>
/// Writes an age as the reasoning shows it (the shortest text that reads back as the same number, 0 for -0), so that
/// a written presentation is the same bytes on every runtime; the serializer's own double formatting differs on .NET
/// Framework. Reading is done by <see cref="PresentationJsonReader"/>.
/// </summary>
internal sealed class AgeConverter : JsonConverter<double?>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Presentations are read by PresentationJsonReader.");

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is { } age)
        {
            writer.WriteRawValue(ResultText.Age(age), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

internal sealed class BodyRegionConverter() : WireEnumConverter<BodyRegion>(WireVocabulary.Regions);

internal sealed class BodySideConverter() : WireEnumConverter<BodySide>(WireVocabulary.Sides);

internal sealed class CourseConverter() : WireEnumConverter<Course>(WireVocabulary.Courses);

internal sealed class PathologyConverter() : WireEnumConverter<NervousSystemPathology>(WireVocabulary.Pathologies);

internal sealed class InheritanceConverter() : WireEnumConverter<Inheritance>(WireVocabulary.Inheritances);

internal sealed class VariantClassificationConverter() : WireEnumConverter<VariantClassification>(WireVocabulary.VariantClassifications);

internal sealed class ZygosityConverter() : WireEnumConverter<Zygosity>(WireVocabulary.Zygosities);

internal sealed class VariabilityConverter() : WireFlagsConverter<Variability>(WireVocabulary.Variability);

internal sealed class DiagnosticCluesConverter() : WireFlagsConverter<DiagnosticClues>(WireVocabulary.DiagnosticClues);

internal sealed class MovementDisordersConverter() : WireFlagsConverter<MovementDisorders>(WireVocabulary.MovementDisorders);

internal sealed class NeurologicalFeaturesConverter() : WireFlagsConverter<NeurologicalFeatures>(WireVocabulary.Neurological);

internal sealed class SystemicFeaturesConverter() : WireFlagsConverter<SystemicFeatures>(WireVocabulary.Systemic);

internal sealed class AcquiredCausesConverter() : WireFlagsConverter<AcquiredCauses>(WireVocabulary.AcquiredCauses);
#pragma warning restore SA1402, CA1812
