using System;
using System.IO;

namespace Dystonia.Classification.Cli.Commands;

/// <summary>The process's standard streams, replaceable in tests.</summary>
internal sealed class ConsoleStreams
{
    internal static readonly ConsoleStreams Process = new();

    internal Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    internal Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    internal TextWriter Error { get; init; } = Console.Error;

    internal TextWriter Out { get; init; } = Console.Out;

    internal bool ErrorIsTerminal { get; init; } = !Console.IsErrorRedirected;
}
