using System;

namespace Dystonia.Classification.Cli.Input;

/// <summary>The input cannot be split into records at all (not a bad record, which becomes an invalid output record).</summary>
internal sealed class InputFormatException : Exception
{
    public InputFormatException(string message)
        : base(message)
    {
    }

    public InputFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public InputFormatException()
    {
    }
}
