using Microsoft.Extensions.Options;

namespace HistoryBot.Discord;

/// <summary>Checks the Discord section on start, with messages that name the key to fix.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        var token = options.Token?.Trim() ?? "";
        if (token.Length == 0)
            errors.Add("Discord:Token is empty. Set it to the bot token from the Discord Developer Portal (environment HISTORYBOT_Discord__Token).");
        else if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            errors.Add("Discord:Token starts with 'Bot '. Give the bare token; HistoryBot adds the prefix itself.");
        else if (token.Any(char.IsWhiteSpace))
            errors.Add("Discord:Token contains white space; copy the token again from the Developer Portal.");

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
            errors.Add($"Discord:ApiBaseUrl must be an absolute http(s) URL such as {DiscordOptions.DefaultApiBaseUrl}.");
        if (options.GatewayUrl is { Length: > 0 } gateway
            && (!Uri.TryCreate(gateway, UriKind.Absolute, out var gatewayUri) || gatewayUri.Scheme is not ("wss" or "ws")))
            errors.Add("Discord:GatewayUrl must be an absolute ws(s) URL such as wss://gateway.discord.gg, or empty to ask Discord.");

        foreach (var id in DiscordOptions.SplitIds(options.AdminUserIds))
        {
            if (!Snowflake.TryParse(id, out _))
                errors.Add($"Discord:AdminUserIds contains '{id}', which is not a Discord user id (Developer Mode → right-click a user → Copy User ID).");
        }
        if (options.CommandGuildId is { Length: > 0 } guild && !Snowflake.TryParse(guild, out _))
            errors.Add($"Discord:CommandGuildId '{guild}' is not a Discord server id.");

        if (options.ShardCount is < 1)
            errors.Add("Discord:ShardCount must be at least 1.");
        if (options.ShardId is { } shard)
        {
            if (options.ShardCount is null)
                errors.Add("Discord:ShardId needs Discord:ShardCount (the total number of shards).");
            else if (shard < 0 || shard >= options.ShardCount)
                errors.Add($"Discord:ShardId must be between 0 and Discord:ShardCount - 1 ({options.ShardCount - 1}).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
