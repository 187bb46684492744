using HistoryBot.Core.Answers.Judging;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;

namespace HistoryBot.Core.Answers;

/// <summary>Answers questions from the serving index generation; builds one on first use.</summary>
public sealed class QueryService(SearchIndex index, Searcher searcher, AnswerJudge judge) : IQueryService
{
    /// <summary>Longer questions are cut here before analysis: nobody asks in more words.</summary>
    public const int MaxAnalyzedLength = 1000;

    /// <summary>How many ranked paragraphs an answer carries (best, alternatives, near misses).</summary>
    public const int MaxResults = 10;

    /// <summary>How many of the engine's best paragraphs the judge re-ranks.</summary>
    public const int CandidatePool = 20;

    public async Task<Answer> AskAsync(string question, string? askerLanguage = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        await index.EnsureLoadedAsync(cancellationToken: cancellationToken);
        // Synonyms kept in the state store (the admins') are read before the first question; later changes swap them in memory.
        await searcher.SynonymSources.EnsureLoadedAsync(cancellationToken);
        var text = question.Length > MaxAnalyzedLength ? question[..MaxAnalyzedLength] : question;
        using var lease = index.Acquire();
        var query = searcher.Parse(text, askerLanguage, lease.Generation);
        var generation = lease.Generation;
        var hits = searcher.Search(generation, query, CandidatePool);
        var candidates = hits
            .Select(hit => new JudgeCandidate(hit.Paragraph.Paragraph, hit.Score, generation.FindSource(hit.Paragraph.Paragraph.SourceId)?.TranslationOf,
                AnswerComposer.Answers(query, hit))
            { Analysis = hit.Paragraph, Match = hit.Match })
            .ToList();
        var judgement = judge.Judge(query, candidates, new GenerationTermStatistics(generation));
        var ranked = judgement.Order
            .Take(MaxResults)
            .Select(i => hits[i] with
            {
                Score = 1 / (1 + Math.Exp(-judgement.Signals[i].RankScore)),
                Coverage = judgement.Signals[i].Coverage,
                BestSentence = judgement.Signals[i].BestSentence,
            })
            .ToList();
        return AnswerComposer.Compose(query, ranked, judgement.Decision);
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
