using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace HistoryBot.Core.Search;

/// <summary>
/// Lucene's <see cref="CommonTermsQuery"/> over the question's words: words in a large share
/// of the paragraphs only add to the score of paragraphs that rarer words select, so no
/// question walks a huge posting list for its own sake. Each word enters by its most frequent
/// indexed form, and the clause it stands for is the word's graded disjunction (same stem,
/// translation, cross-language key, typo), not that one term. The words' term contexts come
/// from the generation's cache rather than from the terms dictionary on every question.
/// </summary>
internal sealed class GradedCommonTermsQuery : CommonTermsQuery
{
    private readonly Dictionary<Term, Query> _clauses = [];
    private readonly IndexGeneration _generation;
    private readonly bool _maxScore;

    /// <param name="maxScore">Whether a question of optional words only is a <see cref="MaxScoreQuery"/> (else Lucene's <see cref="BooleanQuery"/>: same hits, every posting scored).</param>
    public GradedCommonTermsQuery(float maxTermFrequency, IndexGeneration generation, bool maxScore = true)
        : base(Occur.SHOULD, Occur.SHOULD, maxTermFrequency)
    {
        _generation = generation;
        _maxScore = maxScore;
        // When every word is common, any of them may select (CommonTermsQuery would require all).
        HighFreqMinimumNumberShouldMatch = 1;
    }

    public bool IsEmpty => _clauses.Count == 0;

    /// <summary>Adds a word: <paramref name="representative"/> decides whether it is common, <paramref name="clause"/> is what it matches.</summary>
    public void Add(Term representative, Query clause)
    {
        if (_clauses.TryAdd(representative, clause))
            Add(representative);
    }

    public override void CollectTermContext(IndexReader reader, IList<AtomicReaderContext> leaves, TermContext[] contextArray, Term[] queryTerms)
    {
        if (!_generation.Reads(reader.Context))
        {
            base.CollectTermContext(reader, leaves, contextArray, queryTerms);
            return;
        }
        // As the base class leaves it: no context for a term that no segment holds.
        for (var i = 0; i < queryTerms.Length; i++)
            contextArray[i] = _generation.TermContext(queryTerms[i].Field, queryTerms[i].Text) is { DocFreq: > 0 } context ? context : null!;
    }

    /// <summary>
    /// Lucene's rewrite; when every word is optional (all common, or all rare) the disjunction
    /// becomes a <see cref="MaxScoreQuery"/> of the same clauses, which a top-k search prunes.
    /// </summary>
    protected override Query BuildQuery(int maxDoc, TermContext[] contextArray, Term[] queryTerms)
    {
        var built = base.BuildQuery(maxDoc, contextArray, queryTerms);
        if (!_maxScore || built is not BooleanQuery disjunction || disjunction.MinimumNumberShouldMatch > 1
            || disjunction.Clauses.Any(clause => clause.Occur != Occur.SHOULD))
            return built;
        var pruned = new MaxScoreQuery(disjunction.CoordDisabled, _generation.ScoreBounds)
        {
            Boost = disjunction.Boost,
            MinimumNumberShouldMatch = disjunction.MinimumNumberShouldMatch,
        };
        foreach (var clause in disjunction.Clauses)
            pruned.Add(clause);
        return pruned;
    }

    protected override Query NewTermQuery(Term term, TermContext context) =>
        _clauses.TryGetValue(term, out var clause) ? clause : base.NewTermQuery(term, context);
}
