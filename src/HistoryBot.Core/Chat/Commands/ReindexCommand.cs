using HistoryBot.Core.Administration;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/reindex: rebuild the index from the sources folder in the background, for admins.</summary>
public sealed class ReindexCommand(ReindexCoordinator coordinator, TimeProvider time) : IChatCommand
{
    public static readonly ReindexTexts Texts = new("Reindex", "Reindex finished", "Reindex failed");

    public CommandInfo Info { get; } = new(
        "reindex",
        ChatRole.Admin,
        "Rebuild the search index from the sources",
        new Dictionary<string, string>
        {
            ["lt"] = "Perkurti paieškos indeksą iš šaltinių",
            ["ro"] = "Reconstruiți indexul de căutare din surse",
            ["tl"] = "Buuin muli ang index mula sa mga sanggunian",
        });

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var start = await coordinator.TryStartAsync(AdminActor.From(message), Info.Name, prepare: null, cancellationToken);
        return ReindexReplies.For(start, Texts, time);
    }
}
