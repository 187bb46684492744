using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace HistoryBot.Core.Search;

/// <summary>
/// The question's words as Lucene's disjunction (a <see cref="BooleanQuery"/> of optional
/// clauses, each a word's <see cref="GradedFormsQuery"/> or a single form), scored for a top-k
/// search with MaxScore (Turtle and Flood, 1995), the exact pruning Lucene 4.8 lacks: each
/// indexed form has an upper bound, the highest score it reaches in the segment
/// (<see cref="TermScoreBounds"/>). Once the k-th best score so far exceeds what the weakest
/// forms could add together (each word counting its strongest such form, as a word scores by
/// its best form), a paragraph holding only those forms cannot enter the top k: they stop
/// proposing paragraphs and are only looked up, by skipping ahead, in the paragraphs the other
/// forms propose, and a paragraph is dropped as soon as its score so far plus the bounds of
/// what is not yet looked up cannot reach the k-th best. Every paragraph that is handed on
/// gets the score Lucene's <c>BooleanScorer</c> gives it (the same floats, added as doubles in
/// its order), so the top k and their scores are Lucene's; only the total hit count is then a
/// lower bound. Pruning needs the k: <see cref="SegmentParallelSearcher"/> gives it for its
/// top-k searches; any other search scores as Lucene's <see cref="BooleanQuery"/> does.
/// </summary>
internal sealed class MaxScoreQuery : BooleanQuery
{
    // A bound is the boost-1 maximum times the form's boost: float rounding may put a score a
    // few units in the last place above that product, so bounds are raised by far more.
    private const double BoundMargin = 1e-5;

    // A word's matches are kept as one bit of a 64-bit mask per paragraph.
    private const int MaxWords = 64;

    private readonly TermScoreBounds _bounds;

    /// <param name="bounds">The words' bounds, computed for the reader this query will search (another reader's are computed per search).</param>
    public MaxScoreQuery(bool disableCoord, TermScoreBounds bounds)
        : base(disableCoord)
    {
        _bounds = bounds;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new MaxScoreWeight(this, searcher);

    /// <summary>The weight of one search: <see cref="TopHits"/> set for a top-k search turns pruning on.</summary>
    internal sealed class MaxScoreWeight : BooleanWeight
    {
        private readonly MaxScoreQuery _query;
        private readonly IndexSearcher _searcher;
        private float _topLevelBoost = 1f;
        private TermScoreBounds? _ownBounds;

        public MaxScoreWeight(MaxScoreQuery query, IndexSearcher searcher)
            : base(query, searcher, query.CoordDisabled)
        {
            _query = query;
            _searcher = searcher;
        }

        /// <summary>How many best documents the search keeps per segment; 0 (not a top-k search): no pruning.</summary>
        public int TopHits { get; set; }

        public override void Normalize(float norm, float topLevelBoost)
        {
            _topLevelBoost = topLevelBoost;
            base.Normalize(norm, topLevelBoost);
        }

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            var query = _query;
            if (TopHits <= 0 || query.MinimumNumberShouldMatch > 1 || m_similarity is not BM25Similarity || m_weights.Count > MaxWords)
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            var termBounds = query._bounds.Serves(context) ? query._bounds : _ownBounds ??= new TermScoreBounds(ReaderUtil.GetTopLevelContext(context).Reader);
            var words = new List<Word>(m_weights.Count);
            for (var i = 0; i < m_weights.Count; i++)
            {
                var clause = query.Clauses[i];
                if (clause.Occur != Occur.SHOULD || Forms(clause.Query, m_weights[i]) is not { } forms)
                    return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
                var word = new Word(words.Count);
                foreach (var (term, boost, weight) in forms)
                {
                    // A bound scales with a positive boost only.
                    if (!(boost > 0 && query.Boost > 0 && _topLevelBoost > 0))
                        return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
                    if (weight.GetScorer(context, acceptDocs) is not { } scorer)
                        continue;
                    var bound = termBounds.MaxScore(_searcher, context, term) * (double)boost * query.Boost * _topLevelBoost * (1 + BoundMargin);
                    word.Forms.Add(new Form(word, scorer, bound));
                }
                // A word no form of which is in the segment matches nothing here (Lucene's BooleanScorer leaves it out too).
                if (word.Forms.Count > 0)
                {
                    word.Forms.Sort(static (a, b) => a.Bound.CompareTo(b.Bound));
                    words.Add(word);
                }
            }
            if (words.Count == 0)
                return null;
            var coordFactors = new float[words.Count + 1];
            for (var i = 0; i < coordFactors.Length; i++)
                coordFactors[i] = query.CoordDisabled ? 1f : Coord(i, m_maxCoord);
            return new MaxScoreBulkScorer(this, [.. words], coordFactors, TopHits);
        }

        /// <summary>A word's forms, each a term with its boost and weight: a graded disjunction, or one term on its own.</summary>
        private static List<(Term Term, float Boost, Weight Weight)>? Forms(Query clause, Weight weight)
        {
            switch (clause)
            {
                case GradedFormsQuery disjunction when GradedFormsQuery.FormWeights(weight) is { } weights && weights.Count == disjunction.Disjuncts.Count:
                    var forms = new List<(Term, float, Weight)>(weights.Count);
                    for (var i = 0; i < weights.Count; i++)
                    {
                        if (disjunction.Disjuncts[i] is not TermQuery form)
                            return null;
                        forms.Add((form.Term, form.Boost * disjunction.Boost, weights[i]));
                    }
                    return forms;
                case TermQuery term:
                    return [(term.Term, term.Boost, weight)];
                default:
                    return null;
            }
        }
    }

    /// <summary>A question word in one segment: its forms, and its best form's score per window slot.</summary>
    private sealed class Word(int index)
    {
        public int Index { get; } = index;

        public ulong Bit { get; } = 1UL << index;

        /// <summary>The word's forms in the segment, weakest bound first.</summary>
        public List<Form> Forms { get; } = [];

        /// <summary>The forms only looked up, not read through (their bounds together cannot reach the k-th best): the weakest of <see cref="Forms"/>.</summary>
        public List<Form> LookedUp { get; } = [];

        /// <summary><see cref="LookedUp"/>, strongest first: the order they are looked up in.</summary>
        public Form[] LookedUpStrongestFirst { get; set; } = [];

        /// <summary>The highest bound of <see cref="LookedUp"/>: what they can add to a document at most; 0 when none.</summary>
        public double LookedUpBound { get; set; }

        public float[] Scores { get; } = new float[MaxScoreBulkScorer.WindowSize];
    }

    /// <summary>One indexed form of a word in one segment: its postings, and the highest score it reaches there.</summary>
    private sealed class Form(Word word, Scorer postings, double bound)
    {
        public Word Word { get; } = word;

        public Scorer Postings { get; } = postings;

        public double Bound { get; } = bound;

        public bool Essential { get; set; } = true;
    }

    /// <summary>
    /// MaxScore over windows of 2,048 documents, form by form: the weakest forms whose bounds
    /// together (each word counting its strongest such form, since a word scores by its best
    /// form) cannot reach the k-th best score are only looked up; the other, essential forms
    /// read their postings of the window into a table, the way Lucene's window scorer does.
    /// Each document they propose is then completed, in order, by skipping the looked-up forms
    /// ahead to it, the word that can add most first, until it is either scored in full or shown
    /// unable to compete.
    /// </summary>
    private sealed class MaxScoreBulkScorer : BulkScorer
    {
        public const int WindowSize = 2048;

        private readonly Word[] _words;
        private readonly Form[] _byBound;
        private readonly float[] _coordFactors;
        private readonly TopScores _top;
        private readonly ulong[] _proposed = new ulong[WindowSize / 64];
        private readonly ulong[] _matched = new ulong[WindowSize];
        private readonly CurrentScorer _current;
        private Form[] _essential;
        private Word[] _lookupOrder = [];
        private double _lookedUpBound;
        private float _partitionedAt = float.NegativeInfinity;
        private bool _started;

        public MaxScoreBulkScorer(Weight weight, Word[] words, float[] coordFactors, int topHits)
        {
            _words = words;
            _byBound = [.. words.SelectMany(word => word.Forms).OrderBy(form => form.Bound)];
            _essential = [.. _byBound];
            _coordFactors = coordFactors;
            _top = new TopScores(topHits);
            _current = new CurrentScorer(weight);
        }

        public override bool Score(ICollector collector, int max)
        {
            if (!_started)
            {
                foreach (var form in _byBound)
                    form.Postings.NextDoc();
                _started = true;
            }
            collector.SetScorer(_current);
            while (true)
            {
                Partition(_top.Threshold);
                var windowStart = DocIdSetIterator.NO_MORE_DOCS;
                foreach (var form in _essential)
                    windowStart = Math.Min(windowStart, form.Postings.DocID);
                if (windowStart == DocIdSetIterator.NO_MORE_DOCS)
                    return false;
                if (windowStart >= max)
                    return true;
                var windowEnd = (int)Math.Min(max, (long)windowStart + WindowSize);
                foreach (var form in _essential)
                    ReadWindow(form, windowStart, windowEnd);
                for (var block = 0; block < _proposed.Length; block++)
                {
                    var bits = _proposed[block];
                    _proposed[block] = 0;
                    while (bits != 0)
                    {
                        var slot = block * 64 + BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        Complete(collector, windowStart + slot, slot);
                    }
                }
            }
        }

        /// <summary>
        /// Moves forms from read to looked up while the looked-up forms' bounds (each word's
        /// strongest) add up to no more than the k-th best score: a document they alone hold
        /// cannot enter. A word gives up its forms weakest first; of the words, the one whose
        /// next forms save the most postings per unit of bound spent goes first, so that long
        /// posting lists are the ones only looked up. Forms only ever move that way, as the
        /// k-th best only rises.
        /// </summary>
        private void Partition(float threshold)
        {
            if (!(threshold > _partitionedAt))
                return;
            _partitionedAt = threshold;
            var moved = false;
            while (true)
            {
                Word? bestWord = null;
                var bestUpTo = 0;
                var bestRatio = -1.0;
                foreach (var word in _words)
                {
                    var saved = 0L;
                    for (var i = word.LookedUp.Count; i < word.Forms.Count; i++)
                    {
                        var form = word.Forms[i];
                        var cost = Math.Max(0, form.Bound - word.LookedUpBound);
                        if (_lookedUpBound + cost > threshold)
                            break;
                        saved += form.Postings.GetCost();
                        var ratio = cost <= 0 ? double.PositiveInfinity : saved / cost;
                        if (ratio > bestRatio)
                            (bestWord, bestUpTo, bestRatio) = (word, i + 1, ratio);
                    }
                }
                if (bestWord is null)
                    break;
                for (var i = bestWord.LookedUp.Count; i < bestUpTo; i++)
                {
                    var form = bestWord.Forms[i];
                    form.Essential = false;
                    bestWord.LookedUp.Add(form);
                    _lookedUpBound += Math.Max(0, form.Bound - bestWord.LookedUpBound);
                    bestWord.LookedUpBound = Math.Max(bestWord.LookedUpBound, form.Bound);
                }
                moved = true;
            }
            if (!moved)
                return;
            _essential = [.. _byBound.Where(form => form.Essential)];
            foreach (var word in _words)
                word.LookedUpStrongestFirst = [.. word.LookedUp.OrderByDescending(form => form.Bound)];
            _lookupOrder = [.. _words.Where(word => word.LookedUp.Count > 0).OrderByDescending(word => word.LookedUpBound)];
        }

        /// <summary>An essential form's postings in the window: each document proposed, its word's best form score kept.</summary>
        private void ReadWindow(Form form, int windowStart, int windowEnd)
        {
            var postings = form.Postings;
            var scores = form.Word.Scores;
            var bit = form.Word.Bit;
            for (var doc = postings.DocID; doc < windowEnd; doc = postings.NextDoc())
            {
                var score = postings.GetScore();
                var slot = doc - windowStart;
                ref var block = ref _proposed[slot >> 6];
                var slotBit = 1UL << slot;
                if ((block & slotBit) == 0)
                {
                    block |= slotBit;
                    _matched[slot] = bit;
                    scores[slot] = score;
                }
                else if ((_matched[slot] & bit) == 0)
                {
                    _matched[slot] |= bit;
                    scores[slot] = score;
                }
                else if (score > scores[slot])
                {
                    scores[slot] = score;
                }
            }
        }

        /// <summary>Looks the looked-up forms up in a proposed document while it can still compete; hands it on if it does.</summary>
        private void Complete(ICollector collector, int doc, int slot)
        {
            var matched = _matched[slot];
            var threshold = _top.Threshold;
            if (_lookupOrder.Length > 0)
            {
                // What the document can reach: each word its best form so far, or what its looked-up forms may add.
                var upper = 0.0;
                foreach (var word in _words)
                    upper += Math.Max((matched & word.Bit) != 0 ? word.Scores[slot] : 0.0, word.LookedUpBound);
                foreach (var word in _lookupOrder)
                {
                    if (upper <= threshold)
                        return;
                    var has = (matched & word.Bit) != 0;
                    var best = has ? word.Scores[slot] : 0f;
                    if (has && best >= word.LookedUpBound)
                        continue;
                    upper -= word.LookedUpBound;
                    // Strongest form first: once the best score found beats a form's bound, the rest cannot raise it.
                    foreach (var form in word.LookedUpStrongestFirst)
                    {
                        if (has && best >= form.Bound)
                            break;
                        if (upper + form.Bound <= threshold)
                            return;
                        var postings = form.Postings;
                        var at = postings.DocID;
                        if (at < doc)
                            at = postings.Advance(doc);
                        if (at != doc)
                            continue;
                        var score = postings.GetScore();
                        if (!has || score > best)
                            best = score;
                        has = true;
                    }
                    if (has)
                    {
                        matched |= word.Bit;
                        word.Scores[slot] = best;
                        upper += best;
                    }
                }
                if (upper <= threshold)
                    return;
            }
            // As Lucene's BooleanScorer adds a document's clause scores: as doubles, the last clause first.
            var sum = 0.0;
            var count = 0;
            for (var i = _words.Length - 1; i >= 0; i--)
            {
                if ((matched & _words[i].Bit) != 0)
                {
                    sum += _words[i].Scores[slot];
                    count++;
                }
            }
            var total = (float)(sum * _coordFactors[count]);
            if (!_top.Offer(total))
                return;
            _current.Set(doc, total, count);
            collector.Collect(doc);
        }
    }

    /// <summary>
    /// The k best scores handed on so far in the segment (a min-heap). Documents come in order,
    /// so one that only ties the k-th best loses to it, as it does in Lucene's collector.
    /// </summary>
    private sealed class TopScores(int size)
    {
        private readonly float[] _heap = new float[size];
        private int _count;

        /// <summary>The score a document must beat to enter; -∞ until k documents have.</summary>
        public float Threshold => _count < _heap.Length ? float.NegativeInfinity : _heap[0];

        /// <summary>Keeps <paramref name="score"/> if it enters the k best; false if it cannot.</summary>
        public bool Offer(float score)
        {
            if (_count < _heap.Length)
            {
                var at = _count++;
                while (at > 0 && _heap[(at - 1) / 2] > score)
                {
                    _heap[at] = _heap[(at - 1) / 2];
                    at = (at - 1) / 2;
                }
                _heap[at] = score;
                return true;
            }
            if (!(score > _heap[0]))
                return false;
            var i = 0;
            while (true)
            {
                var child = 2 * i + 1;
                if (child >= _count)
                    break;
                if (child + 1 < _count && _heap[child + 1] < _heap[child])
                    child++;
                if (_heap[child] >= score)
                    break;
                _heap[i] = _heap[child];
                i = child;
            }
            _heap[i] = score;
            return true;
        }
    }

    /// <summary>What the collector reads for the document it is handed.</summary>
    private sealed class CurrentScorer(Weight weight) : Scorer(weight)
    {
        private int _doc = -1;
        private float _score;
        private int _freq;

        public void Set(int doc, float score, int freq)
        {
            _doc = doc;
            _score = score;
            _freq = freq;
        }

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override float GetScore() => _score;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }
}
