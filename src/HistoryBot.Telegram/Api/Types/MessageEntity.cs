namespace HistoryBot.Telegram.Api.Types;

/// <summary>A special part of a text; offsets and lengths count UTF-16 code units, like .NET strings.</summary>
public sealed record MessageEntity(string Type, int Offset, int Length, User? User = null);
