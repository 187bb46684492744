namespace HistoryBot.Telegram.Client;

/// <summary>Exponential back-off: base, 2×base, 4×base… capped at the maximum.</summary>
internal static class Backoff
{
    /// <param name="failures">Failures so far, 1 for the first.</param>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ticks = Math.Min(baseDelay.Ticks * Math.Pow(2, exponent), maxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
