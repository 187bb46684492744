using System.Globalization;
using HistoryBot.Core.Administration;
using HistoryBot.Core.Settings;
using HistoryBot.Core.State;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>
/// /settings [questions all|mentions] [language auto|en|lt|ro|tl] [threads on|off]: shows and sets
/// where and how the bot speaks in this chat (<see cref="ChatSettings"/>). Moderators of the chat
/// and bot admins; every change and every refused input is written to the audit log. Several
/// settings may be given at once; one bad value changes nothing.
/// </summary>
public sealed class SettingsCommand(ChatSettingsCache settings, IEnumerable<IGroupMessageAccess> access, AdminAudit audit, TimeProvider time) : IChatCommand
{
    public const string Usage = """
        /settings — show this chat's settings
        /settings questions all|mentions — every message here is a question, or only commands, mentions and replies to me (default)
        /settings language auto|en|lt|ro|tl — the language I answer in when a question's language is unclear (auto: the asker's app language)
        /settings threads on|off — long answers go into a thread (Discord) or all hang under the question (Telegram)
        """;

    private const string Title = "Settings of this chat";

    public CommandInfo Info { get; } = new(
        "settings",
        ChatRole.Moderator,
        "Where and how I answer in this chat",
        new Dictionary<string, string>
        {
            ["lt"] = "Kur ir kaip atsakau šiame pokalbyje",
            ["ro"] = "Unde și cum răspund în acest chat",
            ["tl"] = "Saan at paano ako sumasagot sa chat na ito",
        },
        ArgumentName: "setting",
        ArgumentDescription: "questions all|mentions · language auto|en|lt|ro|tl · threads on|off");

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var current = await settings.GetAsync(message.Platform, message.ChatId, cancellationToken);
        if (words.Length == 0)
            return await ShowAsync(message, current, cancellationToken: cancellationToken);
        if (words is [var only] && only.Equals("help", StringComparison.OrdinalIgnoreCase))
            return Reply.Info(Usage, Title) with { Private = true };

        var changed = current;
        var changes = new List<string>();
        for (var i = 0; i < words.Length; i += 2)
        {
            var name = words[i].ToLowerInvariant();
            var value = i + 1 < words.Length ? words[i + 1] : null;
            if (Apply(changed, name, value, out var error) is not { } next)
            {
                await AuditAsync(message, "settings " + BotTexts.Truncate(arguments.Trim(), 100), "rejected: " + error, cancellationToken);
                return Reply.Error($"{error}\nNothing was changed.\n\n{Usage}");
            }
            changed = next;
            changes.Add($"{name} {value!.ToLowerInvariant()}");
        }

        changed = changed with { ChangedAt = time.GetUtcNow(), ChangedBy = message.UserName };
        await settings.SaveAsync(message.Platform, message.ChatId, changed, cancellationToken);
        var summary = string.Join(", ", changes);
        await AuditAsync(message, "settings " + summary, "ok: " + Describe(changed), cancellationToken);
        return await ShowAsync(message, changed, $"Changed: {summary}.", cancellationToken);
    }

    /// <summary>The settings with one setting changed, or null with <paramref name="error"/> saying what is accepted.</summary>
    private static ChatSettings? Apply(ChatSettings settings, string name, string? value, out string error)
    {
        error = "";
        var folded = value?.ToLowerInvariant();
        switch (name)
        {
            case "questions" or "question":
                if (folded is "all" or "mentions")
                    return settings with { Questions = folded == "all" ? QuestionMode.All : QuestionMode.Mentions };
                error = $"\"questions\" is all (every message here is a question) or mentions (only commands, mentions and replies to me){Got(value)}.";
                return null;
            case "language" or "lang":
                if (folded == "auto")
                    return settings with { Language = null };
                if (Language.Parse(value) is { } code)
                    return settings with { Language = code };
                error = $"\"language\" is auto, en, lt, ro or tl{Got(value)}.";
                return null;
            case "threads" or "thread":
                if (folded is "on" or "off")
                    return settings with { Threads = folded == "on" };
                error = $"\"threads\" is on or off{Got(value)}.";
                return null;
            default:
                error = $"I have no setting \"{BotTexts.Truncate(name, 30)}\": the settings are questions, language and threads.";
                return null;
        }
    }

    private static string Got(string? value) => value is null ? ", but no value was given" : $", not \"{BotTexts.Truncate(value, 30)}\"";

    private async Task<Reply> ShowAsync(ChatMessage message, ChatSettings current, string? changed = null, CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        if (changed is not null)
            lines.Add(changed);
        lines.Add("Questions: " + (current.Questions == QuestionMode.All
            ? "all — every message here is a question"
            : "mentions — only commands, mentions of me and replies to me (default)"));
        lines.Add("Language: " + (current.Language is { } language
            ? $"{language} — {Language.DisplayName(language)} when a question's language is unclear, and for my own messages"
            : "auto — the question's own language, else the asker's app language (default)"));
        lines.Add("Threads: " + (current.Threads ? "on — " + ThreadsOn(message.Platform) : "off — long answers are replies where the question was (default)"));
        if (current.ChangedBy is { } by && current.ChangedAt is { } at)
            lines.Add($"Last changed by {by}, {at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");

        var notes = new List<string>();
        if (message.ChatKind == ChatKind.Private)
            notes.Add("In a private chat every message is a question already.");
        else if (current.Questions == QuestionMode.All && access.FirstOrDefault(item => item.Platform == message.Platform) is { } platformAccess
            && await platformAccess.LimitationAsync(message.ChatId, cancellationToken) is { } limitation)
            notes.Add("⚠ " + limitation);
        if (notes.Count > 0)
            lines.Add("");
        lines.AddRange(notes);
        lines.Add("");
        lines.Add("Change with /settings questions all|mentions, /settings language auto|en|lt|ro|tl, /settings threads on|off.");
        return Reply.Info(string.Join("\n", lines), Title) with { Private = true };
    }

    private static string ThreadsOn(Platform platform) => platform switch
    {
        Platform.Discord => $"an answer longer than {ChatSettings.LongReplyCharacters} characters goes into a thread started from the question (for a slash command, from its response)",
        Platform.Telegram => $"every message of a reply longer than {ChatSettings.LongReplyCharacters} characters replies to the question, in its forum topic",
        _ => "long answers go into a thread on Discord and hang under the question on Telegram (the terminal has no threads)",
    };

    private static string Describe(ChatSettings settings) =>
        $"questions {settings.Questions.ToString().ToLowerInvariant()}, language {settings.Language ?? "auto"}, threads {(settings.Threads ? "on" : "off")}";

    private Task AuditAsync(ChatMessage message, string action, string result, CancellationToken cancellationToken) =>
        audit.RecordAsync(AdminActor.From(message), action, result, cancellationToken);

}
