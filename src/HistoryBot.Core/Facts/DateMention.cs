namespace HistoryBot.Core.Facts;

/// <summary>A date found in a text, and where (in the folded text, which keeps the order of mentions).</summary>
public sealed record DateMention(FactDate Date, int Start, int Length);
