using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Settings;

/// <summary>
/// Where and how the bot speaks in one chat, as its moderators set it with /settings: which
/// plain messages are questions, the chat's default answer language (null: the question's own,
/// else the asker's app language), and whether long answers go into a thread.
/// </summary>
public sealed record ChatSettings(QuestionMode Questions, string? Language, bool Threads, DateTimeOffset? ChangedAt = null, string? ChangedBy = null)
{
    /// <summary>A reply whose text is longer than this is "long" for <see cref="Threads"/>.</summary>
    public const int LongReplyCharacters = 400;

    public static ChatSettings Default { get; } = new(QuestionMode.Mentions, null, false);

    /// <summary>Whether this reply goes into a thread (Discord) or hangs under the question (Telegram).</summary>
    public bool ThreadsReply(Reply reply) => Threads && IsLong(reply);

    /// <summary>Long: an answer or information of more than <see cref="LongReplyCharacters"/> characters; errors and refusals never are.</summary>
    public static bool IsLong(Reply reply) =>
        reply.Kind is ReplyKind.Answer or ReplyKind.NotFound or ReplyKind.Info && reply.ToMarkdown().Length > LongReplyCharacters;
}
