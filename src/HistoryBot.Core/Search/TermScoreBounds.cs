using HistoryBot.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryBot.Core.Search;

/// <summary>
/// The highest score a term reaches at boost 1 in each window of a segment (512 documents,
/// aligned: documents 0–511, 512–1,023, …): what <see cref="MaxScoreQuery"/> bounds a
/// question word by in that window. Read once from the term's postings (every document's
/// frequency and length, scored by the searcher's similarity) and kept, since a generation
/// never changes; a term that is asked again costs a lookup. Belongs to one reader: the scores
/// depend on its statistics.
/// </summary>
/// <param name="windowShift">The window is 2^shift documents (at least 64); tests use small windows.</param>
internal sealed class TermScoreBounds(IndexReader reader, int capacity = TermScoreBounds.DefaultCapacity, int windowShift = TermScoreBounds.DefaultWindowShift)
{
    /// <summary>As many as the generation keeps term contexts: the terms questions use.</summary>
    public const int DefaultCapacity = 20_000;

    /// <summary>
    /// Windows of 512 documents: a quarter of the window Lucene's own disjunction scorer reads,
    /// so that a common form's bound is that of the few hundred documents at hand, not of the
    /// segment's best (measured against 1,024 and 2,048 on 200,000 generated paragraphs).
    /// </summary>
    public const int DefaultWindowShift = 9;

    /// <summary>At most this many window maxima are kept (16 MiB): a large generation keeps fewer terms.</summary>
    public const int MaxKeptWindows = 4 << 20;

    private readonly BoundedCache<(int Segment, string Field, string Text), float[]> _maxima = new(Capacity(reader, capacity, windowShift));

    /// <summary>A window holds 2^<see cref="WindowShift"/> documents.</summary>
    public int WindowShift { get; } = windowShift >= 6 && windowShift <= 20 ? windowShift : throw new ArgumentOutOfRangeException(nameof(windowShift));

    /// <summary>Whether these bounds were computed for the reader that <paramref name="segment"/> belongs to.</summary>
    public bool Serves(AtomicReaderContext segment) => ReferenceEquals(ReaderUtil.GetTopLevelContext(segment).Reader, reader);

    /// <summary>
    /// Per window of the segment (document <c>d</c> in window <c>d &gt;&gt; </c><see cref="WindowShift"/>),
    /// the maximum over its documents of the term's score with boost 1, as the searcher's
    /// similarity computes it (a form boosted by β scores β times that, to within a float
    /// rounding); 0 in a window without the term. One entry per window of the segment's
    /// documents, deleted ones included (a bound may only be too high).
    /// </summary>
    public float[] WindowMaxima(IndexSearcher searcher, AtomicReaderContext segment, Term term)
    {
        var key = (segment.Ord, term.Field, term.Text);
        if (_maxima.TryGet(key, out var cached))
            return cached;
        var maxima = Compute(searcher, segment, term);
        _maxima.Add(key, maxima);
        return maxima;
    }

    private static int Capacity(IndexReader reader, int capacity, int windowShift)
    {
        var windows = 1;
        foreach (var segment in reader.Leaves)
            windows = Math.Max(windows, (segment.AtomicReader.MaxDoc >> windowShift) + 1);
        return Math.Max(1, Math.Min(capacity, MaxKeptWindows / windows));
    }

    private float[] Compute(IndexSearcher searcher, AtomicReaderContext segment, Term term)
    {
        var maxima = new float[(segment.AtomicReader.MaxDoc + (1 << WindowShift) - 1) >> WindowShift];
        var postings = segment.AtomicReader.GetTermDocsEnum(term);
        if (postings is null)
            return maxima;
        var similarity = searcher.Similarity;
        var statistics = similarity.ComputeWeight(1f, searcher.CollectionStatistics(term.Field),
            searcher.TermStatistics(term, TermContext.Build(searcher.TopReaderContext, term)));
        statistics.Normalize(1f, 1f);
        var scorer = similarity.GetSimScorer(statistics, segment);
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            ref var maximum = ref maxima[doc >> WindowShift];
            maximum = Math.Max(maximum, scorer.Score(doc, postings.Freq));
        }
        return maxima;
    }
}
