namespace HistoryBot.Core.State;

/// <summary>A question remembered for the buttons under its answer.</summary>
public sealed record StoredQuestion(string Key, string Question, string? Language);
