namespace HistoryBot.Core.Gaps;

/// <summary>
/// Questions of one language worded alike: the most common wording, how often they were asked,
/// in how many wordings, and when last. For 👎 answers also the answer (source and paragraph)
/// and the reasons given.
/// </summary>
public sealed record GapGroup(
    string Language,
    string Wording,
    int Count,
    int Wordings,
    DateTimeOffset LastAsked,
    string? Answer = null,
    IReadOnlyList<string>? Reasons = null);
