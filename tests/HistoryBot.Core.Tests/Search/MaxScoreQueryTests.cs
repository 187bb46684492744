using System.Globalization;
using HistoryBot.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HistoryBot.Core.Tests.Search;

/// <summary>
/// MaxScore pruning keeps Lucene's exact top k: <see cref="MaxScoreQuery"/> searched for its top
/// hits (pruning) against Lucene's <see cref="BooleanQuery"/> of <see cref="DisjunctionMaxQuery"/>
/// words (every posting scored), on an index of several segments with deleted documents, many
/// tied scores, and words from very common to rare, each in graded forms over three fields.
/// </summary>
public sealed class MaxScoreQueryTests : IDisposable
{
    private const int Documents = 12_000;
    private static readonly string[] Fields = ["stem_a", "stem_b", "key"];

    // Earlier words are far more frequent (Zipf-like), so words range from in most documents to in few.
    private static readonly string[] Vocabulary = ["soviet", "union", "pact", "warsaw", "signed", "treaty", "nato", "join", "request", "moscow", "berlin", "castro", "austria", "moratorium"];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public MaxScoreQueryTests()
    {
        var random = new Random(1962);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = IndexBuilder.Similarity,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < Documents; i++)
            {
                var document = new Document();
                // Every seventh document repeats the one before it: equal scores, to be ordered by document.
                var seed = i % 7 == 6 ? i - 1 : i;
                var words = new Random(seed * 31 + 11);
                foreach (var field in Fields)
                {
                    if (words.Next(4) == 0)
                        continue;
                    var text = string.Join(' ', Enumerable.Range(0, words.Next(1, 16)).Select(_ => Vocabulary[Zipf(words)]));
                    document.Add(new TextField(field, text, Field.Store.NO));
                }
                document.Add(new StringField("id", i.ToString(CultureInfo.InvariantCulture), Field.Store.YES));
                writer.AddDocument(document);
                // Three segments of unequal size, each several windows long.
                if (i is 5_000 or 9_000)
                    writer.Commit();
            }
            for (var i = 0; i < 300; i++)
                writer.DeleteDocuments(new Term("id", random.Next(Documents).ToString(CultureInfo.InvariantCulture)));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static readonly (string Words, int MinimumShouldMatch, int Count)[] Searches =
    [
        ("soviet union warsaw pact", 1, 50),
        ("soviet union warsaw pact", 0, 10),
        ("nato join request moscow berlin", 1, 50),
        ("soviet union pact signed treaty nato join request moscow berlin castro austria", 1, 50),
        ("castro moratorium soviet", 1, 1),
        ("union pact", 1, 200),
        ("soviet", 1, 50),
        ("treaty nato moscow", 1, int.MaxValue),
    ];

    /// <summary>Each search with windows of 512 documents (the engine's), and of 64, 256 and 2,048, so that segments have many windows with bounds of their own, or few.</summary>
    public static TheoryData<string, int, int, int> Questions
    {
        get
        {
            var data = new TheoryData<string, int, int, int>();
            foreach (var windowShift in new[] { TermScoreBounds.DefaultWindowShift, 6, 8, 11 })
            {
                foreach (var (words, minimumShouldMatch, count) in Searches)
                    data.Add(words, minimumShouldMatch, count, windowShift);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Pruned_words_find_and_score_the_top_hits_as_lucenes_boolean_query(string words, int minimumShouldMatch, int count, int windowShift)
    {
        // Arrange
        var lucene = new IndexSearcher(_reader) { Similarity = IndexBuilder.Similarity };
        var sideBySide = new SegmentParallelSearcher(_reader, minimumDocuments: 0) { Similarity = IndexBuilder.Similarity };
        var oneAfterTheOther = new SegmentParallelSearcher(_reader, minimumDocuments: int.MaxValue) { Similarity = IndexBuilder.Similarity };
        var bounds = new TermScoreBounds(_reader, windowShift: windowShift);
        Assert.True(_reader.Leaves.Count >= 3);

        // Act
        var expected = lucene.Search(Words(words, minimumShouldMatch, new BooleanQuery(), () => new DisjunctionMaxQuery(0f)), count);
        var pruned = sideBySide.Search(Words(words, minimumShouldMatch, new MaxScoreQuery(false, bounds), () => new GradedFormsQuery()), count);
        var prunedInOrder = oneAfterTheOther.Search(Words(words, minimumShouldMatch, new MaxScoreQuery(false, bounds), () => new GradedFormsQuery()), count);

        // Assert: the same documents with the same scores, ties in document order.
        Assert.Equal(Math.Min(count, expected.TotalHits), expected.ScoreDocs.Length);
        Assert.Equal(Hits(expected), Hits(pruned));
        Assert.Equal(Hits(expected), Hits(prunedInOrder));
        Assert.True(pruned.TotalHits <= expected.TotalHits);
    }

    [Fact]
    public void Words_that_cannot_reach_the_top_hits_are_not_scored_in_every_document()
    {
        // Arrange: a rare word with common ones; once the top 10 fill, the common words alone cannot compete.
        var lucene = new IndexSearcher(_reader) { Similarity = IndexBuilder.Similarity };
        var searcher = new SegmentParallelSearcher(_reader, minimumDocuments: 0) { Similarity = IndexBuilder.Similarity };
        const string words = "moratorium austria soviet union";

        // Act
        var all = lucene.Search(Words(words, 1, new BooleanQuery(), () => new DisjunctionMaxQuery(0f)), 10);
        var pruned = searcher.Search(Words(words, 1, new MaxScoreQuery(false, new TermScoreBounds(_reader)), () => new GradedFormsQuery()), 10);

        // Assert: the same top 10, from far fewer documents handed to the collector.
        Assert.Equal(Hits(all), Hits(pruned));
        Assert.True(pruned.TotalHits * 4 < all.TotalHits, $"{pruned.TotalHits} of {all.TotalHits} documents scored in full");
    }

    [Fact]
    public void A_query_searched_on_another_reader_than_its_bounds_were_made_for_computes_its_own()
    {
        // Arrange: bounds of this reader, a search on a second reader of the same index.
        using var other = DirectoryReader.Open(_directory);
        var lucene = new IndexSearcher(other) { Similarity = IndexBuilder.Similarity };
        var searcher = new SegmentParallelSearcher(other, minimumDocuments: 0) { Similarity = IndexBuilder.Similarity };
        const string words = "nato join castro";

        // Act
        var expected = lucene.Search(Words(words, 1, new BooleanQuery(), () => new DisjunctionMaxQuery(0f)), 50);
        var pruned = searcher.Search(Words(words, 1, new MaxScoreQuery(false, new TermScoreBounds(_reader)), () => new GradedFormsQuery()), 50);

        // Assert
        Assert.Equal(Hits(expected), Hits(pruned));
    }

    [Fact]
    public void Without_a_top_k_search_the_query_scores_every_match_as_lucenes()
    {
        // Arrange: a plain searcher does not tell the query how many hits it keeps.
        var lucene = new IndexSearcher(_reader) { Similarity = IndexBuilder.Similarity };
        const string words = "soviet union warsaw pact";

        // Act
        var expected = lucene.Search(Words(words, 1, new BooleanQuery(), () => new DisjunctionMaxQuery(0f)), 50);
        var unpruned = lucene.Search(Words(words, 1, new MaxScoreQuery(false, new TermScoreBounds(_reader)), () => new GradedFormsQuery()), 50);

        // Assert
        Assert.Equal(Hits(expected), Hits(unpruned));
        Assert.Equal(expected.TotalHits, unpruned.TotalHits);
    }

    private static int Zipf(Random random)
    {
        var rank = (int)(Vocabulary.Length * Math.Pow(random.NextDouble(), 3));
        return Math.Min(rank, Vocabulary.Length - 1);
    }

    private static Query Words(string words, int minimumShouldMatch, BooleanQuery query, Func<DisjunctionMaxQuery> make)
    {
        query.MinimumNumberShouldMatch = minimumShouldMatch;
        foreach (var word in words.Split(' '))
        {
            // A rare word stands on its own form, as a question word with one indexed form does.
            if (word == "moratorium")
                query.Add(new TermQuery(new Term("stem_a", word)) { Boost = 0.85f }, Occur.SHOULD);
            else
                query.Add(Word(word, make), Occur.SHOULD);
        }
        return query;
    }

    /// <summary>A word in each field, graded as the engine grades forms: its own field, another, the key.</summary>
    private static DisjunctionMaxQuery Word(string word, Func<DisjunctionMaxQuery> make)
    {
        var disjunction = make();
        disjunction.Add(new TermQuery(new Term("stem_a", word)) { Boost = 1.0f });
        disjunction.Add(new TermQuery(new Term("stem_b", word)) { Boost = 0.85f });
        disjunction.Add(new TermQuery(new Term("key", word)) { Boost = 0.4f });
        return disjunction;
    }

    private static List<(int Doc, float Score)> Hits(TopDocs top) => top.ScoreDocs.Select(hit => (hit.Doc, hit.Score)).ToList();
}
