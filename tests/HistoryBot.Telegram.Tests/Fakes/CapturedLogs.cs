using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>Every log line of the host under test, formatted, with exceptions in full (ToString).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Text)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Text)> Lines => _lines.ToList();

    public string All => string.Join("\n", _lines.Select(line => $"{line.Level} {line.Category}: {line.Text}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception);
            if (exception is not null)
                text += "\n" + exception;
            owner._lines.Enqueue((logLevel, category, text));
        }
    }
}
