namespace HistoryBot.Core.Administration;

/// <summary>A removed document waiting in the trash: <see cref="Name"/> is its file name there.</summary>
public sealed record TrashedSource(string Name, string File, string Id, string? Title, DateTimeOffset RemovedAt);
