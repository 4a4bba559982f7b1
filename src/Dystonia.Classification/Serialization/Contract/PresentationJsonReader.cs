using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Dystonia.Classification.Validation;

namespace Dystonia.Classification.Serialization.Contract;

/// <summary>
/// Reads one presentation straight from UTF-8 JSON with <see cref="Utf8JsonReader"/>, checking the contract as it
/// goes: known camelCase properties only, each at most once, exact enum names, the right JSON types. Every violation
/// is reported with its field path (with the index of an array element: <c>regions[2].region</c>,
/// <c>associatedFeatures.movementDisorders[1]</c>), and reading goes on past it; only text that is not well-formed
/// JSON stops the record. No input value is repeated in a message.
/// </summary>
/// <remarks>
/// Hand-written rather than generated because the batch tool reads millions of records: going through the
/// serializer cost a transfer object per level and a read stack per record, several times the cost of the
/// classification itself (docs/performance.md). Error paths are built only when there is an error, so a valid record
/// costs what it did when the first error stopped the record.
/// </remarks>
internal static class PresentationJsonReader
{
    private const int MaximumPathNameLength = 64;
    private const string WrongTypeMessage = "The value has the wrong JSON type for this field.";

    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = 16,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static readonly IReadOnlyList<ClassificationError> NoErrors = Array.Empty<ClassificationError>();

    internal static PresentationReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        var path = new FieldPath();
        var fields = new Fields();
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("empty");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return new PresentationReadResult(null, null, [new ClassificationError("", ErrorCodes.WrongType, "Expected a JSON object for the presentation.")]);
            }

            ReadPresentation(ref reader, ref fields, ref path);

            // Anything but whitespace after the object makes the reader throw.
            reader.Read();
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader checks UTF-8 only when a string is decoded: invalid bytes or an unpaired surrogate escape.
            return Failed(utf8Json, fields.Id, new ClassificationError(path.ToString(), ErrorCodes.MalformedInput, "The text is not valid UTF-8 or holds an unpaired surrogate escape."));
        }
        catch (JsonException exception)
        {
            // Text that is not JSON stops the record, and its contract errors so far are dropped: they may be artefacts
            // of the break (a string cut short reads as an unknown word).
            var position = string.Create(CultureInfo.InvariantCulture, $"line {exception.LineNumber.GetValueOrDefault() + 1}, byte {exception.BytePositionInLine.GetValueOrDefault() + 1}");
            return Failed(utf8Json, fields.Id, new ClassificationError(path.ToString(), ErrorCodes.MalformedInput, "The record is not well-formed JSON (at " + position + " of the record)."));
        }

        if (fields.Errors is { } errors)
        {
            return new PresentationReadResult(null, fields.Id, errors);
        }

        return new PresentationReadResult(fields.ToPresentation(), fields.Id, NoErrors);
    }

    /// <summary>Returns the index of the current string token in <paramref name="names"/>, or -1.</summary>
    private static int IndexOf(ref Utf8JsonReader reader, string[] names)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] is { } name && reader.ValueTextEquals(name))
            {
                return i;
            }
        }

        return -1;
    }

    private static PresentationReadResult Failed(ReadOnlySpan<byte> utf8Json, string? id, ClassificationError error) =>
        new(null, id ?? TryReadId(utf8Json), [error]);

    private static void ReadPresentation(ref Utf8JsonReader reader, ref Fields fields, ref FieldPath path)
    {
        int seen = 0;
        while (NextProperty(ref reader, PropertySet.Presentation, ref fields, ref path, FieldPath.TopLevel, ref seen, out int property))
        {
            switch (property)
            {
                case 0: fields.Id = ReadString(ref reader, ref fields, path); break;
                case 1: fields.Age = ReadNumber(ref reader, ref fields, path); break;
                case 2: ReadRegions(ref reader, ref fields, ref path); break;
                case 3: fields.Course = (Course?)ReadEnum(ref reader, WireVocabulary.Courses, ref fields, path); break;
                case 4: fields.Variability = (Variability?)ReadFlags(ref reader, WireVocabulary.Variability, ref fields, path); break;
                case 5: ReadAssociatedFeatures(ref reader, ref fields, ref path); break;
                case 6: fields.DiagnosticClues = (DiagnosticClues?)ReadFlags(ref reader, WireVocabulary.DiagnosticClues, ref fields, path); break;
                default: ReadEtiology(ref reader, ref fields, ref path); break;
            }
        }
    }

    private static void ReadRegions(ref Utf8JsonReader reader, ref Fields fields, ref FieldPath path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, ref fields, path.ToString(), WrongTypeMessage);
            return;
        }

        fields.Regions = new List<AffectedRegion>(4);
        for (int index = 0; ; index++)
        {
            // Set before reading, so input that ends inside the array is reported at the element it lacks.
            path.Index = index;
            if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                fields.AddError(path.ToString(), ErrorCodes.RequiredValueMissing, "Each region entry needs its region.");
            }
            else if (reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(ref reader, ref fields, path.ToString(), WrongTypeMessage);
            }
            else
            {
                ReadRegion(ref reader, ref fields, ref path, index);
            }
        }

        path.Index = -1;
    }

    private static void ReadRegion(ref Utf8JsonReader reader, ref Fields fields, ref FieldPath path, int index)
    {
        int seen = 0;
        int? region = null;
        int? side = null;
        bool onset = false;
        bool regionWrong = false;
        while (NextProperty(ref reader, PropertySet.Region, ref fields, ref path, FieldPath.InnerLevel, ref seen, out int property))
        {
            switch (property)
            {
                case 0:
                    int errors = fields.ErrorCount;
                    region = ReadEnum(ref reader, WireVocabulary.Regions, ref fields, path);
                    regionWrong = fields.ErrorCount != errors;
                    break;
                case 1: side = ReadEnum(ref reader, WireVocabulary.Sides, ref fields, path); break;
                default: onset = ReadBoolean(ref reader, ref fields, path) == true; break;
            }
        }

        if (region is not { } bodyRegion)
        {
            // A region given as a wrong word or type is already reported; only an absent or null one is missing.
            if (!regionWrong)
            {
                fields.AddError(path.With("region"), ErrorCodes.RequiredValueMissing, "Each region entry needs its region.");
            }

            return;
        }

        var affected = new AffectedRegion((BodyRegion)bodyRegion, (BodySide)(side ?? 0));
        fields.Regions!.Add(affected);
        if (onset)
        {
            if (fields.OnsetIndex >= 0)
            {
                fields.AddError(path.With("onset"), ErrorCodes.MultipleOnsetRegions, "Only one region can be marked as the onset region.");
            }

            fields.OnsetIndex = index;
            fields.Onset = affected;
        }
    }

    private static void ReadAssociatedFeatures(ref Utf8JsonReader reader, ref Fields fields, ref FieldPath path)
    {
        if (!StartObjectOrNull(ref reader, ref fields, path))
        {
            return;
        }

        fields.HasAssociatedFeatures = true;
        int seen = 0;
        while (NextProperty(ref reader, PropertySet.AssociatedFeatures, ref fields, ref path, FieldPath.InnerLevel, ref seen, out int property))
        {
            switch (property)
            {
                case 0: fields.MovementDisorders = (MovementDisorders)ReadFlags(ref reader, WireVocabulary.MovementDisorders, ref fields, path).GetValueOrDefault(); break;
                case 1: fields.Neurological = (NeurologicalFeatures)ReadFlags(ref reader, WireVocabulary.Neurological, ref fields, path).GetValueOrDefault(); break;
                default: fields.Systemic = (SystemicFeatures)ReadFlags(ref reader, WireVocabulary.Systemic, ref fields, path).GetValueOrDefault(); break;
            }
        }
    }

    private static void ReadEtiology(ref Utf8JsonReader reader, ref Fields fields, ref FieldPath path)
    {
        if (!StartObjectOrNull(ref reader, ref fields, path))
        {
            return;
        }

        fields.HasEtiology = true;
        int seen = 0;
        while (NextProperty(ref reader, PropertySet.Etiology, ref fields, ref path, FieldPath.InnerLevel, ref seen, out int property))
        {
            switch (property)
            {
                case 0: fields.Pathology = (NervousSystemPathology)(ReadEnum(ref reader, WireVocabulary.Pathologies, ref fields, path) ?? 0); break;
                case 1: fields.AcquiredCauses = (AcquiredCauses)ReadFlags(ref reader, WireVocabulary.AcquiredCauses, ref fields, path).GetValueOrDefault(); break;
                case 2: ReadGeneticFinding(ref reader, ref fields, ref path); break;
                default:
                    fields.FamilyHistory = ReadBoolean(ref reader, ref fields, path) switch
                    {
                        true => FamilyHistory.Positive,
                        false => FamilyHistory.Negative,
                        null => FamilyHistory.Unknown,
                    };
                    break;
            }
        }
    }

    private static void ReadGeneticFinding(ref Utf8JsonReader reader, ref Fields fields, ref FieldPath path)
    {
        if (!StartObjectOrNull(ref reader, ref fields, path))
        {
            return;
        }

        int seen = 0;
        string? gene = null;
        int? inheritance = null;
        int? classification = null;
        int? zygosity = null;
        bool geneWrong = false;
        while (NextProperty(ref reader, PropertySet.GeneticFinding, ref fields, ref path, FieldPath.LeafLevel, ref seen, out int property))
        {
            switch (property)
            {
                case 0:
                    int errors = fields.ErrorCount;
                    gene = ReadString(ref reader, ref fields, path);
                    geneWrong = fields.ErrorCount != errors;
                    break;
                case 1:
                    inheritance = ReadEnum(ref reader, WireVocabulary.Inheritances, ref fields, path);
                    break;
                case 2:
                    classification = ReadEnum(ref reader, WireVocabulary.VariantClassifications, ref fields, path);
                    break;
                default:
                    zygosity = ReadEnum(ref reader, WireVocabulary.Zygosities, ref fields, path);
                    break;
            }
        }

        if (gene is null)
        {
            if (!geneWrong)
            {
                fields.AddError(path.With("gene"), ErrorCodes.RequiredValueMissing, "A genetic finding needs its gene symbol.");
            }

            return;
        }

        fields.GeneticFinding = new GeneticFinding(gene, (Inheritance?)inheritance) { Classification = (VariantClassification?)classification, Zygosity = (Zygosity?)zygosity };
    }

    /// <summary>
    /// Moves to the next property of the current object and positions the reader on its value; returns
    /// <see langword="false"/> at the end of the object. Records the property at <paramref name="level"/> of the
    /// path; reports unknown and repeated properties, skips their values and goes on to the next property.
    /// </summary>
    private static bool NextProperty(ref Utf8JsonReader reader, PropertySet properties, ref Fields fields, ref FieldPath path, int level, ref int seen, out int property)
    {
        while (true)
        {
            path.Set(level, null);
            property = -1;
            if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
            {
                return false;
            }

            var utf8 = properties.Utf8;
            for (int i = 0; i < utf8.Length; i++)
            {
                if (reader.ValueTextEquals(utf8[i]))
                {
                    property = i;
                    break;
                }
            }

            if (property < 0)
            {
                // An unknown name becomes part of the error path, so keep it short: the path names a field, it does not echo input.
                var name = reader.GetString() ?? "";
                path.Set(level, name.Length <= MaximumPathNameLength ? name : name.Remove(MaximumPathNameLength) + "…");
                fields.AddError(path.ToString(), ErrorCodes.UnknownProperty, "The contract has no such property; property names are camelCase and case-sensitive.");
                reader.Skip();
                continue;
            }

            path.Set(level, properties.Names[property]);
            if ((seen & (1 << property)) != 0)
            {
                fields.AddError(path.ToString(), ErrorCodes.DuplicateProperty, "This property is given more than once.");
                reader.Skip();
                continue;
            }

            seen |= 1 << property;
            reader.Read();
            return true;
        }
    }

    /// <summary>Reports a value of the wrong JSON type and skips it, with everything inside it.</summary>
    private static void WrongType(ref Utf8JsonReader reader, ref Fields fields, string field, string message)
    {
        fields.AddError(field, ErrorCodes.WrongType, message);
        reader.Skip();
    }

    private static bool StartObjectOrNull(ref Utf8JsonReader reader, ref Fields fields, in FieldPath path)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Null)
        {
            WrongType(ref reader, ref fields, path.ToString(), WrongTypeMessage);
        }

        return false;
    }

    private static string? ReadString(ref Utf8JsonReader reader, ref Fields fields, in FieldPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.Null: return null;
            default: WrongType(ref reader, ref fields, path.ToString(), WrongTypeMessage); return null;
        }
    }

    private static double? ReadNumber(ref Utf8JsonReader reader, ref Fields fields, in FieldPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number: return reader.TryGetDouble(out double value) ? value : BeyondDoubleRange(ref reader);
            case JsonTokenType.Null: return null;
            default: WrongType(ref reader, ref fields, path.ToString(), WrongTypeMessage); return null;
        }
    }

    // A well-formed number that does not fit a double (1e400) parses to infinity on modern .NET but fails on .NET
    // Framework; infinity on both, so that validation reports it as out of range the same way everywhere.
    private static double BeyondDoubleRange(ref Utf8JsonReader reader) =>
        reader.ValueSpan[0] == (byte)'-' ? double.NegativeInfinity : double.PositiveInfinity;

    private static bool? ReadBoolean(ref Utf8JsonReader reader, ref Fields fields, in FieldPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Null: return null;
            default: WrongType(ref reader, ref fields, path.ToString(), WrongTypeMessage); return null;
        }
    }

    /// <summary>Reads one wire name; <see langword="null"/> for JSON null and for a value it reported.</summary>
    private static int? ReadEnum(ref Utf8JsonReader reader, WireVocabulary vocabulary, ref Fields fields, in FieldPath path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, ref fields, path.ToString(), vocabulary.NotAString);
            return null;
        }

        int index = IndexOf(ref reader, vocabulary.Names);
        if (index < 0)
        {
            fields.AddError(path.ToString(), vocabulary.UnknownCode, vocabulary.Unknown);
            return null;
        }

        return index;
    }

    /// <summary>
    /// Reads an array of wire names into flag bits; <see langword="null"/> for JSON null. Each unknown name or
    /// non-string element is reported at its index, and the rest of the array is still read.
    /// </summary>
    private static int? ReadFlags(ref Utf8JsonReader reader, WireVocabulary vocabulary, ref Fields fields, in FieldPath path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, ref fields, path.ToString(), vocabulary.NotAnArray);
            return null;
        }

        int flags = 0;
        for (int index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                WrongType(ref reader, ref fields, path.Element(index), vocabulary.NotAString);
                continue;
            }

            int bit = IndexOf(ref reader, vocabulary.Names);
            if (bit >= 0)
            {
                flags |= 1 << bit;
            }
            else
            {
                fields.AddError(path.Element(index), vocabulary.UnknownCode, vocabulary.Unknown);
            }
        }

        return flags;
    }

    /// <summary>Finds a top-level string <c>id</c> in a record that could not be read, so its error can name it.</summary>
    private static string? TryReadId(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.TrySkip();
            }
        }
        catch (JsonException)
        {
            // The id, if any, comes after the point where the record breaks.
        }
        catch (InvalidOperationException)
        {
            // The id is not valid UTF-8 text.
        }

        return null;
    }

    /// <summary>Where the reader is, as the dotted field path errors report: <c>regions[2].side</c>, <c>etiology.geneticFinding.gene</c>.</summary>
    private struct FieldPath
    {
        internal const int TopLevel = 0;
        internal const int InnerLevel = 1;
        internal const int LeafLevel = 2;

        internal string? Top;
        internal string? Inner;
        internal string? Leaf;
        internal int Index = -1;

        public FieldPath()
        {
        }

        /// <summary>Names the property being read at a level, and forgets the levels below it.</summary>
        internal void Set(int level, string? name)
        {
            switch (level)
            {
                case TopLevel:
                    Top = name;
                    Index = -1;
                    Inner = null;
                    Leaf = null;
                    break;
                case InnerLevel:
                    Inner = name;
                    Leaf = null;
                    break;
                default:
                    Leaf = name;
                    break;
            }
        }

        /// <summary>Returns the path of an element of the array at this path: <c>variability[1]</c>.</summary>
        internal readonly string Element(int index) => ToString() + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        internal readonly string With(string last)
        {
            var copy = this;
            if (copy.Inner is null)
            {
                copy.Inner = last;
            }
            else
            {
                copy.Leaf = last;
            }

            return copy.ToString();
        }

        public override readonly string ToString()
        {
            if (Top is null)
            {
                return "";
            }

            string path = Index >= 0 ? Top + "[" + Index.ToString(CultureInfo.InvariantCulture) + "]" : Top;
            if (Inner is not null)
            {
                path += "." + Inner;
                if (Leaf is not null)
                {
                    path += "." + Leaf;
                }
            }

            return path;
        }
    }

    /// <summary>The values read so far, and the errors found after a part was read (a region without its name, say).</summary>
    private struct Fields
    {
        internal string? Id;
        internal double? Age;
        internal List<AffectedRegion>? Regions;
        internal AffectedRegion? Onset;
        internal int OnsetIndex = -1;
        internal Course? Course;
        internal Variability? Variability;
        internal DiagnosticClues? DiagnosticClues;
        internal bool HasAssociatedFeatures;
        internal MovementDisorders MovementDisorders;
        internal NeurologicalFeatures Neurological;
        internal SystemicFeatures Systemic;
        internal bool HasEtiology;
        internal NervousSystemPathology Pathology;
        internal AcquiredCauses AcquiredCauses;
        internal GeneticFinding? GeneticFinding;
        internal FamilyHistory FamilyHistory;
        internal List<ClassificationError>? Errors;

        public Fields()
        {
        }

        internal readonly int ErrorCount => Errors?.Count ?? 0;

        internal void AddError(string field, string code, string message) =>
            (Errors ??= []).Add(new ClassificationError(field, code, message));

        internal readonly Presentation ToPresentation() => new()
        {
            Id = Id,
            Regions = (IReadOnlyList<AffectedRegion>?)Regions ?? Array.Empty<AffectedRegion>(),
            OnsetRegion = Onset,
            AgeAtOnset = Age,
            Course = Course ?? Dystonia.Classification.Course.Unknown,
            Variability = Variability ?? Dystonia.Classification.Variability.None,
            DiagnosticClues = DiagnosticClues ?? Dystonia.Classification.DiagnosticClues.None,
            AssociatedFeatures = HasAssociatedFeatures
                ? new AssociatedFeatures { MovementDisorders = MovementDisorders, Neurological = Neurological, Systemic = Systemic }
                : null,
            Etiology = HasEtiology
                ? new EtiologyFindings { Pathology = Pathology, AcquiredCauses = AcquiredCauses, GeneticFinding = GeneticFinding, FamilyHistory = FamilyHistory }
                : EtiologyFindings.NotRecorded,
        };
    }

    /// <summary>The property names of one object of the contract, in the order the reader's switch expects them.</summary>
    private sealed class PropertySet
    {
        internal static readonly PropertySet Presentation = new("id", "ageAtOnset", "regions", "course", "variability", "associatedFeatures", "diagnosticClues", "etiology");
        internal static readonly PropertySet Region = new("region", "side", "onset");
        internal static readonly PropertySet AssociatedFeatures = new("movementDisorders", "neurological", "systemic");
        internal static readonly PropertySet Etiology = new("nervousSystemPathology", "acquiredCauses", "geneticFinding", "familyHistory");
        internal static readonly PropertySet GeneticFinding = new("gene", "inheritance", "classification", "zygosity");

        private PropertySet(params string[] names)
        {
            Names = names;
            Utf8 = Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);
        }

        internal string[] Names { get; }

        internal byte[][] Utf8 { get; }
    }
}
