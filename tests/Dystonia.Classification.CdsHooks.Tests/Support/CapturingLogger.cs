using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Dystonia.Classification.CdsHooks.Tests.Support;

/// <summary>Keeps every log message with its level (scopes included in the text), for tests that read the logs.</summary>
internal sealed class CapturingLogger(ConcurrentQueue<(LogLevel Level, string Message)> messages) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(messages);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel Level, string Message)> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            messages.Enqueue((LogLevel.None, "scope: " + (state is IEnumerable<KeyValuePair<string, object>> pairs ? string.Join(", ", pairs.Select(p => p.Key + "=" + p.Value)) : state.ToString())));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
