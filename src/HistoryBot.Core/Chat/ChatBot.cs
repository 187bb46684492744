using HistoryBot.Core.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Chat;

/// <summary>
/// The platform-neutral bot: parses commands, checks roles, routes plain text to /ask and
/// button presses to their handlers, and turns every failure into a clear reply.
/// </summary>
public sealed class ChatBot : IChatBot
{
    private const string AskCommandName = "ask";

    private readonly Dictionary<string, IChatCommand> _commands;
    private readonly Dictionary<string, IChatActionHandler> _actions;
    private readonly ILogger _logger;
    private readonly Feedback.IFeedbackStore? _feedback;
    private readonly TimeProvider _time;
    private readonly Settings.ChatSettingsCache? _settings;

    public ChatBot(
        IEnumerable<IChatCommand> commands,
        IEnumerable<IChatActionHandler> actions,
        ILogger<ChatBot>? logger = null,
        Feedback.IFeedbackStore? feedback = null,
        TimeProvider? time = null,
        Settings.ChatSettingsCache? settings = null)
    {
        _feedback = feedback;
        _settings = settings;
        _time = time ?? TimeProvider.System;
        _commands = commands.ToDictionary(command => command.Info.Name, StringComparer.OrdinalIgnoreCase);
        _actions = actions.ToDictionary(action => action.Prefix, StringComparer.Ordinal);
        _logger = logger ?? NullLogger<ChatBot>.Instance;
        Commands = _commands.Values.Select(command => command.Info).ToList();
    }

    public IReadOnlyList<CommandInfo> Commands { get; }

    /// <summary>"/" or "!" starts a command; "start" (Telegram's first message) shows help.</summary>
    public static bool TryParseCommand(string text, out string name, out string arguments)
    {
        name = "";
        arguments = "";
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] is not ('/' or '!') || !char.IsLetter(trimmed[1]))
            return false;
        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
            end++;
        name = trimmed[1..end];
        // "/ask@HistoryBot" in Telegram groups names the bot; the adapter already checked it is us.
        var at = name.IndexOf('@');
        if (at >= 0)
            name = name[..at];
        arguments = trimmed[end..].Trim();
        return name.Length > 0;
    }

    public async Task<Reply> HandleAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var text = Sanitize(message.Text);
        string name, arguments;
        if (message.IsQuoted || !TryParseCommand(text, out name, out arguments))
        {
            name = AskCommandName;
            arguments = text.Trim();
        }
        if (name.Equals("start", StringComparison.OrdinalIgnoreCase))
            name = "help";

        if (!_commands.TryGetValue(name, out var command))
            return Reply.Error($"I don't know the command /{BotTexts.Truncate(name, 32)}. Send /help to see what I can do.");
        if (message.Role < command.Info.MinimumRole)
        {
            _logger.LogInformation("Refused /{Command} to {Platform} user {User} ({Role})", command.Info.Name, message.Platform, message.UserId, message.Role);
            return Reply.Refusal($"Only {Plural(command.Info.MinimumRole)} may use /{command.Info.Name}.");
        }
        if (!command.Info.AllowedInPrivateChats && message.ChatKind == ChatKind.Private)
            return Reply.Error($"/{command.Info.Name} works in group chats and channels, not in a private chat.");

        // The chat's default language, when its moderators set one, stands in for the asker's app
        // language: it decides when a question's own words do not, and picks the bot's own texts.
        if (_settings is not null && (await _settings.GetAsync(message.Platform, message.ChatId, cancellationToken)).Language is { } chatLanguage)
            message = message with { Origin = message.Origin with { LanguageHint = chatLanguage } };
        return await RunSafelyAsync(() => command.ExecuteAsync(message with { Text = text }, arguments, cancellationToken), $"/{command.Info.Name}", message.Role, cancellationToken);
    }

    public async Task<Reply> HandleActionAsync(ChatAction action, CancellationToken cancellationToken = default)
    {
        var separator = action.Data.IndexOf(':');
        var prefix = separator < 0 ? action.Data : action.Data[..separator];
        var payload = separator < 0 ? "" : action.Data[(separator + 1)..];
        if (!_actions.TryGetValue(prefix, out var handler))
            return Reply.Error("That button no longer works. Please ask again.");
        if (action.Role < handler.MinimumRole)
            return Reply.Refusal($"Only {Plural(handler.MinimumRole)} may use this button.");
        return await RunSafelyAsync(() => handler.HandleAsync(action, payload, cancellationToken), $"button {prefix}", action.Role, cancellationToken);
    }

    public async Task<Reply?> HandleFollowUpAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        var text = Sanitize(message.Text).Trim();
        // A command means the user moved on; the reason stays owed until it expires.
        if (_feedback is null || text.Length == 0 || message.IsQuoted || TryParseCommand(text, out _, out _))
            return null;
        string? data;
        try
        {
            data = await _feedback.TakeExpectedReasonAsync(message.Platform, message.ChatId, message.UserId, _time.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Looking up an owed reason failed; the message is handled as usual");
            return null;
        }
        return data is null ? null : await HandleActionAsync(new ChatAction(message.Origin, data, text), cancellationToken);
    }

    private async Task<Reply> RunSafelyAsync(Func<Task<Reply>> run, string what, ChatRole role, CancellationToken cancellationToken)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (IndexNotReadyException)
        {
            return Reply.Error("My library is still being indexed. Please try again in a moment.");
        }
        catch (IndexBuildException ex)
        {
            _logger.LogError(ex, "Building the index failed while handling {What}", what);
            // The reason names files and folders on the bot's machine: for admins and the log only.
            return role >= ChatRole.Admin
                ? Reply.Error($"My library could not be indexed: {ex.Message}")
                : Reply.Error("My library is not available right now. The bot's admins have been told; please try again later.");
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Handling {What} failed", what);
            return Reply.Error("Something went wrong on my side while handling that. Please try again later.");
        }
    }

    /// <summary>Control characters (other than line breaks and tabs) never reach a command.</summary>
    private static string Sanitize(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r')))
            return text;
        return new string(text.Select(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r') ? ' ' : c).ToArray());
    }

    private static string Plural(ChatRole role) => role switch
    {
        ChatRole.Admin => "the bot's admins",
        ChatRole.Moderator => "moderators (chat administrators)",
        _ => "members",
    };

}
