using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Gaps;

/// <summary>The questions the sources did not answer, and the chats that get the weekly digest of them.</summary>
public interface IGapStore
{
    Task RecordUnansweredAsync(Platform platform, ChatId chat, string question, string language, CancellationToken cancellationToken = default);

    /// <summary>Unanswered questions since <paramref name="since"/>, of one chat when <paramref name="chat"/> is given.</summary>
    Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(DateTimeOffset since, Platform? platform, ChatId? chat, CancellationToken cancellationToken = default);

    Task SaveDigestAsync(GapDigest digest, CancellationToken cancellationToken = default);

    /// <summary>True when the chat had a weekly digest.</summary>
    Task<bool> RemoveDigestAsync(Platform platform, ChatId chat, CancellationToken cancellationToken = default);

    Task<GapDigest?> GetDigestAsync(Platform platform, ChatId chat, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GapDigest>> DigestsAsync(CancellationToken cancellationToken = default);
}
