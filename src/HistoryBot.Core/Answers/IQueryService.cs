using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Answers;

/// <summary>The one way into the library, shared by every adapter.</summary>
public interface IQueryService
{
    /// <summary>Answers a question from the sources, preferring passages in the asker's language.</summary>
    Task<Answer> AskAsync(string question, string? askerLanguage = null, CancellationToken cancellationToken = default);

    /// <summary>The sources of the serving index.</summary>
    Task<IReadOnlyList<SourceInfo>> SourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Figures about the serving index.</summary>
    Task<IndexStats> StatsAsync(CancellationToken cancellationToken = default);

    /// <summary>One paragraph by its citation, or null when the source or number is unknown.</summary>
    Task<Paragraph?> ParagraphAsync(SourceId source, int number, CancellationToken cancellationToken = default);
}
