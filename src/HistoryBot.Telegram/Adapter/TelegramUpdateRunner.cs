using HistoryBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Runs each update exactly once, whether polled or posted to the webhook: claims it in the state
/// store first (a redelivered id is skipped, also after a restart), isolates failures (one bad
/// update never stops the others), and marks it done afterwards; what an update means is the
/// <see cref="TelegramUpdateTranslator"/>'s part. An update interrupted by shutdown stays
/// unfinished, so it is run again.
/// </summary>
internal sealed class TelegramUpdateRunner(
    TelegramUpdateTranslator translator,
    ITelegramStateStore store,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateRunner> logger)
{
    public async Task RunOnceAsync(Update update, CancellationToken cancellationToken = default)
    {
        if (!await store.TryBeginAsync(update.Id, cancellationToken))
        {
            logger.LogInformation("Telegram update {UpdateId} was handled already; not answering it twice", update.Id);
            return;
        }
        logger.LogDebug("Handling Telegram update {UpdateId} ({Kind}) in chat {ChatId}", update.Id, update.Type, ChatOf(update));
        try
        {
            await translator.TranslateAsync(update, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the claim goes back so the next process (or another replica) answers it at once.
            await store.AbandonAsync(update.Id, CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            // Marked done all the same: an update that fails every time must not block the ones after it.
            logger.LogError(ex, "Handling Telegram update {UpdateId} ({Kind}) in chat {ChatId} failed", update.Id, update.Type, ChatOf(update));
        }
        await store.CompleteAsync(update.Id, CancellationToken.None);
    }

    /// <summary>
    /// A batch from GetUpdates: chats in parallel (up to Telegram:MaxConcurrentUpdates), each
    /// chat's updates in order, so answers in one chat keep the order of the questions.
    /// </summary>
    public Task RunBatchAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken = default)
    {
        var byChat = updates
            .OrderBy(update => update.Id)
            .GroupBy(update => ChatOf(update) ?? -update.Id)
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentUpdates, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(byChat, parallel, async (chat, token) =>
        {
            foreach (var update in chat)
                await RunOnceAsync(update, token);
        });
    }

    /// <summary>The chat an update belongs to, for ordering and logs.</summary>
    private static long? ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.MyChatMember?.Chat.Id;
}
