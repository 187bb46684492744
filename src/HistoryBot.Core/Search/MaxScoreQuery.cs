using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace HistoryBot.Core.Search;

/// <summary>
/// The question's words as Lucene's disjunction (a <see cref="BooleanQuery"/> of optional
/// clauses, each a word's <see cref="GradedFormsQuery"/> or a single form), scored for a top-k
/// search with MaxScore (Turtle and Flood, 1995), the exact pruning Lucene 4.8 lacks, with
/// block-max bounds: each indexed form has an upper bound per window of 512 documents, the
/// highest score it reaches there (<see cref="TermScoreBounds"/>). Window by window, once the
/// k-th best score so far exceeds what the weakest
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
            var windowSize = 1 << termBounds.WindowShift;
            var words = new List<Word>(m_weights.Count);
            for (var i = 0; i < m_weights.Count; i++)
            {
                var clause = query.Clauses[i];
                if (clause.Occur != Occur.SHOULD || Forms(clause.Query, m_weights[i]) is not { } forms)
                    return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
                var word = new Word(words.Count, windowSize);
                foreach (var (term, boost, weight) in forms)
                {
                    // A bound scales with a positive boost only.
                    if (!(boost > 0 && query.Boost > 0 && _topLevelBoost > 0))
                        return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
                    if (weight.GetScorer(context, acceptDocs) is not { } scorer)
                        continue;
                    var scale = (double)boost * query.Boost * _topLevelBoost * (1 + BoundMargin);
                    word.Forms.Add(new Form(word, scorer, termBounds.WindowMaxima(_searcher, context, term), scale));
                }
                // A word no form of which is in the segment matches nothing here (Lucene's BooleanScorer leaves it out too).
                if (word.Forms.Count > 0)
                    words.Add(word);
            }
            if (words.Count == 0)
                return null;
            var coordFactors = new float[words.Count + 1];
            for (var i = 0; i < coordFactors.Length; i++)
                coordFactors[i] = query.CoordDisabled ? 1f : Coord(i, m_maxCoord);
            return new MaxScoreBulkScorer(this, [.. words], coordFactors, TopHits, termBounds.WindowShift, context.AtomicReader.MaxDoc);
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
    private sealed class Word(int index, int windowSize)
    {
        public int Index { get; } = index;

        public ulong Bit { get; } = 1UL << index;

        /// <summary>The word's forms in the segment, weakest bound in the current window first.</summary>
        public List<Form> Forms { get; } = [];

        /// <summary>How many of <see cref="Forms"/>, the weakest, are only looked up in the current window, not read through (their bounds together cannot reach the k-th best).</summary>
        public int LookedUpCount { get; set; }

        /// <summary>The highest bound of the looked-up forms: what they can add to a document at most; 0 when none.</summary>
        public double LookedUpBound { get; set; }

        /// <summary>The word's best next move in the partition: up to which of <see cref="Forms"/> to look up (0: none fits).</summary>
        public int MoveUpTo { get; set; }

        /// <summary>Postings saved per unit of bound spent by that move.</summary>
        public double MoveRatio { get; set; }

        /// <summary>The bound that move spends.</summary>
        public double MoveCost { get; set; }

        public float[] Scores { get; } = new float[windowSize];
    }

    /// <summary>One indexed form of a word in one segment: its postings, and the highest score it reaches in each window there.</summary>
    private sealed class Form(Word word, Scorer postings, float[] windowMaxima, double scale)
    {
        public Word Word { get; } = word;

        public Scorer Postings { get; } = postings;

        /// <summary>How many documents the form is in (the postings a window read would walk through, all windows together).</summary>
        public long Cost { get; } = postings.GetCost();

        /// <summary>The highest score at boost 1 per window, times <see cref="Scale"/> (boosts and a rounding margin) for a bound.</summary>
        public float[] WindowMaxima { get; } = windowMaxima;

        public double Scale { get; } = scale;

        /// <summary>The highest score the form reaches in the current window.</summary>
        public double Bound { get; set; }

        public bool Essential { get; set; } = true;
    }

    /// <summary>
    /// MaxScore over aligned windows of 512 documents (<see cref="TermScoreBounds.WindowShift"/>), form by form, with each form's bound
    /// for the window at hand (<see cref="TermScoreBounds"/>): the weakest forms whose bounds
    /// together (each word counting its strongest such form, since a word scores by its best
    /// form) cannot reach the k-th best score are only looked up; the other, essential forms
    /// read their postings of the window into a table, the way Lucene's window scorer does. A
    /// window whose forms all can be looked up is not read at all. Each document the essential
    /// forms propose is then completed, in order, by skipping the looked-up forms ahead to it,
    /// the word that can add most first, until it is either scored in full or shown unable to
    /// compete.
    /// </summary>
    private sealed class MaxScoreBulkScorer : BulkScorer
    {
        private readonly Word[] _words;
        private readonly Form[] _forms;
        private readonly float[] _coordFactors;
        private readonly TopScores _top;
        private readonly int _windowShift;
        private readonly int _maxDoc;
        private readonly ulong[] _proposed;
        private readonly ulong[] _matched;
        private readonly CurrentScorer _current;
        private readonly Form[] _essential;
        private readonly Word[] _lookupOrder;
        private int _essentialCount;
        private int _lookupCount;
        private double _lookedUpBound;
        private int _next;
        private bool _started;

        public MaxScoreBulkScorer(Weight weight, Word[] words, float[] coordFactors, int topHits, int windowShift, int maxDoc)
        {
            _words = words;
            _forms = [.. words.SelectMany(word => word.Forms)];
            _essential = new Form[_forms.Length];
            _lookupOrder = new Word[words.Length];
            _coordFactors = coordFactors;
            _top = new TopScores(topHits);
            _windowShift = windowShift;
            _maxDoc = maxDoc;
            _proposed = new ulong[(1 << windowShift) / 64];
            _matched = new ulong[1 << windowShift];
            _current = new CurrentScorer(weight);
        }

        public override bool Score(ICollector collector, int max)
        {
            if (!_started)
            {
                foreach (var form in _forms)
                    form.Postings.NextDoc();
                _started = true;
            }
            collector.SetScorer(_current);
            while (true)
            {
                if (_next >= _maxDoc)
                    return false;
                if (_next >= max)
                    return true;
                var window = _next >> _windowShift;
                var windowStart = window << _windowShift;
                var windowEnd = (int)Math.Min(Math.Min(max, _maxDoc), (long)windowStart + (1 << _windowShift));
                if (!Partition(window, _top.Threshold))
                {
                    _next = windowEnd;
                    continue;
                }
                var first = DocIdSetIterator.NO_MORE_DOCS;
                for (var i = 0; i < _essentialCount; i++)
                {
                    // A form only looked up in earlier windows may lag behind.
                    var postings = _essential[i].Postings;
                    var at = postings.DocID;
                    if (at < _next)
                        at = postings.Advance(_next);
                    first = Math.Min(first, at);
                }
                if (first < windowEnd)
                {
                    for (var i = 0; i < _essentialCount; i++)
                        ReadWindow(_essential[i], windowStart, windowEnd);
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
                _next = windowEnd;
            }
        }

        /// <summary>
        /// Sets each form's bound for the window, then moves forms from read to looked up while
        /// the looked-up forms' bounds (each word's strongest) add up to no more than the k-th
        /// best score: a document they alone hold cannot enter. A word gives up its forms
        /// weakest first; of the words, the one whose next forms save the most postings per
        /// unit of bound spent goes first, so that long posting lists are the ones only looked up.
        /// False when no document of the window can enter (its words' bounds add up to no more
        /// than the k-th best): the window is not read at all.
        /// </summary>
        private bool Partition(int window, float threshold)
        {
            var reachable = 0.0;
            foreach (var word in _words)
            {
                var strongest = 0.0;
                foreach (var form in word.Forms)
                {
                    form.Bound = form.WindowMaxima[window] * form.Scale;
                    strongest = Math.Max(strongest, form.Bound);
                }
                reachable += strongest;
            }
            if (reachable <= threshold)
                return false;
            _lookedUpBound = 0;
            foreach (var word in _words)
            {
                var forms = word.Forms;
                for (var i = 0; i < forms.Count; i++)
                {
                    var form = forms[i];
                    form.Essential = true;
                    // Weakest first (insertion sort: a word has a handful of forms).
                    var j = i;
                    while (j > 0 && forms[j - 1].Bound > form.Bound)
                    {
                        forms[j] = forms[j - 1];
                        j--;
                    }
                    forms[j] = form;
                }
                word.LookedUpCount = 0;
                word.LookedUpBound = 0;
                NextMove(word, threshold);
            }
            while (true)
            {
                // The best move of all words (the first word on a tie). A word's best move only changes
                // when it moves, or when the bound spent so far no longer leaves room for it.
                Word? bestWord = null;
                foreach (var word in _words)
                {
                    if (word.MoveUpTo > 0 && (bestWord is null || word.MoveRatio > bestWord.MoveRatio))
                        bestWord = word;
                }
                if (bestWord is null)
                    break;
                for (var i = bestWord.LookedUpCount; i < bestWord.MoveUpTo; i++)
                {
                    var form = bestWord.Forms[i];
                    form.Essential = false;
                    _lookedUpBound += Math.Max(0, form.Bound - bestWord.LookedUpBound);
                    bestWord.LookedUpBound = Math.Max(bestWord.LookedUpBound, form.Bound);
                }
                bestWord.LookedUpCount = bestWord.MoveUpTo;
                foreach (var word in _words)
                {
                    if (word == bestWord || (word.MoveUpTo > 0 && _lookedUpBound + word.MoveCost > threshold))
                        NextMove(word, threshold);
                }
            }
            _essentialCount = 0;
            foreach (var form in _forms)
            {
                if (form.Essential)
                    _essential[_essentialCount++] = form;
            }
            // The words with looked-up forms, the one that can add most first.
            _lookupCount = 0;
            foreach (var word in _words)
            {
                if (word.LookedUpCount == 0)
                    continue;
                var j = _lookupCount++;
                while (j > 0 && _lookupOrder[j - 1].LookedUpBound < word.LookedUpBound)
                {
                    _lookupOrder[j] = _lookupOrder[j - 1];
                    j--;
                }
                _lookupOrder[j] = word;
            }
            return true;
        }

        /// <summary>
        /// A word's best next move: of the prefixes of its forms still read whose bounds fit
        /// within the k-th best along with those already looked up, the one that saves the most
        /// postings per unit of bound spent; none (<see cref="Word.MoveUpTo"/> 0) when none fits.
        /// </summary>
        private void NextMove(Word word, float threshold)
        {
            word.MoveUpTo = 0;
            word.MoveRatio = -1.0;
            var saved = 0L;
            for (var i = word.LookedUpCount; i < word.Forms.Count; i++)
            {
                var form = word.Forms[i];
                var cost = Math.Max(0, form.Bound - word.LookedUpBound);
                if (_lookedUpBound + cost > threshold)
                    break;
                saved += form.Cost;
                var ratio = cost <= 0 ? double.PositiveInfinity : saved / cost;
                if (ratio > word.MoveRatio)
                    (word.MoveUpTo, word.MoveRatio, word.MoveCost) = (i + 1, ratio, cost);
            }
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
            if (_lookupCount > 0)
            {
                // What the document can reach: each word its best form so far, or what its looked-up forms
                // may add (together the looked-up bound, plus what a matched word's score has over its own).
                var upper = _lookedUpBound;
                for (var bits = matched; bits != 0; bits &= bits - 1)
                {
                    var word = _words[BitOperations.TrailingZeroCount(bits)];
                    var over = word.Scores[slot] - word.LookedUpBound;
                    if (over > 0)
                        upper += over;
                }
                for (var w = 0; w < _lookupCount; w++)
                {
                    if (upper <= threshold)
                        return;
                    var word = _lookupOrder[w];
                    var has = (matched & word.Bit) != 0;
                    var best = has ? word.Scores[slot] : 0f;
                    if (has && best >= word.LookedUpBound)
                        continue;
                    upper -= word.LookedUpBound;
                    // Strongest form first: once the best score found beats a form's bound, the rest cannot raise it.
                    for (var i = word.LookedUpCount - 1; i >= 0; i--)
                    {
                        var form = word.Forms[i];
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
