using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Dystonia.Classification.Tests.Api;

/// <summary>
/// The public surface of an assembly as sorted, stable text: every public type with its kind, base type and
/// interfaces, and every public or protected member with its signature (parameter names, defaults, nullability,
/// init-only setters), enum values and constants' values. Compared with an approved file, so that any change to
/// what callers can use is a reviewed change. Linked into the test projects of the shipped libraries.
/// </summary>
internal static class PublicApiText
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    /// <summary>Returns the public surface of <paramref name="assembly"/>, one line per type or member, "\n"-separated.</summary>
    internal static string Describe(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type, nullability)).Append('\n');
            foreach (var member in Members(type, nullability).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Compares the surface with <c>tests/{project}/PublicApi/{assembly}.approved.txt</c>. On a difference, writes
    /// the surface to a <c>.received.txt</c> beside it and returns what to review; returns <see langword="null"/> when they match.
    /// </summary>
    internal static string? Verify(Assembly assembly, string repositoryRoot, string testProject)
    {
        string folder = Path.Combine(repositoryRoot, "tests", testProject, "PublicApi");
        string name = assembly.GetName().Name!;
        string approvedPath = Path.Combine(folder, name + ".approved.txt");
        string receivedPath = Path.Combine(folder, name + ".received.txt");
        string received = Describe(assembly);
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return null;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, received);
        var approvedLines = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var receivedLines = received.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var removed = approvedLines.Except(receivedLines).Select(l => "- " + l);
        var added = receivedLines.Except(approvedLines).Select(l => "+ " + l);
        return "The public API of " + name + " differs from the approved one. Review with\n"
            + "  diff -u " + Relative(repositoryRoot, approvedPath) + " " + Relative(repositoryRoot, receivedPath) + "\n"
            + "and, if the change is intended, copy the received file over the approved one.\n"
            + string.Join("\n", removed.Concat(added).Take(60));
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string TypeHeader(Type type, NullabilityInfoContext nullability)
    {
        string name = TypeName(type, null, qualify: true);
        if (type.IsEnum)
        {
            return (type.IsDefined(typeof(FlagsAttribute)) ? "[Flags] " : "") + "public enum " + name + " : " + TypeName(Enum.GetUnderlyingType(type), null, qualify: true);
        }

        if (typeof(Delegate).IsAssignableFrom(type.BaseType))
        {
            var invoke = type.GetMethod("Invoke")!;
            return "public delegate " + TypeName(invoke.ReturnType, nullability.Create(invoke.ReturnParameter), qualify: true) + " " + name + Parameters(invoke, nullability) + Constraints(type.GetGenericArguments());
        }

        string kind = type.IsInterface ? "interface"
            : type.IsValueType ? (IsReadOnly(type) ? "readonly struct" : "struct")
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType, null, qualify: true));
        }

        bases.AddRange(type.GetInterfaces().Select(i => TypeName(i, null, qualify: true)).Order(StringComparer.Ordinal));
        return "public " + kind + " " + name + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "") + Constraints(type.GetGenericArguments());
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext nullability)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return field.Name + " = " + Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
            }

            yield break;
        }

        if (typeof(Delegate).IsAssignableFrom(type.BaseType))
        {
            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            string? line = member switch
            {
                ConstructorInfo constructor when Visible(constructor) && !constructor.IsStatic => Access(constructor) + type.Name.Split('`')[0] + Parameters(constructor, nullability),
                MethodInfo method when Visible(method) && (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal)) => Method(method, nullability),
                PropertyInfo property when Accessors(property).Any(Visible) => Property(property, nullability),
                FieldInfo field when Visible(field) => Field(field, nullability),
                EventInfo @event when @event.AddMethod is { } add && Visible(add) => Access(add) + Modifiers(add) + "event " + TypeName(@event.EventHandlerType!, nullability.Create(@event), qualify: true) + " " + @event.Name,
                _ => null,
            };
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool Visible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static IEnumerable<MethodInfo> Accessors(PropertyInfo property) =>
        new[] { property.GetMethod, property.SetMethod }.OfType<MethodInfo>();

    private static string Modifiers(MethodInfo method)
    {
        if (method.DeclaringType!.IsInterface)
        {
            return method.IsStatic ? "static " : "";
        }

        if (method.IsStatic)
        {
            return "static ";
        }

        bool overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        return method.IsAbstract ? "abstract "
            : overrides ? (method.IsFinal ? "sealed override " : "override ")
            : method.IsVirtual && !method.IsFinal ? "virtual "
            : "";
    }

    private static string Method(MethodInfo method, NullabilityInfoContext nullability)
    {
        string generics = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
        return Access(method) + Modifiers(method) + TypeName(method.ReturnType, nullability.Create(method.ReturnParameter), qualify: true) + " " + method.Name + generics
            + Parameters(method, nullability) + Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []);
    }

    private static string Property(PropertyInfo property, NullabilityInfoContext nullability)
    {
        var accessors = new List<string>();
        var first = Accessors(property).First(Visible);
        if (property.GetMethod is { } get && Visible(get))
        {
            accessors.Add((Access(get) != Access(first) ? Access(get) : "") + "get;");
        }

        if (property.SetMethod is { } set && Visible(set))
        {
            // By name: the netstandard2.0 asset marks init accessors with its own internal copy of the type.
            bool init = set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            accessors.Add((Access(set) != Access(first) ? Access(set) : "") + (init ? "init;" : "set;"));
        }

        var indexParameters = property.GetIndexParameters();
        string name = indexParameters.Length == 0
            ? property.Name
            : "this[" + string.Join(", ", indexParameters.Select(p => Parameter(p, nullability))) + "]";
        return Access(first) + Modifiers(first) + TypeName(property.PropertyType, nullability.Create(property), qualify: true) + " " + name + " { " + string.Join(" ", accessors) + " }";
    }

    private static string Field(FieldInfo field, NullabilityInfoContext nullability)
    {
        string access = field.IsPublic ? "public " : "protected ";
        string type = TypeName(field.FieldType, nullability.Create(field), qualify: true);
        if (field.IsLiteral)
        {
            return access + "const " + type + " " + field.Name + " = " + Value(field.GetRawConstantValue(), field.FieldType);
        }

        return access + (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "") + type + " " + field.Name;
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability)
    {
        var parameters = method.GetParameters().Select(p => Parameter(p, nullability));
        bool extension = method.IsDefined(typeof(ExtensionAttribute));
        return "(" + (extension ? "this " : "") + string.Join(", ", parameters) + ")";
    }

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var type = parameter.ParameterType;
        string modifier = "";
        if (type.IsByRef)
        {
            modifier = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
            type = type.GetElementType()!;
        }

        if (parameter.IsDefined(typeof(ParamArrayAttribute)))
        {
            modifier = "params ";
        }

        string text = modifier + TypeName(type, nullability.Create(parameter), qualify: true) + " " + parameter.Name;
        return parameter.HasDefaultValue ? text + " = " + Value(parameter.RawDefaultValue, type) : text;
    }

    private static string Value(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => "null",
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            bool b => b ? "true" : "false",
            char c => "'" + c + "'",
            _ when target.IsEnum => TypeName(target, null, qualify: true) + "." + Enum.ToObject(target, value),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    private static string Constraints(Type[] arguments)
    {
        var text = new StringBuilder();
        foreach (var argument in arguments.Where(a => a.IsGenericParameter))
        {
            var parts = new List<string>();
            var attributes = argument.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("struct");
            }
            else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            parts.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => TypeName(c, null, qualify: true)));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                text.Append(" where ").Append(argument.Name).Append(" : ").Append(string.Join(", ", parts));
            }
        }

        return text.ToString();
    }

    /// <summary>Writes a type as C# would, with namespaces, generic arguments and nullable annotations.</summary>
    private static string TypeName(Type type, NullabilityInfo? nullability, bool qualify)
    {
        bool nullable = nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType;
        string suffix = nullable ? "?" : "";
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, nullability?.GenericTypeArguments.FirstOrDefault(), qualify) + "?";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType, qualify) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + suffix;
        }

        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name.Substring(0, tick);
        }

        if (type.IsNested)
        {
            name = TypeName(type.DeclaringType!, null, qualify) + "." + name;
        }
        else if (qualify && type.Namespace is { } ns)
        {
            name = ns + "." + name;
        }

        var arguments = type.GetGenericArguments();
        var own = type.IsNested ? arguments.Skip(type.DeclaringType!.GetGenericArguments().Length).ToArray() : arguments;
        if (own.Length > 0)
        {
            var argumentNullability = nullability?.GenericTypeArguments;
            int offset = arguments.Length - own.Length;
            name += "<" + string.Join(", ", own.Select((a, i) => TypeName(a, argumentNullability is { Length: > 0 } n && n.Length > offset + i ? n[offset + i] : null, qualify))) + ">";
        }

        return name + suffix;
    }

    // By name: an assembly built for netstandard2.0 carries its own embedded copy of the attribute.
    private static bool IsReadOnly(Type type) =>
        type.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute");
}
