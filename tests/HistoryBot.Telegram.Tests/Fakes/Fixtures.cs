using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>Updates as Telegram sends them, entities included (bot_command, mention).</summary>
public static partial class Fixtures
{
    public const long GroupId = -1001234567890;
    public const long AliceId = 1001;
    public const long BobId = 1002;

    private static int _nextMessageId = 10;

    public static JsonObject Alice => User(AliceId, "Alice", "alice", "en");

    public static JsonObject Bob => User(BobId, "Bob", "bob_lt", "lt");

    public static JsonObject User(long id, string firstName, string? username = null, string? languageCode = null, bool isBot = false)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = firstName };
        if (username is not null)
            user["username"] = username;
        if (languageCode is not null)
            user["language_code"] = languageCode;
        return user;
    }

    public static JsonObject PrivateChat(JsonObject user) => new()
    {
        ["id"] = user["id"]!.GetValue<long>(),
        ["type"] = "private",
        ["first_name"] = user["first_name"]!.GetValue<string>(),
    };

    public static JsonObject Group(long id = GroupId) => new() { ["id"] = id, ["type"] = "supergroup", ["title"] = "History fans" };

    public static JsonObject Message(JsonObject chat, JsonObject from, string text, JsonObject? replyTo = null, int? messageId = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId ?? Interlocked.Increment(ref _nextMessageId),
            ["from"] = from.DeepClone(),
            ["chat"] = chat.DeepClone(),
            ["date"] = 1_774_944_000,
            ["text"] = text,
        };
        var entities = Entities(text);
        if (entities.Count > 0)
            message["entities"] = entities;
        if (replyTo is not null)
            message["reply_to_message"] = replyTo.DeepClone();
        return message;
    }

    public static JsonObject MessageUpdate(JsonObject message) => new() { ["message"] = message };

    public static JsonObject PrivateText(JsonObject user, string text) => MessageUpdate(Message(PrivateChat(user), user, text));

    public static JsonObject GroupText(JsonObject user, string text, JsonObject? replyTo = null) => MessageUpdate(Message(Group(), user, text, replyTo));

    public static JsonObject Callback(JsonObject from, JsonObject message, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = "cb-" + Interlocked.Increment(ref _nextMessageId),
            ["from"] = from.DeepClone(),
            ["message"] = message.DeepClone(),
            ["chat_instance"] = "instance-1",
            ["data"] = data,
        },
    };

    public static JsonObject MyChatMember(JsonObject chat, JsonObject from, string oldStatus, string newStatus) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = chat.DeepClone(),
            ["from"] = from.DeepClone(),
            ["date"] = 1_774_944_000,
            ["old_chat_member"] = new JsonObject { ["status"] = oldStatus, ["user"] = FakeBotApi.BotUser },
            ["new_chat_member"] = Member(newStatus),
        },
    };

    private static JsonObject Member(string status)
    {
        var member = new JsonObject { ["status"] = status, ["user"] = FakeBotApi.BotUser };
        if (status == "kicked")
            member["until_date"] = 0;
        return member;
    }

    /// <summary>The entities Telegram attaches: a leading /command and every @username.</summary>
    private static JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        if (CommandPattern().Match(text) is { Success: true } command)
            entities.Add(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = command.Length });
        foreach (Match mention in MentionPattern().Matches(text))
        {
            if (mention.Index > 0 && text[mention.Index - 1] is not (' ' or '\n' or ',' or '('))
                continue;
            entities.Add(new JsonObject { ["type"] = "mention", ["offset"] = mention.Index, ["length"] = mention.Length });
        }
        return entities;
    }

    [GeneratedRegex(@"^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?")]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"@[A-Za-z][A-Za-z0-9_]{3,31}")]
    private static partial Regex MentionPattern();
}
