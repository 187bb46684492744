using Microsoft.Extensions.Logging;

namespace HistoryBot.Testing;

/// <summary>
/// One captured log line: the formatted <see cref="Message"/>, its structured <see cref="Values"/>
/// and exception; <see cref="ToString"/> has all three, for checks on what an exception said.
/// </summary>
public sealed record LogEntry(LogLevel Level, string Category, string Message, string Values, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} | {Values}{(Exception is null ? "" : "\n" + Exception)}";
}
