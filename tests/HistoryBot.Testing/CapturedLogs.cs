using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Testing;

/// <summary>
/// Keeps every log line of the code under test, at every level, so a test can check what was
/// logged and that no secret was. Add it to a host (<c>builder.Logging.AddProvider(logs)</c>) or
/// hand <see cref="For{T}"/> to a class built by hand.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>Every entry in full — message, structured values, exception — one a line: what a secret check searches.</summary>
    public string All => string.Join("\n", _entries);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <summary>A logger for one class, writing here.</summary>
    public ILogger<T> For<T>() => new Logger<T>(_entries);

    public void Dispose()
    {
    }

    private class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The state's values too: a token passed as a structured argument would hide there.
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                : "";
            entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception), values, exception));
        }
    }

    private sealed class Logger<T>(ConcurrentQueue<LogEntry> entries) : Logger(typeof(T).FullName ?? typeof(T).Name, entries), ILogger<T>;
}
