namespace HistoryBot.Core.Facts;

/// <summary>A process's request to take a chat's post for a local day, with the fact it chose.</summary>
public sealed record PostClaim(
    ChannelKey Channel,
    DateOnly LocalDate,
    FactId FactId,
    int Cycle,
    bool OnThisDay,
    string Owner,
    DateTimeOffset Now,
    DateTimeOffset LeaseUntil);
