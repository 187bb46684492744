using HistoryBot.Core.Answers;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/sources: the library the bot answers from.</summary>
public sealed class SourcesCommand(IQueryService queries) : IChatCommand
{
    public CommandInfo Info { get; } = new(
        "sources",
        ChatRole.Member,
        "List the documents I answer from",
        new Dictionary<string, string>
        {
            ["lt"] = "Dokumentai, iš kurių atsakau",
            ["ro"] = "Documentele din care răspund",
            ["tl"] = "Mga dokumentong pinagkukunan ko ng sagot",
        });

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var sources = await queries.SourcesAsync(cancellationToken);
        if (sources.Count == 0)
            return Reply.Info("The library is empty.");
        var body = RichText.Empty;
        foreach (var source in sources)
        {
            if (body.Spans.Count > 0)
                body = body.Append("\n");
            body = body.Append("• ").Append(source.Title, TextStyle.Bold)
                .Append($" — {Language.DisplayName(source.Language)}, {source.ParagraphCount} paragraphs, id ")
                .Append(source.Id.Value, TextStyle.Code);
        }
        return new Reply { Kind = ReplyKind.Info, Title = $"Sources ({sources.Count})", Body = body };
    }
}
