using Telegram.Bot.Types;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Who the bot is on Telegram (GetMe): needed to tell "/ask@ThisBot" from "/ask@OtherBot",
/// mentions of us and replies to us. Updates wait for it, since a webhook may deliver before
/// GetMe has answered.
/// </summary>
internal sealed class TelegramBotIdentity
{
    private readonly TaskCompletionSource<User> _known = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public User? Current => _known.Task.IsCompletedSuccessfully ? _known.Task.Result : null;

    public void Set(User me) => _known.TrySetResult(me);

    public Task<User> WaitAsync(CancellationToken cancellationToken = default) => _known.Task.WaitAsync(cancellationToken);
}
