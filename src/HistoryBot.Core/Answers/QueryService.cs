using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;

namespace HistoryBot.Core.Answers;

/// <summary>Answers questions from the serving index generation; builds one on first use.</summary>
public sealed class QueryService(SearchIndex index, Searcher searcher) : IQueryService
{
    /// <summary>Longer questions are cut here before analysis: nobody asks in more words.</summary>
    public const int MaxAnalyzedLength = 1000;

    /// <summary>How many ranked paragraphs an answer carries (best, alternatives, near misses).</summary>
    public const int MaxResults = 10;

    public async Task<Answer> AskAsync(string question, string? askerLanguage = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        await index.EnsureLoadedAsync(cancellationToken: cancellationToken);
        var text = question.Length > MaxAnalyzedLength ? question[..MaxAnalyzedLength] : question;
        using var lease = index.Acquire();
        var query = searcher.Parse(text, askerLanguage, lease.Generation);
        var hits = searcher.Search(lease.Generation, query, MaxResults);
        return AnswerComposer.Compose(query, hits);
    }

    public async Task<IReadOnlyList<SourceInfo>> SourcesAsync(CancellationToken cancellationToken = default)
    {
        await index.EnsureLoadedAsync(cancellationToken: cancellationToken);
        using var lease = index.Acquire();
        return lease.Generation.Sources;
    }

    public async Task<IndexStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        await index.EnsureLoadedAsync(cancellationToken: cancellationToken);
        using var lease = index.Acquire();
        var generation = lease.Generation;
        return new IndexStats(generation.Number, generation.BuiltAt, generation.BuildDuration, generation.Sources.Count,
            generation.ParagraphCount, generation.ParagraphsByLanguage, generation.SizeBytes, generation.StemmingAvailable,
            index.IsBuilding, generation.Skipped);
    }

    public async Task<Paragraph?> ParagraphAsync(SourceId source, int number, CancellationToken cancellationToken = default)
    {
        await index.EnsureLoadedAsync(cancellationToken: cancellationToken);
        using var lease = index.Acquire();
        return lease.Generation.ParagraphsOf(source).FirstOrDefault(paragraph => paragraph.Number == number);
    }
}
