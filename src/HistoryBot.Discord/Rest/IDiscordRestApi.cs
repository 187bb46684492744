using HistoryBot.Discord.Models;

namespace HistoryBot.Discord.Rest;

/// <summary>The REST calls HistoryBot makes; the seam a test or another client library can replace.</summary>
internal interface IDiscordRestApi
{
    Task<ApplicationInfo> GetApplicationAsync(CancellationToken cancellationToken = default);

    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces all slash commands, globally or (with <paramref name="guild"/>) in one server.</summary>
    Task OverwriteCommandsAsync(Snowflake application, Snowflake? guild, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken = default);

    /// <summary>The first response to an interaction; due within 3 s of it.</summary>
    Task RespondAsync(Snowflake interaction, string token, InteractionResponse response, CancellationToken cancellationToken = default);

    /// <summary>Answers a button press by opening a modal.</summary>
    Task RespondWithModalAsync(Snowflake interaction, string token, ModalResponse response, CancellationToken cancellationToken = default);

    Task<DiscordMessage> EditOriginalResponseAsync(Snowflake application, string token, MessagePayload message, CancellationToken cancellationToken = default);

    Task DeleteOriginalResponseAsync(Snowflake application, string token, CancellationToken cancellationToken = default);

    Task<DiscordMessage> CreateFollowupAsync(Snowflake application, string token, MessagePayload message, CancellationToken cancellationToken = default);

    Task<DiscordMessage> EditFollowupAsync(Snowflake application, string token, Snowflake message, MessagePayload payload, CancellationToken cancellationToken = default);

    Task<DiscordMessage> CreateMessageAsync(Snowflake channel, MessagePayload message, CancellationToken cancellationToken = default);

    /// <summary>Starts a public thread from a channel message (the thread's id is the message's); the message stays where it is.</summary>
    Task<DiscordChannel> StartThreadFromMessageAsync(Snowflake channel, Snowflake message, StartThreadRequest thread, CancellationToken cancellationToken = default);

    Task<DiscordMessage> EditMessageAsync(Snowflake channel, Snowflake message, MessagePayload payload, CancellationToken cancellationToken = default);
}
