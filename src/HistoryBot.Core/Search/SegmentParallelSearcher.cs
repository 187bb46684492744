using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryBot.Core.Search;

/// <summary>
/// An <see cref="IndexSearcher"/> that searches the segments of a large generation side by side
/// for a top-k search: the asking thread and one helper from the thread pool each take the next
/// segment not yet taken (so the asker never waits for a helper that has not started), and the
/// segments' top hits are merged by score, ties in document order — the hits and scores of a
/// search of one segment after the other. Each question still runs on the asker's thread for
/// the rest; only Lucene's scoring, most of a question's time on a large library, uses both cores.
/// It also tells a <see cref="MaxScoreQuery"/> how many hits the search keeps, so that its
/// words can prune.
/// </summary>
internal sealed class SegmentParallelSearcher(IndexReader reader, int minimumDocuments) : IndexSearcher(reader)
{
    /// <summary>From how many paragraphs a generation's segments are searched side by side (below, a thread hop costs more than it saves).</summary>
    public const int DefaultMinimumDocuments = 20_000;

    protected override TopDocs Search(Weight weight, ScoreDoc? after, int nDocs)
    {
        // A top-k search by score: the question's words may prune with the k (not when paging on).
        if (weight is MaxScoreQuery.MaxScoreWeight maxScore)
            maxScore.TopHits = after is null ? Math.Min(nDocs, Math.Max(1, IndexReader.MaxDoc)) : 0;
        var leaves = m_leafContexts;
        if (leaves.Count < 2 || IndexReader.MaxDoc < minimumDocuments)
            return base.Search(weight, after, nDocs);
        var shards = new TopDocs[leaves.Count];
        var next = -1;
        void SearchSegments()
        {
            int leaf;
            while ((leaf = Interlocked.Increment(ref next)) < leaves.Count)
                shards[leaf] = Search([leaves[leaf]], weight, after, nDocs);
        }
        var helper = Task.Run(SearchSegments);
        try
        {
            SearchSegments();
        }
        catch
        {
            // The helper reads the same generation: it finishes before the asker's lease can be let go.
            helper.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Wait();
            throw;
        }
        helper.GetAwaiter().GetResult();
        return TopDocs.Merge(null, Math.Min(nDocs, Math.Max(1, IndexReader.MaxDoc)), shards);
    }
}
