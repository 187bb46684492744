using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HistoryBot.Core.Search;

/// <summary>
/// One question word's graded forms (same stem, translation, cross-language key, typo): a
/// <see cref="DisjunctionMaxQuery"/> without tie-breaker, so a paragraph scores by the best form it
/// holds. Same documents and the same scores as Lucene's; only the way a disjunction of common
/// words is scored out of order differs. Lucene's <c>DisjunctionMaxScorer</c> keeps its forms in a
/// priority queue and re-orders it on every posting; inside Lucene's window scorer
/// (<c>BooleanScorer</c>, which takes the words of a disjunction 2,048 documents at a time) this
/// query reads each form's postings of the window straight into a table of best scores, the way
/// that scorer itself adds up the words. In order (under a conjunction, or alone) it is Lucene's.
/// </summary>
internal sealed class GradedFormsQuery : DisjunctionMaxQuery
{
    public GradedFormsQuery()
        : base(0f)
    {
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new GradedFormsWeight(this, searcher);

    /// <summary>The weights of a graded disjunction's forms, in the order of its disjuncts (what <see cref="MaxScoreQuery"/> scores); null for another weight.</summary>
    internal static IList<Weight>? FormWeights(Weight weight) => (weight as GradedFormsWeight)?.Forms;

    private sealed class GradedFormsWeight(GradedFormsQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public IList<Weight> Forms => m_weights;

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            if (scoreDocsInOrder)
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                    scorers.Add(scorer);
            }
            return scorers.Count == 0 ? null : new BestFormBulkScorer(this, [.. scorers]);
        }
    }

    /// <summary>
    /// Scores a window of documents at a time: every form's postings in the window, each
    /// document's best form score kept in a table, then each matching document handed on once
    /// with that score (the maximum of the same floats <c>DisjunctionMaxScorer</c> takes).
    /// </summary>
    private sealed class BestFormBulkScorer(Weight weight, Scorer[] forms) : BulkScorer
    {
        private const int WindowSize = 2048;

        private readonly float[] _scores = new float[WindowSize];
        private readonly int[] _stamps = new int[WindowSize];
        private readonly int[] _matched = new int[WindowSize];
        private readonly WindowScorer _current = new(weight);
        private int _stamp;
        private bool _started;

        public override bool Score(ICollector collector, int max)
        {
            if (!_started)
            {
                foreach (var form in forms)
                    form.NextDoc();
                _started = true;
            }
            collector.SetScorer(_current);
            while (true)
            {
                var windowStart = DocIdSetIterator.NO_MORE_DOCS;
                foreach (var form in forms)
                    windowStart = Math.Min(windowStart, form.DocID);
                if (windowStart == DocIdSetIterator.NO_MORE_DOCS)
                    return false;
                if (windowStart >= max)
                    return true;
                var windowEnd = (int)Math.Min(max, (long)windowStart + WindowSize);
                if (++_stamp == int.MaxValue)
                {
                    Array.Clear(_stamps);
                    _stamp = 1;
                }
                var stamp = _stamp;
                var count = 0;
                foreach (var form in forms)
                {
                    for (var doc = form.DocID; doc < windowEnd; doc = form.NextDoc())
                    {
                        var score = form.GetScore();
                        var slot = doc - windowStart;
                        if (_stamps[slot] != stamp)
                        {
                            _stamps[slot] = stamp;
                            _scores[slot] = score;
                            _matched[count++] = slot;
                        }
                        else if (score > _scores[slot])
                        {
                            _scores[slot] = score;
                        }
                    }
                }
                for (var i = 0; i < count; i++)
                {
                    var slot = _matched[i];
                    _current.Set(windowStart + slot, _scores[slot]);
                    collector.Collect(windowStart + slot);
                }
            }
        }
    }

    /// <summary>What the collector reads for the document it is handed: its best form's score.</summary>
    private sealed class WindowScorer(Weight weight) : Scorer(weight)
    {
        private int _doc = -1;
        private float _score;

        public void Set(int doc, float score)
        {
            _doc = doc;
            _score = score;
        }

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => _score;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }
}
