using System.Data.Common;
using System.Globalization;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Gaps;

namespace HistoryBot.Core.State;

/// <summary>Unanswered questions (table unanswered) and weekly gap digests (gap_digests) in the state database.</summary>
public sealed class SqlGapStore(IStateDatabase database, TimeProvider time) : IGapStore
{
    private const string DigestColumns = "platform, chat_id, all_chats, since_ms, set_by";

    public Task RecordUnansweredAsync(Platform platform, ChatId chat, string question, string language, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("INSERT INTO unanswered(at, platform, chat_id, question, language) VALUES(@at, @platform, @chat, @question, @language)",
            [("at", Sql.Text(time.GetUtcNow())), ("platform", platform.ToString()), ("chat", chat.Value), ("question", question), ("language", language)],
            cancellationToken);

    public async Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(DateTimeOffset since, Platform? platform, ChatId? chat, CancellationToken cancellationToken = default)
    {
        var oneChat = platform is not null && chat is not null;
        return await database.QueryAsync($"""
            SELECT question, language, at FROM unanswered
            WHERE at >= @since {(oneChat ? "AND platform = @platform AND chat_id = @chat" : "")}
            ORDER BY at DESC
            """,
            [("since", Sql.Text(since)), .. oneChat ? new (string, object?)[] { ("platform", platform.ToString()), ("chat", chat!.Value.Value) } : []],
            reader => new UnansweredQuestion(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)),
            cancellationToken);
    }

    public Task SaveDigestAsync(GapDigest digest, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync($"""
            INSERT INTO gap_digests({DigestColumns}) VALUES(@platform, @chat, @all, @since, @by)
            ON CONFLICT(platform, chat_id) DO UPDATE SET all_chats = excluded.all_chats, since_ms = excluded.since_ms, set_by = excluded.set_by
            """,
            [("platform", digest.Platform.ToString()), ("chat", digest.ChatId.Value), ("all", digest.AllChats ? 1L : 0L),
             ("since", digest.Since.ToUnixTimeMilliseconds()), ("by", digest.SetBy)],
            cancellationToken);

    public async Task<bool> RemoveDigestAsync(Platform platform, ChatId chat, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync("DELETE FROM gap_digests WHERE platform = @platform AND chat_id = @chat",
            [("platform", platform.ToString()), ("chat", chat.Value)], cancellationToken) > 0;

    public async Task<GapDigest?> GetDigestAsync(Platform platform, ChatId chat, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync($"SELECT {DigestColumns} FROM gap_digests WHERE platform = @platform AND chat_id = @chat",
            [("platform", platform.ToString()), ("chat", chat.Value)], Read, cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<GapDigest>> DigestsAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync($"SELECT {DigestColumns} FROM gap_digests ORDER BY platform, chat_id", [], Read, cancellationToken);

    private static GapDigest Read(DbDataReader reader) => new(
        Enum.Parse<Platform>(reader.GetString(0)),
        new ChatId(reader.GetString(1)),
        reader.Long(2) == 1,
        DateTimeOffset.FromUnixTimeMilliseconds(reader.Long(3)),
        reader.GetString(4));
}
