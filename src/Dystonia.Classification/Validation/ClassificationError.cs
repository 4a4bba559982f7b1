using System;

namespace Dystonia.Classification.Validation;

/// <summary>One problem with an input presentation: the field, a stable code and a message.</summary>
/// <remarks>
/// Messages say what is wrong with the field and never repeat the value, so they can be logged without
/// leaking patient data.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ClassificationError
{
    /// <summary>Creates an error.</summary>
    /// <param name="field">The JSON field path, for example <c>regions[1].side</c>.</param>
    /// <param name="code">The stable error code, one of <see cref="ErrorCodes"/>.</param>
    /// <param name="message">A sentence saying what is wrong.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty: every error has a stable code.</exception>
    public ClassificationError(string field, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        if (code.Length == 0)
        {
            throw new ArgumentException("An error needs its stable code.", nameof(code));
        }

        Field = field;
        Code = code;
        Message = message;
    }

    /// <summary>Gets the JSON field path, for example <c>regions[1].side</c> or <c>ageAtOnset</c>.</summary>
    public string Field { get; }

    /// <summary>Gets the stable error code, one of <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets a sentence saying what is wrong, without the offending value.</summary>
    public string Message { get; }

    /// <summary>Returns <c>field: message</c>.</summary>
    /// <returns>The field and message.</returns>
    public override string ToString() => Field + ": " + Message;
}
