using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Dystonia.Classification.Tests.Api;

/// <summary>One call of a banned API: where (source file and line from the PDB, and the calling method) and what.</summary>
internal sealed record BannedUse(string Location, string Caller, string Member, string Why)
{
    /// <summary>
    /// Gets whether the call is in code that the SDK's source generators wrote (under obj/), such as the System.Text.Json
    /// serializers, which format type names into their exception messages: the framework's code, not the project's.
    /// </summary>
    internal bool InGeneratedCode => Location.Contains("/obj/", StringComparison.Ordinal) || Location.StartsWith("obj/", StringComparison.Ordinal);

    public override string ToString() => Location + ": " + Member + " (" + Why + ")";
}

/// <summary>
/// Finds calls to APIs a library must not use: the clock, the current culture, unseeded randomness, the
/// environment and the file system. It reads the compiled IL, so comments, strings and dead text cannot fool it
/// and aliases, <c>using static</c>, lambdas and generated code cannot hide a call; the portable PDB gives the source
/// line. Linked into the test projects of the shipped libraries.
/// </summary>
internal static class BannedApiScanner
{
    private const string Clock = "reads the clock";
    private const string Culture = "depends on the current culture";
    private const string Random = "not reproducible";
    private const string Environment = "reads the environment";
    private const string Files = "reads or writes files";

    private static readonly string[] NumericTypes =
    [
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64",
        "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.DateTime", "System.DateTimeOffset",
        "System.DateOnly", "System.TimeOnly", "System.TimeSpan",
    ];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Returns the reason a call to <paramref name="type"/>::<paramref name="name"/> with these parameter types is banned, or <see langword="null"/>.</summary>
    internal static string? WhyBanned(string type, string name, IReadOnlyList<string> parameters)
    {
        bool HasProvider() => parameters.Any(p => p is "System.IFormatProvider" or "System.Globalization.CultureInfo" or "System.StringComparison");

        switch (type, name)
        {
            case ("System.DateTime" or "System.DateTimeOffset", "get_Now" or "get_UtcNow" or "get_Today"):
            case ("System.Environment", "get_TickCount" or "get_TickCount64"):
            case ("System.Diagnostics.Stopwatch", _):
            case ("System.TimeProvider", "get_System"):
                return Clock;
            case ("System.Globalization.CultureInfo", "get_CurrentCulture" or "get_CurrentUICulture" or "set_CurrentCulture" or "set_CurrentUICulture" or "get_DefaultThreadCurrentCulture" or "get_DefaultThreadCurrentUICulture"):
            case ("System.Threading.Thread", "get_CurrentCulture" or "get_CurrentUICulture"):
            case ("System.Globalization.NumberFormatInfo" or "System.Globalization.DateTimeFormatInfo", "get_CurrentInfo"):
            case ("System.String", "ToLower" or "ToUpper") when parameters.Count == 0:
            case ("System.Char", "ToLower" or "ToUpper") when parameters.Count == 1:
            case ("System.String", "Format") when parameters.Count > 0 && parameters[0] == "System.String":
            case ("System.String", "Compare" or "CompareTo") when !HasProvider():
            case ("System.String", "StartsWith" or "EndsWith" or "IndexOf" or "LastIndexOf") when parameters.Count > 0 && parameters[0] == "System.String" && !HasProvider():
            case ("System.Convert", _) when name.StartsWith("To", StringComparison.Ordinal) && parameters.Count == 1 && (name == "ToString" || parameters[0] == "System.String"):
            case ("System.Text.StringBuilder", "AppendFormat") when parameters.Count > 0 && parameters[0] == "System.String":
            case ("System.Text.StringBuilder", "Append") when parameters.Count == 1 && NumericTypes.Contains(parameters[0]):
            case ("System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", ".ctor") when !HasProvider():
            case ("System.Text.StringBuilder/AppendInterpolatedStringHandler", ".ctor") when !HasProvider():
                return Culture;
            case (_, "ToString" or "Parse" or "TryParse") when NumericTypes.Contains(type) && !HasProvider():
                return Culture;
            case ("System.Random", ".ctor") when parameters.Count == 0:
            case ("System.Random", "get_Shared"):
            case ("System.Guid", "NewGuid"):
                return Random;
            case ("System.Environment", "GetEnvironmentVariable" or "GetEnvironmentVariables" or "get_MachineName" or "get_UserName" or "get_CurrentDirectory"):
                return Environment;
            case ("System.IO.File" or "System.IO.Directory" or "System.IO.FileInfo" or "System.IO.DirectoryInfo", _):
            case ("System.IO.FileStream", ".ctor"):
                return Files;
            default:
                return null;
        }
    }

    /// <summary>Scans every method body of the assembly at <paramref name="assemblyPath"/>; locations are relative to <paramref name="repositoryRoot"/>.</summary>
    internal static IReadOnlyList<BannedUse> Scan(string assemblyPath, string repositoryRoot)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        MetadataReaderProvider? pdbProvider = null;
        try
        {
            pe.TryOpenAssociatedPortablePdb(assemblyPath, path => File.Exists(path) ? File.OpenRead(path) : null, out pdbProvider, out _);
            var pdb = pdbProvider?.GetMetadataReader();
            var uses = new List<BannedUse>();
            foreach (var handle in metadata.MethodDefinitions)
            {
                var method = metadata.GetMethodDefinition(handle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
                while (il.RemainingBytes > 0)
                {
                    int offset = il.Offset;
                    short value = il.ReadByte();
                    if (value == 0xFE)
                    {
                        value = unchecked((short)(0xFE00 | il.ReadByte()));
                    }

                    var opCode = OpCodesByValue[value];
                    if (opCode.OperandType == OperandType.InlineMethod)
                    {
                        var callee = Describe(metadata, MetadataTokens.EntityHandle(il.ReadInt32()));
                        if (callee is { } c && WhyBanned(c.Type, c.Name, c.Parameters) is { } why)
                        {
                            uses.Add(new BannedUse(Location(metadata, pdb, handle, offset, repositoryRoot), Caller(metadata, handle), c.Type + "::" + c.Name + "(" + string.Join(", ", c.Parameters) + ")", why));
                        }
                    }
                    else
                    {
                        Skip(ref il, opCode.OperandType);
                    }
                }
            }

            return uses;
        }
        finally
        {
            pdbProvider?.Dispose();
        }
    }

    private static void Skip(ref BlobReader il, OperandType operand)
    {
        switch (operand)
        {
            case OperandType.InlineNone:
                break;
            case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                il.Offset += 1;
                break;
            case OperandType.InlineVar:
                il.Offset += 2;
                break;
            case OperandType.InlineI8 or OperandType.InlineR:
                il.Offset += 8;
                break;
            case OperandType.InlineSwitch:
                // Read the count first: in "il.Offset += 4 * il.ReadInt32()" the old offset is taken before the read.
                int targets = il.ReadInt32();
                il.Offset += 4 * targets;
                break;
            default:
                il.Offset += 4;
                break;
        }
    }

    /// <summary>Names a called method by its declaring type, name and parameter types; <see langword="null"/> for methods of the scanned assembly.</summary>
    private static (string Type, string Name, IReadOnlyList<string> Parameters)? Describe(MetadataReader metadata, EntityHandle handle)
    {
        var names = new TypeNames(metadata);
        switch (handle.Kind)
        {
            case HandleKind.MethodSpecification:
                return Describe(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            case HandleKind.MemberReference:
                var member = metadata.GetMemberReference((MemberReferenceHandle)handle);
                if (member.GetKind() != MemberReferenceKind.Method)
                {
                    return null;
                }

                string type = member.Parent.Kind switch
                {
                    HandleKind.TypeReference => names.Name((TypeReferenceHandle)member.Parent),
                    HandleKind.TypeSpecification => metadata.GetTypeSpecification((TypeSpecificationHandle)member.Parent).DecodeSignature(names, null).Split('<')[0],
                    _ => "",
                };
                var signature = member.DecodeMethodSignature(names, null);
                return (type, metadata.GetString(member.Name), signature.ParameterTypes);
            default:
                return null;
        }
    }

    /// <summary>Names the calling method as <c>Type::Method</c>, the type being the innermost declaring type.</summary>
    private static string Caller(MetadataReader metadata, MethodDefinitionHandle method)
    {
        var definition = metadata.GetMethodDefinition(method);
        return metadata.GetString(metadata.GetTypeDefinition(definition.GetDeclaringType()).Name) + "::" + metadata.GetString(definition.Name);
    }

    private static string Location(MetadataReader metadata, MetadataReader? pdb, MethodDefinitionHandle method, int offset, string root)
    {
        if (pdb is not null)
        {
            SequencePoint? last = null;
            foreach (var point in pdb.GetMethodDebugInformation(method.ToDebugInformationHandle()).GetSequencePoints())
            {
                if (point.Offset > offset)
                {
                    break;
                }

                if (!point.IsHidden)
                {
                    last = point;
                }
            }

            if (last is { } found)
            {
                // A CI build maps the source root to "/_/" (ContinuousIntegrationBuild); a local build keeps full paths.
                var file = pdb.GetString(pdb.GetDocument(found.Document).Name);
                var relative = file.StartsWith("/_/", StringComparison.Ordinal) ? file.Substring(3) : Path.GetRelativePath(root, file);
                return relative.Replace('\\', '/') + ":" + found.StartLine;
            }
        }

        return Caller(metadata, method) + " IL_" + offset.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Decodes type signatures to full names such as <c>System.String</c> or <c>System.Collections.Generic.List`1&lt;System.Int32&gt;</c>.</summary>
    private sealed class TypeNames(MetadataReader metadata) : ISignatureTypeProvider<string, object?>
    {
        internal string Name(TypeReferenceHandle handle)
        {
            var reference = metadata.GetTypeReference(handle);
            string name = metadata.GetString(reference.Name);
            return reference.ResolutionScope.Kind == HandleKind.TypeReference
                ? Name((TypeReferenceHandle)reference.ResolutionScope) + "/" + name
                : metadata.GetString(reference.Namespace) + "." + name;
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Void => "System.Void",
            PrimitiveTypeCode.Boolean => "System.Boolean",
            PrimitiveTypeCode.Char => "System.Char",
            PrimitiveTypeCode.SByte => "System.SByte",
            PrimitiveTypeCode.Byte => "System.Byte",
            PrimitiveTypeCode.Int16 => "System.Int16",
            PrimitiveTypeCode.UInt16 => "System.UInt16",
            PrimitiveTypeCode.Int32 => "System.Int32",
            PrimitiveTypeCode.UInt32 => "System.UInt32",
            PrimitiveTypeCode.Int64 => "System.Int64",
            PrimitiveTypeCode.UInt64 => "System.UInt64",
            PrimitiveTypeCode.Single => "System.Single",
            PrimitiveTypeCode.Double => "System.Double",
            PrimitiveTypeCode.String => "System.String",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            _ => "System.Object",
        };

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var definition = reader.GetTypeDefinition(handle);
            return reader.GetString(definition.Namespace) + "." + reader.GetString(definition.Name);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Name(handle);

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType;

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType + "<" + string.Join(",", typeArguments) + ">";

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
    }
}
