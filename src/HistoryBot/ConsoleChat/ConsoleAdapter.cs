using HistoryBot.Core.Chat;
using Spectre.Console;

namespace HistoryBot.ConsoleChat;

/// <summary>
/// The embedded default adapter: chat with the bot in a terminal, no token needed. The local
/// user is the bot's admin. Typing a button's number presses it.
/// </summary>
internal sealed class ConsoleAdapter(IChatBot bot, ConsoleTransport? posts = null)
{
    public static readonly ChatId ChatId = new("console");
    private static readonly UserId LocalUser = new("local");

    public async Task RunAsync(TextReader input, IAnsiConsole console, CancellationToken cancellationToken)
    {
        console.MarkupLine("[bold]HistoryBot[/] — ask a history question in English, Lithuanian, Romanian or Tagalog.");
        console.MarkupLine("[grey]Commands start with /: /help lists them. Type a button's number to press it; /quit or Ctrl+D leaves.[/]");
        console.WriteLine();
        IReadOnlyList<ReplyButton> buttons = [];
        while (!cancellationToken.IsCancellationRequested)
        {
            console.Markup("[green]>[/] ");
            string? line;
            try
            {
                line = await input.ReadLineAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (line is null || line.Trim() is "/quit" or "/exit" or "quit" or "exit")
                break;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            buttons = posts?.TakePostedButtons() ?? buttons;

            Reply reply;
            if (int.TryParse(line.Trim(), out var number) && number >= 1 && number <= buttons.Count)
            {
                var action = new ChatAction(Platform.Console, ChatId, LocalUser, Environment.UserName, ChatRole.Admin, ChatKind.Private, buttons[number - 1].Data);
                reply = await bot.HandleActionAsync(action, cancellationToken);
            }
            else
            {
                var message = new ChatMessage(Platform.Console, ChatId, LocalUser, Environment.UserName, ChatRole.Admin, ChatKind.Private, line);
                reply = await bot.HandleAsync(message, cancellationToken);
            }
            ConsoleRenderer.Render(console, reply);
            buttons = reply.Buttons;
            if (reply.Updates is not null)
            {
                await foreach (var update in reply.Updates.WithCancellation(cancellationToken))
                {
                    ConsoleRenderer.Render(console, update);
                    buttons = update.Buttons;
                }
            }
        }
    }
}
