namespace HistoryBot.Discord;

/// <summary>
/// Section "Discord". The adapter runs only when <see cref="Token"/> is set (environment
/// HISTORYBOT_Discord__Token or user secrets, never appsettings.json).
/// </summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token from the Developer Portal (Bot → Reset Token), without the "Bot " prefix.</summary>
    public string? Token { get; init; }

    /// <summary>The REST base URL, API version included.</summary>
    public string ApiBaseUrl { get; init; } = DefaultApiBaseUrl;

    /// <summary>The gateway to connect to; by default the one GET /gateway/bot names.</summary>
    public string? GatewayUrl { get; init; }

    /// <summary>
    /// Discord user ids of the bot's admins (reindex, sources, status). A list, or one string
    /// with ids separated by commas or spaces (handy in an environment variable).
    /// </summary>
    public string[] AdminUserIds { get; init; } = [];

    /// <summary>Run only this shard (several processes share the bot); needs <see cref="ShardCount"/>.</summary>
    public int? ShardId { get; init; }

    /// <summary>The total number of shards; by default what GET /gateway/bot recommends.</summary>
    public int? ShardCount { get; init; }

    /// <summary>
    /// Ask Discord for the text of every server message (the privileged Message Content intent),
    /// which channels where every message is a question (/settings questions all) need. Turn the
    /// intent on in the Developer Portal (Bot → Message Content Intent) first: without it Discord
    /// refuses the connection (4014).
    /// </summary>
    public bool MessageContentIntent { get; init; }

    /// <summary>Register the slash commands in this server only (they update at once; for trying changes).</summary>
    public string? CommandGuildId { get; init; }

    /// <summary>The admins, parsed. Call after validation.</summary>
    public IReadOnlySet<Snowflake> AdminIds() =>
        SplitIds(AdminUserIds).Select(Snowflake.Parse).ToHashSet();

    internal static IEnumerable<string> SplitIds(IEnumerable<string> values) =>
        values.SelectMany(value => value.Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
