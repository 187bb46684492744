namespace HistoryBot.Core.Chat;

/// <summary>The last known state of one platform adapter (or one Discord shard).</summary>
public sealed record AdapterConnection(string Name, bool Connected, string? Detail, DateTimeOffset Since);
