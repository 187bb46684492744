using System.Globalization;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Feedback;

namespace HistoryBot.Core.State;

/// <summary>Votes under answers in the state database (table feedback), and reasons owed (feedback_pending).</summary>
public sealed class SqlFeedbackStore(IStateDatabase database, TimeProvider time) : IFeedbackStore
{
    public const int MaxReasonLength = 300;

    public async Task<VoteResult> CastAsync(FeedbackVote vote, CancellationToken cancellationToken = default)
    {
        var key = Key(vote.Platform, vote.UserId, vote.Answer);
        var existing = (await database.QueryAsync(
            "SELECT id, vote FROM feedback WHERE platform = @platform AND user_id = @user AND question_key = @question AND source_id = @source AND paragraph = @paragraph",
            key, reader => (Id: reader.Long(0), Vote: reader.Long(1)), cancellationToken)).FirstOrDefault();
        var now = Sql.Text(time.GetUtcNow());
        VoteOutcome outcome;
        long id;
        if (existing.Id == 0)
        {
            // Two presses at once: the second finds the first's row and becomes a change (or a no-op).
            id = Convert.ToInt64(await database.ScalarAsync("""
                INSERT INTO feedback(platform, chat_id, user_id, question_key, question, language, source_id, paragraph, vote, reason, at)
                VALUES(@platform, @chat, @user, @question, @text, @language, @source, @paragraph, @vote, NULL, @at)
                ON CONFLICT(platform, user_id, question_key, source_id, paragraph) DO UPDATE SET vote = excluded.vote, at = excluded.at
                RETURNING id
                """,
                [.. key, ("chat", vote.ChatId.Value), ("text", vote.Question), ("language", vote.Language), ("vote", (long)vote.Direction), ("at", now)],
                cancellationToken), CultureInfo.InvariantCulture);
            outcome = VoteOutcome.Cast;
        }
        else if (existing.Vote == (long)vote.Direction)
        {
            await database.ExecuteAsync("DELETE FROM feedback WHERE id = @id", [("id", existing.Id)], cancellationToken);
            (id, outcome) = (existing.Id, VoteOutcome.Withdrawn);
        }
        else
        {
            await database.ExecuteAsync("UPDATE feedback SET vote = @vote, reason = NULL, at = @at WHERE id = @id",
                [("id", existing.Id), ("vote", (long)vote.Direction), ("at", now)], cancellationToken);
            (id, outcome) = (existing.Id, VoteOutcome.Changed);
        }
        return new VoteResult(outcome, id, await TallyAsync(vote.Answer, cancellationToken));
    }

    public async Task<VoteTally> TallyAsync(AnswerRef answer, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync("""
            SELECT coalesce(sum(CASE WHEN vote > 0 THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN vote < 0 THEN 1 ELSE 0 END), 0)
            FROM feedback WHERE question_key = @question AND source_id = @source AND paragraph = @paragraph
            """,
            [("question", answer.QuestionKey), ("source", answer.SourceId.Value), ("paragraph", (long)answer.ParagraphNumber)],
            reader => new VoteTally((int)reader.Long(0), (int)reader.Long(1)), cancellationToken);
        return rows.FirstOrDefault();
    }

    public async Task<bool> SetReasonAsync(long voteId, Platform platform, UserId user, string reason, CancellationToken cancellationToken = default)
    {
        var text = reason.Trim();
        if (text.Length > MaxReasonLength)
            text = text[..MaxReasonLength];
        return await database.ExecuteAsync(
            "UPDATE feedback SET reason = @reason WHERE id = @id AND platform = @platform AND user_id = @user AND vote < 0",
            [("reason", text), ("id", voteId), ("platform", platform.ToString()), ("user", user.Value)], cancellationToken) == 1;
    }

    public Task ExpectReasonAsync(Platform platform, ChatId chat, UserId user, string data, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("""
            INSERT INTO feedback_pending(platform, chat_id, user_id, data, until_ms) VALUES(@platform, @chat, @user, @data, @until)
            ON CONFLICT(platform, chat_id, user_id) DO UPDATE SET data = excluded.data, until_ms = excluded.until_ms
            """,
            [("platform", platform.ToString()), ("chat", chat.Value), ("user", user.Value), ("data", data), ("until", until.ToUnixTimeMilliseconds())],
            cancellationToken);

    public async Task<string?> TakeExpectedReasonAsync(Platform platform, ChatId chat, UserId user, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // DELETE … RETURNING takes it exactly once, also when two replicas see the message.
        var rows = await database.QueryAsync(
            "DELETE FROM feedback_pending WHERE platform = @platform AND chat_id = @chat AND user_id = @user RETURNING data, until_ms",
            [("platform", platform.ToString()), ("chat", chat.Value), ("user", user.Value)],
            reader => (Data: reader.GetString(0), Until: reader.Long(1)), cancellationToken);
        return rows.Count == 1 && rows[0].Until > now.ToUnixTimeMilliseconds() ? rows[0].Data : null;
    }

    public async Task<IReadOnlyList<DownvotedAnswer>> DownvotesAsync(DateTimeOffset since, Platform? platform, ChatId? chat, CancellationToken cancellationToken = default)
    {
        var oneChat = platform is not null && chat is not null;
        return await database.QueryAsync($"""
            SELECT question, language, source_id, paragraph, at, reason FROM feedback
            WHERE vote < 0 AND at >= @since {(oneChat ? "AND platform = @platform AND chat_id = @chat" : "")}
            ORDER BY at DESC
            """,
            [("since", Sql.Text(since)), .. oneChat ? new (string, object?)[] { ("platform", platform.ToString()), ("chat", chat!.Value.Value) } : []],
            reader => new DownvotedAnswer(
                reader.GetString(0), reader.NullableString(1), new SourceId(reader.GetString(2)), (int)reader.Long(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture), reader.NullableString(5)),
            cancellationToken);
    }

    private static (string, object?)[] Key(Platform platform, UserId user, AnswerRef answer) =>
    [
        ("platform", platform.ToString()), ("user", user.Value), ("question", answer.QuestionKey),
        ("source", answer.SourceId.Value), ("paragraph", (long)answer.ParagraphNumber),
    ];
}
