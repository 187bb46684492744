using HistoryBot.Core.Chat;
using Spectre.Console;

namespace HistoryBot.ConsoleChat;

/// <summary>
/// Posts the bot starts itself (daily facts) to the terminal. The console chat asks for the
/// buttons of the latest post, so typing their number presses them like a reply's.
/// </summary>
internal sealed class ConsoleTransport(IAnsiConsole? console = null) : IChatTransport
{
    private readonly Lock _gate = new();
    private IReadOnlyList<ReplyButton>? _postedButtons;

    public Platform Platform => Platform.Console;

    public Task<DeliveryResult> SendAsync(ChatId chat, Reply reply, CancellationToken cancellationToken = default)
    {
        var target = console ?? AnsiConsole.Console;
        lock (_gate)
        {
            // The post may arrive while the prompt waits for input: start on a line of its own.
            target.WriteLine();
            target.MarkupLine($"[grey]Posted to {Markup.Escape(chat.Value)}:[/]");
            ConsoleRenderer.Render(target, reply);
            _postedButtons = reply.Buttons;
        }
        return Task.FromResult(DeliveryResult.Sent);
    }

    /// <summary>The buttons of a post made since the last call, or null when there was none.</summary>
    public IReadOnlyList<ReplyButton>? TakePostedButtons()
    {
        lock (_gate)
        {
            var buttons = _postedButtons;
            _postedButtons = null;
            return buttons;
        }
    }
}
