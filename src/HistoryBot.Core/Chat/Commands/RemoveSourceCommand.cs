using HistoryBot.Core.Administration;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/removesource &lt;id&gt;: move a document to the trash, drop its entry, reindex.</summary>
public sealed class RemoveSourceCommand(ReindexCoordinator coordinator, SourceManager sources, TimeProvider time) : IChatCommand
{
    public CommandInfo Info { get; } = new(
        "removesource",
        ChatRole.Admin,
        "Move a document to the trash and reindex",
        new Dictionary<string, string>
        {
            ["lt"] = "Perkelti dokumentą į šiukšlinę ir perindeksuoti",
            ["ro"] = "Mutați un document la coș și reindexați",
            ["tl"] = "Ilipat ang dokumento sa basurahan at i-reindex",
        },
        ArgumentName: "id",
        ArgumentDescription: "The source id, as /sources lists it",
        ArgumentRequired: true);

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var id = arguments.Trim();
        if (id.Length == 0)
        {
            var known = sources.KnownIds();
            return Reply.Error($"Name the source to remove: /removesource <id>. Known ids: {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
        }

        var start = await coordinator.TryStartAsync(AdminActor.From(message), $"{Info.Name} {id}", () => sources.PrepareRemove(id), cancellationToken);
        var lead = start.Run?.Change?.Summary is { } summary && start.Status == ReindexRequestVerdict.Started
            ? $"{summary} Put it back with /restoresource {id}."
            : null;
        var texts = new ReindexTexts("Removing a source", "Source removed", "Source not removed", lead,
            "The file was put back from the trash and its sources.json entry restored; the library is as it was.");
        return ReindexReplies.For(start, texts, time);
    }
}
