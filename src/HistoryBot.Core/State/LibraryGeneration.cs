namespace HistoryBot.Core.State;

/// <summary>One generation of the shared library: its number, when and by whom it was made.</summary>
public sealed record LibraryGeneration(long Number, DateTimeOffset? ChangedAt, string? ChangedBy);
