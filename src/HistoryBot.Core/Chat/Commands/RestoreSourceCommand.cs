using System.Text;
using HistoryBot.Core.Administration;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/restoresource [name or id]: list the trash, or put a removed document back and reindex.</summary>
public sealed class RestoreSourceCommand(ReindexCoordinator coordinator, SourceManager sources, TimeProvider time) : IChatCommand
{
    public CommandInfo Info { get; } = new(
        "restoresource",
        ChatRole.Admin,
        "Put a removed document back and reindex",
        new Dictionary<string, string>
        {
            ["lt"] = "Grąžinti pašalintą dokumentą ir perindeksuoti",
            ["ro"] = "Readuceți un document șters și reindexați",
            ["tl"] = "Ibalik ang inalis na dokumento at i-reindex",
        },
        ArgumentName: "name",
        ArgumentDescription: "The trashed file's name or the source id; leave empty to list the trash");

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var name = arguments.Trim();
        if (name.Length == 0)
            return ListTrash();

        var start = await coordinator.TryStartAsync(AdminActor.From(message), $"{Info.Name} {name}", () => sources.PrepareRestore(name), cancellationToken);
        var texts = new ReindexTexts("Restoring a source", "Source restored", "Source not restored",
            start.Status == ReindexRequestVerdict.Started ? start.Run?.Change?.Summary : null,
            "The file went back to the trash; the library is as it was.");
        return ReindexReplies.For(start, texts, time);
    }

    private Reply ListTrash()
    {
        var trash = sources.Trash();
        if (trash.Count == 0)
            return Reply.Info("The trash is empty: no source was removed.", "Trash");
        var text = new StringBuilder("Newest first:");
        foreach (var item in trash)
        {
            var title = item.Title is null ? "" : $" “{item.Title}”,";
            text.Append($"\n• {item.Name} — id {item.Id},{title} removed {ReindexCoordinator.Clock(item.RemovedAt)}");
        }
        text.Append("\nPut one back with /restoresource <name or id>.");
        return new Reply { Kind = ReplyKind.Info, Title = $"Trash ({trash.Count})", Body = RichText.Plain(text.ToString()), Private = true };
    }
}
