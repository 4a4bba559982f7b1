using System;

namespace Dystonia.Classification.Reasoning;

/// <summary>One input finding a reasoning step used, named by its JSON field path and wire value.</summary>
/// <remarks>For example field <c>regions</c> with value <c>upperLimb:left</c>, or field <c>ageAtOnset</c> with value <c>34</c>.
/// Values are culture-invariant.</remarks>
/// <threadsafety>This type is an immutable value type and safe to share between threads.</threadsafety>
public readonly struct Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="field">The JSON field path of the input, for example <c>etiology.acquiredCauses</c>.</param>
    /// <param name="value">The wire value of the input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public Finding(string field, string value)
    {
        Field = field ?? throw new ArgumentNullException(nameof(field));
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the JSON field path of the input.</summary>
    public string Field { get; }

    /// <summary>Gets the wire value of the input.</summary>
    public string Value { get; }

    /// <summary>Returns whether two findings have the same field and value.</summary>
    public static bool operator ==(Finding left, Finding right) => left.Equals(right);

    /// <summary>Returns whether two findings differ.</summary>
    public static bool operator !=(Finding left, Finding right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Finding other) => string.Equals(Field, other.Field, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Finding other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Field, Value);

    /// <summary>Formats the finding as <c>field=value</c>.</summary>
    /// <returns>The finding in <c>field=value</c> form.</returns>
    public override string ToString() => Field + "=" + Value;
}
