using System.Data.Common;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;

namespace HistoryBot.Core.State;

/// <summary>Each chat's settings (table chat_settings) in the state database.</summary>
public sealed class SqlChatSettingsStore(IStateDatabase database) : IChatSettingsStore
{
    /// <summary>Stored for the chat language "auto" (the question's own language).</summary>
    private const string AutoLanguage = "auto";

    public async Task<ChatSettings?> GetAsync(Platform platform, ChatId chat, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync("""
            SELECT questions, language, threads, changed_ms, changed_by FROM chat_settings WHERE platform = @platform AND chat_id = @chat
            """,
            [("platform", platform.ToString()), ("chat", chat.Value)], Read, cancellationToken)).FirstOrDefault();

    public Task SaveAsync(Platform platform, ChatId chat, ChatSettings settings, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("""
            INSERT INTO chat_settings(platform, chat_id, questions, language, threads, changed_ms, changed_by)
            VALUES(@platform, @chat, @questions, @language, @threads, @changed, @by)
            ON CONFLICT(platform, chat_id) DO UPDATE SET questions = excluded.questions, language = excluded.language,
                threads = excluded.threads, changed_ms = excluded.changed_ms, changed_by = excluded.changed_by
            """,
            [("platform", platform.ToString()), ("chat", chat.Value), ("questions", settings.Questions.ToString().ToLowerInvariant()),
             ("language", settings.Language ?? AutoLanguage), ("threads", settings.Threads ? 1L : 0L),
             ("changed", (settings.ChangedAt ?? DateTimeOffset.UnixEpoch).ToUnixTimeMilliseconds()), ("by", settings.ChangedBy ?? "")],
            cancellationToken);

    private static ChatSettings Read(DbDataReader reader) => new(
        Enum.TryParse<QuestionMode>(reader.GetString(0), ignoreCase: true, out var questions) ? questions : QuestionMode.Mentions,
        reader.GetString(1) is var language && Text.Language.IsSupported(language) ? language : null,
        reader.Long(2) == 1,
        DateTimeOffset.FromUnixTimeMilliseconds(reader.Long(3)),
        reader.GetString(4) is { Length: > 0 } by ? by : null);
}
