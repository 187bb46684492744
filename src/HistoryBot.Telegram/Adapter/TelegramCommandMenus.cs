using System.Text.RegularExpressions;
using HistoryBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// The "/" menus (SetMyCommands): member commands for everyone, moderator commands added for chat
/// administrators, everything for the bot's admins in their private chats; each in English
/// (the fallback) and in Lithuanian, Romanian and Tagalog. Menus only show commands: every
/// command's role is still checked by the core when it runs.
/// </summary>
internal sealed partial class TelegramCommandMenus(ITelegramBotClient telegram, IChatBot bot, IOptions<TelegramOptions> options, ILogger<TelegramCommandMenus> logger)
{
    public static readonly IReadOnlyList<string> Languages = ["lt", "ro", "tl"];

    private const int MaxDescriptionLength = 256;

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandPattern();

    public async Task RegisterAsync(CancellationToken cancellationToken = default)
    {
        var commands = bot.Commands.Where(command => CommandPattern().IsMatch(command.Name)).ToList();
        foreach (var skipped in bot.Commands.Except(commands))
            logger.LogWarning("Command /{Command} is not a valid Telegram command name; left out of the menu", skipped.Name);

        await SetAsync(commands.Where(command => command.MinimumRole == ChatRole.Member).ToList(), BotCommandScope.Default(), cancellationToken);
        await SetAsync(commands.Where(command => command.MinimumRole <= ChatRole.Moderator).ToList(), BotCommandScope.AllChatAdministrators(), cancellationToken);
        foreach (var admin in options.Value.AdminUserIds)
            await SetAsync(commands, BotCommandScope.Chat(admin), cancellationToken);
    }

    private async Task SetAsync(IReadOnlyList<CommandInfo> commands, BotCommandScope scope, CancellationToken cancellationToken)
    {
        if (commands.Count == 0)
            return;
        foreach (var language in Languages.Prepend(null))
        {
            var menu = commands
                .Take(100)
                .Select(command => new BotCommand(command.Name, Describe(command, language)))
                .ToList();
            try
            {
                await telegram.SetMyCommands(menu, scope, language, cancellationToken);
            }
            catch (RequestException ex)
            {
                // An admin who never opened a chat with the bot has no chat yet ("chat not found").
                logger.LogWarning("Could not set the Telegram command menu for scope {Scope} {ChatId} ({Language}): {Description}",
                    scope.Type, (scope as BotCommandScopeChat)?.ChatId, language ?? "default", ex.Message);
            }
        }
    }

    private static string Describe(CommandInfo command, string? language)
    {
        var description = language is not null && command.LocalizedDescriptions.TryGetValue(language, out var localized) && !string.IsNullOrWhiteSpace(localized)
            ? localized
            : command.Description;
        if (string.IsNullOrWhiteSpace(description))
            description = command.Name;
        return description.Length <= MaxDescriptionLength ? description : description[..(MaxDescriptionLength - 1)] + "…";
    }
}
