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

    /// <summary>Everything typed here comes from the local user, the admin, in a private chat.</summary>
    private static readonly ChatOrigin Origin = new(Platform.Console, ChatId, LocalUser, Environment.UserName, ChatRole.Admin, ChatKind.Private);

    public async Task RunAsync(TextReader input, IAnsiConsole console, CancellationToken cancellationToken)
    {
        console.MarkupLine("[bold]HistoryBot[/] — ask a history question in English, Lithuanian, Romanian or Tagalog.");
        console.MarkupLine("[grey]Commands start with /: /help lists them. Type a button's number to press it; /quit or Ctrl+D leaves.[/]");
        console.WriteLine();
        IReadOnlyList<ReplyButton> buttons = [];
        while (!cancellationToken.IsCancellationRequested)
        {
            buttons = posts?.TakePostedButtons() ?? buttons;
            // The prompt names the buttons that can be pressed now, so a number is never a guess.
            console.Markup(buttons.Count switch
            {
                0 => "[green]>[/] ",
                1 => "[grey](1)[/] [green]>[/] ",
                _ => $"[grey](1-{buttons.Count})[/] [green]>[/] ",
            });
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
            var trimmed = line.Trim();
            if (IsButtonNumber(trimmed))
            {
                var number = int.Parse(trimmed, System.Globalization.CultureInfo.InvariantCulture);
                if (number < 1 || number > buttons.Count)
                {
                    console.MarkupLine(buttons.Count == 0
                        ? $"[yellow]There are no buttons to press right now; {number} is not a question I can answer. Ask a question or type /help.[/]"
                        : $"[yellow]There is no button {number}: type a number from 1 to {buttons.Count}.[/]");
                    console.WriteLine();
                    continue;
                }
                var action = new ChatAction(Origin, buttons[number - 1].Data);
                reply = await bot.HandleActionAsync(action, cancellationToken);
                if (reply.AskReason is { } ask)
                {
                    ConsoleRenderer.Render(console, reply);
                    buttons = reply.Buttons;
                    if (await AskReasonAsync(ask, input, console, cancellationToken) is not { } noted)
                        break;
                    ConsoleRenderer.Render(console, noted);
                    continue;
                }
            }
            else
            {
                var message = new ChatMessage(Origin, line);
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
            // "/dailyfact now" posts a fact with its own button and replies without one: the
            // post's button is the one on screen, so its number presses it.
            if (posts?.TakePostedButtons() is { Count: > 0 } posted && buttons.Count == 0)
                buttons = posted;
        }
    }

    /// <summary>A 👎's optional reason, typed at a prompt of its own; null when the input ended.</summary>
    private async Task<Reply?> AskReasonAsync(ReasonRequest ask, TextReader input, IAnsiConsole console, CancellationToken cancellationToken)
    {
        console.MarkupLine($"[bold]{Markup.Escape(ask.Title)}[/] [grey]{Markup.Escape(ask.Prompt)} Enter skips.[/]");
        console.Markup("[green]why>[/] ");
        string? line;
        try
        {
            line = await input.ReadLineAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        if (line is null)
            return null;
        return await bot.HandleActionAsync(new ChatAction(Origin, ask.Data, line.Trim()), cancellationToken);
    }

    /// <summary>One or two digits and nothing else: a button press. A year ("1954") is a question.</summary>
    private static bool IsButtonNumber(string text) => text.Length is 1 or 2 && text.All(char.IsAsciiDigit);
}
