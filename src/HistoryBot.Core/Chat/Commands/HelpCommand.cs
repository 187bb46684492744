using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/help: what the bot does and the commands this user may run.</summary>
public sealed class HelpCommand(IServiceProvider services) : IChatCommand
{
    public CommandInfo Info { get; } = new(
        "help",
        ChatRole.Member,
        "What I can do",
        new Dictionary<string, string>
        {
            ["lt"] = "Ką moku",
            ["ro"] = "Ce pot face",
            ["tl"] = "Ano ang kaya kong gawin",
        });

    public Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        // Resolved late: the command list includes this command.
        var commands = services.GetServices<IChatCommand>()
            .Select(command => command.Info)
            .Where(info => info.MinimumRole <= message.Role)
            .OrderBy(info => info.MinimumRole)
            .ThenBy(info => info.Name, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.AppendLine("I answer questions about the USSR's 1954 request to join NATO and Khrushchev-era foreign policy, quoting and citing my sources. Ask in English, Lithuanian, Romanian or Tagalog.");
        text.AppendLine(message.ChatKind == ChatKind.Private
            ? "Just type your question, or use a command:"
            : "Mention me with your question, reply to one of my messages, or use a command:");
        foreach (var info in commands)
        {
            var argument = info.ArgumentName is null ? "" : $" <{info.ArgumentName}>";
            var role = info.MinimumRole == ChatRole.Member ? "" : $" ({info.MinimumRole.ToString().ToLowerInvariant()}s)";
            text.AppendLine($"/{info.Name}{argument} — {info.Description}{role}");
        }
        return Task.FromResult(Reply.Info(text.ToString().TrimEnd(), "HistoryBot"));
    }
}
