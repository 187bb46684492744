namespace HistoryBot.Core.Facts;

/// <summary>
/// The record of one chat's post for one local day, written before sending and updated after.
/// <see cref="IdempotencyKey"/> ("telegram:-100123:2026-03-31") makes the day's slot unique.
/// </summary>
public sealed record DailyPost(
    ChannelKey Channel,
    DateOnly LocalDate,
    FactId FactId,
    int Cycle,
    bool OnThisDay,
    DailyPostState Status,
    string Owner,
    int Attempts,
    DateTimeOffset ClaimedAt,
    DateTimeOffset LeaseUntil,
    DateTimeOffset? FinishedAt,
    DateTimeOffset? RetryAt,
    string? Detail)
{
    public string IdempotencyKey => KeyOf(Channel, LocalDate);

    public static string KeyOf(ChannelKey channel, DateOnly localDate) =>
        $"{channel}:{localDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
