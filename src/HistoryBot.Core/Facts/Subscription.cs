namespace HistoryBot.Core.Facts;

/// <summary>
/// A chat's daily fact: posted every day at <see cref="Time"/> in <see cref="TimeZoneId"/>, in
/// <see cref="Language"/> when the sources allow. Slots due before <see cref="Since"/> (when it
/// was last set) are never posted, so setting 09:00 at noon starts tomorrow, not at once.
/// </summary>
public sealed record Subscription(
    ChannelKey Channel,
    TimeOnly Time,
    string TimeZoneId,
    string Language,
    bool Active,
    DateTimeOffset Since,
    string SetBy,
    string? InactiveReason = null);
