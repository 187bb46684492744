using HistoryBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Adapter;

/// <summary>Applies the later versions of a reply (progress of a long job) by editing the message that carries it.</summary>
internal static class ReplyUpdates
{
    public static async Task ApplyAsync(Reply reply, Func<Reply, CancellationToken, Task> edit, ILogger logger, CancellationToken cancellationToken)
    {
        if (reply.Updates is null)
            return;
        try
        {
            await foreach (var update in reply.Updates.WithCancellation(cancellationToken))
                await edit(update, cancellationToken);
        }
        catch (DiscordException ex)
        {
            // The first version was delivered; a failed edit (message deleted, token expired) ends the updates only.
            logger.LogWarning("Updating a Discord reply failed: {Error}", ex.Message);
        }
    }
}
