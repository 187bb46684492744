using HistoryBot.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryBot.Core.Search;

/// <summary>
/// The highest score a term reaches in a segment at boost 1: what <see cref="MaxScoreQuery"/>
/// bounds a question word by. Read once from the term's postings (every document's frequency
/// and length, scored by the searcher's similarity) and kept, since a generation never
/// changes; a term that is asked again costs a lookup. Belongs to one reader: the scores
/// depend on its statistics.
/// </summary>
internal sealed class TermScoreBounds(IndexReader reader, int capacity = TermScoreBounds.DefaultCapacity)
{
    /// <summary>As many as the generation keeps term contexts: the terms questions use.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly BoundedCache<(int Segment, string Field, string Text), float> _maxima = new(capacity);

    /// <summary>Whether these bounds were computed for the reader that <paramref name="segment"/> belongs to.</summary>
    public bool Serves(AtomicReaderContext segment) => ReferenceEquals(ReaderUtil.GetTopLevelContext(segment).Reader, reader);

    /// <summary>
    /// The maximum over the segment's documents of the term's score with boost 1, as the
    /// searcher's similarity computes it (a form boosted by β scores β times that, to within a
    /// float rounding); 0 when the segment lacks the term.
    /// </summary>
    public float MaxScore(IndexSearcher searcher, AtomicReaderContext segment, Term term)
    {
        var key = (segment.Ord, term.Field, term.Text);
        if (_maxima.TryGet(key, out var cached))
            return cached;
        var maximum = Compute(searcher, segment, term);
        _maxima.Add(key, maximum);
        return maximum;
    }

    private static float Compute(IndexSearcher searcher, AtomicReaderContext segment, Term term)
    {
        var postings = segment.AtomicReader.GetTermDocsEnum(term);
        if (postings is null)
            return 0f;
        var similarity = searcher.Similarity;
        var statistics = similarity.ComputeWeight(1f, searcher.CollectionStatistics(term.Field),
            searcher.TermStatistics(term, TermContext.Build(searcher.TopReaderContext, term)));
        statistics.Normalize(1f, 1f);
        var scorer = similarity.GetSimScorer(statistics, segment);
        var maximum = 0f;
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            maximum = Math.Max(maximum, scorer.Score(doc, postings.Freq));
        return maximum;
    }
}
