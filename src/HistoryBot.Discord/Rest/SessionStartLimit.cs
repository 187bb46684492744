namespace HistoryBot.Discord.Rest;

/// <summary>Identify budget: <see cref="Remaining"/> of <see cref="Total"/> until <see cref="ResetAfter"/> ms; <see cref="MaxConcurrency"/> per 5 s.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
