using HistoryBot.Telegram.Api.Types;
using HistoryBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Handles each update once: claims it in the state store first (a redelivered id is skipped,
/// also after a restart), isolates failures (one bad update never stops the others), and marks
/// it done afterwards. An update interrupted by shutdown stays unfinished, so it is handled again.
/// </summary>
internal sealed class TelegramUpdateProcessor(
    TelegramUpdateHandler handler,
    ITelegramStateStore store,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateProcessor> logger)
{
    public async Task ProcessAsync(Update update, CancellationToken cancellationToken = default)
    {
        if (!await store.TryBeginAsync(update.UpdateId, cancellationToken))
        {
            logger.LogInformation("Telegram update {UpdateId} was handled already; not answering it twice", update.UpdateId);
            return;
        }
        logger.LogDebug("Handling Telegram update {UpdateId} ({Kind}) in chat {ChatId}", update.UpdateId, update.Kind, update.ChatId);
        try
        {
            await handler.HandleAsync(update, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the claim goes back so the next process (or another replica) answers it at once.
            await store.AbandonAsync(update.UpdateId, CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            // Marked done all the same: an update that fails every time must not block the ones after it.
            logger.LogError(ex, "Handling Telegram update {UpdateId} ({Kind}) in chat {ChatId} failed", update.UpdateId, update.Kind, update.ChatId);
        }
        await store.CompleteAsync(update.UpdateId, CancellationToken.None);
    }

    /// <summary>
    /// A batch from getUpdates: chats in parallel (up to Telegram:MaxConcurrentUpdates), each
    /// chat's updates in order, so answers in one chat keep the order of the questions.
    /// </summary>
    public Task ProcessBatchAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken = default)
    {
        var byChat = updates
            .OrderBy(update => update.UpdateId)
            .GroupBy(update => update.ChatId ?? -update.UpdateId)
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentUpdates, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(byChat, parallel, async (chat, token) =>
        {
            foreach (var update in chat)
                await ProcessAsync(update, token);
        });
    }
}
