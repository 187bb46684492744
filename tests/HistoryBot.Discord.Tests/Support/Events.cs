using System.Text.Json.Nodes;
using HistoryBot.Discord.Tests.Fakes;

namespace HistoryBot.Discord.Tests.Support;

/// <summary>Gateway event payloads written by hand from Discord's docs (the OpenAPI spec has no schema for them).</summary>
internal static class Events
{
    public static readonly Snowflake Guild = new(500000000000000005);
    public static readonly Snowflake Channel = new(600000000000000006);
    public static readonly Snowflake DmChannel = new(600000000000000066);
    public static readonly Snowflake Asker = new(700000000000000007);
    public static readonly Snowflake Admin = new(900000000000000009);

    /// <summary>VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY: an ordinary member.</summary>
    public const string MemberPermissions = "68608";

    /// <summary>An ordinary member plus MANAGE_MESSAGES.</summary>
    public const string ModeratorPermissions = "76800";

    public static string TokenOf(Snowflake interaction) => $"interaction-token-{interaction}";

    public static JsonObject User(Snowflake id, string name = "asker", bool bot = false) => new()
    {
        ["id"] = id.ToString(),
        ["username"] = name,
        ["global_name"] = name == "asker" ? "Asker" : null,
        ["discriminator"] = "0",
        ["bot"] = bot,
    };

    public static JsonObject SlashCommand(Snowflake id, string name, string? option = null, string? value = null,
        bool direct = false, string permissions = MemberPermissions, Snowflake? user = null, string locale = "en-US", int optionType = 3, JsonObject? resolved = null)
    {
        var data = new JsonObject { ["id"] = "800000000000000008", ["name"] = name, ["type"] = 1 };
        if (option is not null)
            data["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = optionType, ["value"] = value });
        if (resolved is not null)
            data["resolved"] = resolved;
        return Interaction(id, 2, data, direct, permissions, user ?? Asker, locale);
    }

    public static JsonObject ButtonPress(Snowflake id, string customId, bool direct = false, string permissions = MemberPermissions, Snowflake? user = null)
    {
        var interaction = Interaction(id, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, direct, permissions, user ?? Asker, "en-US");
        interaction["message"] = new JsonObject { ["id"] = "410000000000000041", ["channel_id"] = (direct ? DmChannel : Channel).ToString(), ["content"] = "" };
        return interaction;
    }

    /// <summary>A submitted modal whose one text input (inside a label, as the bot builds it) holds <paramref name="value"/>.</summary>
    public static JsonObject ModalSubmit(Snowflake id, string customId, string value, Snowflake? user = null)
    {
        var input = new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = "reason", ["value"] = value };
        var data = new JsonObject { ["custom_id"] = customId, ["components"] = new JsonArray(new JsonObject { ["type"] = 18, ["id"] = 1, ["component"] = input }) };
        return Interaction(id, 5, data, false, MemberPermissions, user ?? Asker, "en-US");
    }

    public static JsonObject Message(Snowflake id, string content, bool mentionBot = false, bool direct = false, bool fromBot = false,
        bool fromWebhook = false, Snowflake? author = null, bool replyToBot = false)
    {
        var message = new JsonObject
        {
            ["id"] = id.ToString(),
            ["channel_id"] = (direct ? DmChannel : Channel).ToString(),
            ["author"] = User(author ?? Asker, fromBot ? "somebot" : "asker", fromBot),
            ["content"] = content,
            ["timestamp"] = "2026-03-31T08:00:00.000000+00:00",
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = mentionBot ? new JsonArray(User(new Snowflake(200000000000000002), "HistoryBot", bot: true)) : new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["type"] = replyToBot ? 19 : 0,
        };
        if (!direct)
        {
            message["guild_id"] = Guild.ToString();
            message["member"] = new JsonObject { ["roles"] = new JsonArray(), ["joined_at"] = "2025-01-01T00:00:00+00:00" };
        }
        if (fromWebhook)
            message["webhook_id"] = "110000000000000011";
        if (replyToBot)
            message["referenced_message"] = new JsonObject
            {
                ["id"] = "420000000000000042",
                ["channel_id"] = Channel.ToString(),
                ["author"] = User(new Snowflake(200000000000000002), "HistoryBot", bot: true),
                ["content"] = "",
            };
        return message;
    }

    private static JsonObject Interaction(Snowflake id, int type, JsonObject data, bool direct, string permissions, Snowflake user, string locale)
    {
        var interaction = new JsonObject
        {
            ["id"] = id.ToString(),
            ["application_id"] = FakeDiscord.ApplicationIdValue.ToString(),
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = (direct ? DmChannel : Channel).ToString(),
            ["token"] = TokenOf(id),
            ["version"] = 1,
            ["locale"] = locale,
            ["app_permissions"] = "2251799813685247",
            ["context"] = direct ? 1 : 0,
        };
        if (direct)
            interaction["user"] = User(user);
        else
        {
            interaction["guild_id"] = Guild.ToString();
            interaction["guild_locale"] = "en-US";
            interaction["member"] = new JsonObject
            {
                ["user"] = User(user),
                ["roles"] = new JsonArray(),
                ["permissions"] = permissions,
                ["joined_at"] = "2025-01-01T00:00:00+00:00",
            };
        }
        return interaction;
    }
}
