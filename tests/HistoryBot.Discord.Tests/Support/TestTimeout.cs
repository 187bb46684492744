namespace HistoryBot.Discord.Tests.Support;

/// <summary>Every async test runs under one of these, so a hang fails in seconds instead of stalling the run.</summary>
internal static class TestTimeout
{
    public static CancellationTokenSource Start(int seconds = 10) => new(TimeSpan.FromSeconds(seconds));
}
