using System.Globalization;
using HistoryBot.Core.Chat;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Decides whether a message is for the bot, and what text the chat core gets. Private chats:
/// everything. Groups: our commands (bare or "@ThisBot", never "@OtherBot"), mentions of us
/// (removed from the text) and replies to our messages; all other chatter is ignored.
/// </summary>
internal static class TelegramAddressing
{
    /// <summary>The text for the chat core, or null when the message is not for the bot.</summary>
    public static string? TextFor(Message message, User me, IReadOnlyCollection<string> commandNames) =>
        Address(message, me, commandNames)?.Text;

    /// <summary>
    /// The text for the chat core and whether someone else wrote it (a quoted or forwarded
    /// message, which is only ever a question), or null when the message is not for the bot.
    /// </summary>
    public static AddressedText? Address(Message message, User me, IReadOnlyCollection<string> commandNames)
    {
        if (Text(message, me, commandNames, out var quoted) is not { } text)
            return null;
        return new AddressedText(text, quoted || message.ForwardOrigin is not null);
    }

    private static string? Text(Message message, User me, IReadOnlyCollection<string> commandNames, out bool quoted)
    {
        quoted = false;
        if (message.From is { IsBot: true } || !(IsPrivate(message.Chat) || IsGroup(message.Chat)))
            return null;
        var text = message.Text ?? message.Caption ?? "";
        var entities = message.Entities ?? message.CaptionEntities ?? [];

        var command = CommandTarget(text, out var name, out var target);
        if (command && target is not null && !target.Equals(me.Username, StringComparison.OrdinalIgnoreCase))
            return null;
        if (IsPrivate(message.Chat))
            return text;
        if (command && (target is not null || commandNames.Contains(name, StringComparer.OrdinalIgnoreCase)))
            return text;

        if (RemoveMentions(text, entities, me) is { } withoutMention)
        {
            // "@HistoryBot" alone, in reply to someone's question, asks the bot to answer that question.
            if (withoutMention.Length == 0 && message.ReplyToMessage is { From.IsBot: false, Text: { Length: > 0 } other })
            {
                quoted = true;
                return other;
            }
            return withoutMention;
        }
        if (message.ReplyToMessage?.From?.Id == me.Id)
            return text;
        return null;
    }

    /// <summary>
    /// The text of a group message nobody addressed to the bot, for a chat whose settings make every
    /// message a question: plain text written by a person, not a command ("/…" or "!…": another bot's),
    /// nor a linked channel's post that Telegram copies into its discussion group.
    /// </summary>
    public static AddressedText? PlainGroupText(Message message)
    {
        if (!IsGroup(message.Chat) || message.From is not { IsBot: false } || message.ViaBot is not null || message.IsAutomaticForward
            || message.Text is not { } text || string.IsNullOrWhiteSpace(text) || text.TrimStart() is ['/' or '!', ..])
            return null;
        return new AddressedText(text.Trim(), message.ForwardOrigin is not null);
    }

    public static bool IsPrivate(Chat chat) => chat.Type == ChatType.Private;

    public static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;

    /// <summary>The Telegram chat id (a signed number) a core chat id holds, when it holds one.</summary>
    public static bool TryParseChatId(HistoryBot.Core.Chat.ChatId chat, out long chatId) =>
        long.TryParse(chat.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out chatId);

    /// <summary>How the bot names a user: @username, else the full name.</summary>
    public static string DisplayName(User user) =>
        user.Username is { Length: > 0 } ? "@" + user.Username : string.Join(' ', new[] { user.FirstName, user.LastName }.Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>The user's Telegram language when it is one the bot answers in ("fil" is Tagalog's standard form).</summary>
    public static string? LanguageHint(string? languageCode)
    {
        if (string.IsNullOrEmpty(languageCode))
            return null;
        var primary = languageCode.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "en" or "lt" or "ro" or "tl" => primary,
            "fil" => "tl",
            _ => null,
        };
    }

    /// <summary>True when the text starts with a command; <paramref name="target"/> is the bot named after '@', if any.</summary>
    private static bool CommandTarget(string text, out string name, out string? target)
    {
        name = "";
        target = null;
        if (!text.TrimStart().StartsWith('/') || !ChatBot.TryParseCommand(text, out name, out _))
            return false;
        var token = text.TrimStart().Split((char[]?)null, 2)[0];
        var at = token.IndexOf('@');
        if (at >= 0)
            target = token[(at + 1)..];
        return true;
    }

    /// <summary>The text without its mentions of the bot, or null when it does not mention the bot.</summary>
    private static string? RemoveMentions(string text, MessageEntity[] entities, User me)
    {
        var mentions = entities
            .Where(entity => entity.Offset >= 0 && entity.Length > 0 && entity.Offset + entity.Length <= text.Length)
            .Where(entity => entity.Type switch
            {
                MessageEntityType.Mention => me.Username is not null && text.Substring(entity.Offset, entity.Length).Equals("@" + me.Username, StringComparison.OrdinalIgnoreCase),
                MessageEntityType.TextMention => entity.User?.Id == me.Id,
                _ => false,
            })
            .OrderByDescending(entity => entity.Offset)
            .ToList();
        if (mentions.Count == 0)
            return null;
        foreach (var mention in mentions)
        {
            // "@Bot, when…" and "@Bot: when…": the punctuation belonged to the mention.
            var length = mention.Length;
            if (mention.Offset + length < text.Length && text[mention.Offset + length] is ',' or ':')
                length++;
            text = text.Remove(mention.Offset, length);
        }
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ':');
    }
}
