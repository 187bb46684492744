using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Tests.Facts;

/// <summary>A message the transport mock was asked to send, and when (on the fake clock).</summary>
public sealed record SentPost(ChatId Chat, Reply Reply, DateTimeOffset At);
