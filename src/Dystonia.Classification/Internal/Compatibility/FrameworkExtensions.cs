#if !NET
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Dystonia.Classification.Internal.Compatibility;

/// <summary>
/// The netstandard2.0 asset only: the .NET members the library calls that netstandard2.0 lacks, as extension members
/// with the same names and meaning, so that one source serves both assets without conditional code at the call sites.
/// </summary>
internal static class FrameworkExtensions
{
    extension(ArgumentNullException)
    {
        public static void ThrowIfNull([NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }

    extension(ArgumentOutOfRangeException)
    {
        public static void ThrowIfNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(paramName, value, "The value must not be negative.");
            }
        }
    }

    extension(Enum)
    {
        public static TEnum[] GetValues<TEnum>()
            where TEnum : struct, Enum => (TEnum[])Enum.GetValues(typeof(TEnum));

        public static bool IsDefined<TEnum>(TEnum value)
            where TEnum : struct, Enum => Enum.IsDefined(typeof(TEnum), value);

        public static TEnum Parse<TEnum>(string value, bool ignoreCase)
            where TEnum : struct, Enum => (TEnum)Enum.Parse(typeof(TEnum), value, ignoreCase);
    }

    extension(char)
    {
        public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

        public static bool IsAsciiLetter(char c) => (c | 0x20) is >= 'a' and <= 'z';

        public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
    }

    extension(string)
    {
        public static string Create(IFormatProvider provider, FormattableString text) => text.ToString(provider);
    }

    // Only ordinal comparison is ever asked for; anything else would be a defect, so it is refused rather than guessed.
    public static bool Contains(this string text, char value, StringComparison comparison) =>
        text.IndexOf(value, comparison) >= 0;

    public static int IndexOf(this string text, char value, StringComparison comparison) =>
        comparison == StringComparison.Ordinal ? text.IndexOf(value) : throw new NotSupportedException();

    public static string Replace(this string text, string oldValue, string newValue, StringComparison comparison) =>
        comparison == StringComparison.Ordinal ? text.Replace(oldValue, newValue) : throw new NotSupportedException();

    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }
}
#endif
