using System.Text.Json;
using HistoryBot.Discord.Gateway;
using HistoryBot.Discord.Models;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Takes the shards' dispatches: decides at once (on the read loop, cheaply) whether an event
/// is for us, then answers it in the background. A bad event is logged by id and skipped.
/// </summary>
internal sealed class DiscordEventRouter(
    InteractionResponder interactions,
    MessageResponder messages,
    InFlightTracker inFlight,
    ILogger<DiscordEventRouter> logger) : IGatewayDispatchSink
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;
    private long _botUser;

    /// <summary>The bot's own user id, from READY (or the application, before the gateway connects).</summary>
    public Snowflake? BotUser
    {
        get => Interlocked.Read(ref _botUser) is var id and > 0 ? new Snowflake((ulong)id) : null;
        set => Interlocked.Exchange(ref _botUser, (long)(value?.Value ?? 0));
    }

    public void Accept(GatewayDispatch dispatch)
    {
        try
        {
            switch (dispatch.Event)
            {
                case "READY":
                    BotUser = dispatch.Data.Deserialize(Json.ReadyEvent)?.User.Id;
                    break;
                case "INTERACTION_CREATE":
                    var interaction = dispatch.Data.Deserialize(Json.Interaction);
                    if (interaction is null || !InteractionResponder.IsHandled(interaction))
                        return;
                    Start($"interaction {interaction.Id}", token => interactions.HandleAsync(interaction, token));
                    break;
                case "MESSAGE_CREATE":
                    var message = dispatch.Data.Deserialize(Json.DiscordMessage);
                    if (message is null)
                        return;
                    if (messages.Translate(message, BotUser) is { } chat)
                        Start($"message {message.Id}", token => messages.HandleAsync(message, chat, token));
                    // Whether the channel takes every message as a question is read off the loop.
                    else if (messages.TranslatePlain(message, BotUser) is { } plain)
                        Start($"message {message.Id}", token => messages.HandlePlainAsync(message, plain, token));
                    break;
            }
        }
        catch (JsonException ex)
        {
            // The payload is not logged: it holds user text and, for interactions, a token.
            logger.LogWarning("Skipped a {Event} (sequence {Sequence}) that could not be read: {Error}", dispatch.Event, dispatch.Sequence, ex.Message);
        }
    }

    private void Start(string what, Func<CancellationToken, Task> work)
    {
        if (!inFlight.TryStart(what, work))
            logger.LogDebug("Shutting down; {What} is left for a later run", what);
    }
}
