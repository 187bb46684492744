using HistoryBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Starts the thread a long answer goes into (/settings threads on): a public thread from the
/// question's message, named after the question. Null when Discord refuses (no Create Public
/// Threads permission, a message already in a thread or a forum), so the caller answers in place.
/// </summary>
internal sealed class AnswerThreads(IDiscordRestApi rest, ILogger<AnswerThreads> logger)
{
    /// <summary>Discord's limit on a thread's name.</summary>
    private const int MaxName = 100;

    public async Task<Snowflake?> StartAsync(Snowflake channel, Snowflake message, string question, CancellationToken cancellationToken)
    {
        var name = string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length > MaxName)
            name = name[..(MaxName - 1)] + "…";
        try
        {
            var thread = await rest.StartThreadFromMessageAsync(channel, message, new StartThreadRequest(name.Length == 0 ? "Answer" : name), cancellationToken);
            return thread.Id;
        }
        catch (DiscordException ex)
        {
            logger.LogWarning("Could not start a thread from message {Message} in channel {Channel} ({Error}); answering in the channel", message, channel, ex.Message);
            return null;
        }
    }
}
