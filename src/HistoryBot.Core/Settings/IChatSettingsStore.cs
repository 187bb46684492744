using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Settings;

/// <summary>Each chat's <see cref="ChatSettings"/> in the state database. Read through <see cref="ChatSettingsCache"/>.</summary>
public interface IChatSettingsStore
{
    /// <summary>The chat's settings, or null when nobody set any.</summary>
    Task<ChatSettings?> GetAsync(Platform platform, ChatId chat, CancellationToken cancellationToken = default);

    Task SaveAsync(Platform platform, ChatId chat, ChatSettings settings, CancellationToken cancellationToken = default);
}
