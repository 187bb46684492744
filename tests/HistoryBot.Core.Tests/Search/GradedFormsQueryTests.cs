using HistoryBot.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HistoryBot.Core.Tests.Search;

/// <summary>
/// The engine's cheaper scoring finds what Lucene's own would: <see cref="GradedFormsQuery"/>
/// against <see cref="DisjunctionMaxQuery"/>, and <see cref="SegmentParallelSearcher"/> against
/// one segment after the other, on an index where every word is common, spread over several
/// segments and windows, with deleted documents and many tied scores.
/// </summary>
public sealed class GradedFormsQueryTests : IDisposable
{
    private const int Documents = 9_000;
    private static readonly string[] Fields = ["stem_a", "stem_b", "key"];
    private static readonly string[] Vocabulary = ["soviet", "union", "pact", "warsaw", "signed", "treaty", "nato", "join", "request", "moscow"];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public GradedFormsQueryTests()
    {
        var random = new Random(1955);
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
                // Every tenth document repeats the one before it: equal scores, to be ordered by document.
                var seed = i % 10 == 9 ? i - 1 : i;
                var words = new Random(seed * 31 + 7);
                foreach (var field in Fields)
                {
                    if (words.Next(3) == 0)
                        continue;
                    var text = string.Join(' ', Enumerable.Range(0, words.Next(1, 12)).Select(_ => Vocabulary[words.Next(Vocabulary.Length)]));
                    document.Add(new TextField(field, text, Field.Store.NO));
                }
                document.Add(new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES));
                writer.AddDocument(document);
                // Four segments of unequal size.
                if (i is 1_000 or 4_000 or 6_500)
                    writer.Commit();
            }
            for (var i = 0; i < 200; i++)
                writer.DeleteDocuments(new Term("id", random.Next(Documents).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string, int> Questions => new()
    {
        { "soviet union warsaw pact", 1 },
        { "nato join request", 1 },
        { "moscow signed treaty soviet union pact", 1 },
        { "pact", 1 },
        { "soviet union warsaw pact", 0 },
        { "treaty moscow", 2 },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void A_disjunction_of_graded_forms_finds_and_scores_as_lucenes_disjunction_max_query(string words, int minimumShouldMatch)
    {
        // Arrange
        var searcher = new IndexSearcher(_reader) { Similarity = IndexBuilder.Similarity };
        Assert.True(_reader.Leaves.Count >= 4);

        // Act
        var graded = searcher.Search(Disjunction(words, minimumShouldMatch, () => new GradedFormsQuery()), 50);
        var lucenes = searcher.Search(Disjunction(words, minimumShouldMatch, () => new DisjunctionMaxQuery(0f)), 50);

        // Assert
        Assert.Equal(50, lucenes.ScoreDocs.Length);
        Assert.Equal(Hits(lucenes), Hits(graded));
        Assert.Equal(lucenes.TotalHits, graded.TotalHits);
    }

    [Fact]
    public void Graded_forms_required_under_a_conjunction_score_in_order_as_lucenes()
    {
        // Arrange: a required word and an optional one, as CommonTermsQuery joins rare and common words.
        var searcher = new IndexSearcher(_reader) { Similarity = IndexBuilder.Similarity };
        Query Mixed(Func<DisjunctionMaxQuery> make)
        {
            var query = new BooleanQuery(true);
            query.Add(Word("moscow", make), Occur.MUST);
            query.Add(Word("soviet", make), Occur.SHOULD);
            return query;
        }

        // Act
        var graded = searcher.Search(Mixed(() => new GradedFormsQuery()), 50);
        var lucenes = searcher.Search(Mixed(() => new DisjunctionMaxQuery(0f)), 50);

        // Assert
        Assert.Equal(Hits(lucenes), Hits(graded));
        Assert.Equal(lucenes.TotalHits, graded.TotalHits);
    }

    [Theory]
    [InlineData("soviet union warsaw pact", 50)]
    [InlineData("nato join", 10)]
    [InlineData("treaty", 200)]
    public void Searching_segments_side_by_side_returns_the_hits_of_one_after_the_other(string words, int count)
    {
        // Arrange
        var sequential = new IndexSearcher(_reader) { Similarity = IndexBuilder.Similarity };
        var parallel = new SegmentParallelSearcher(_reader, minimumDocuments: 0) { Similarity = IndexBuilder.Similarity };
        var query = Disjunction(words, 1, () => new GradedFormsQuery());

        // Act
        var expected = sequential.Search(query, count);
        var actual = parallel.Search(query, count);

        // Assert: same documents, same scores, ties in document order.
        Assert.Equal(Hits(expected), Hits(actual));
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Contains(Hits(actual).Zip(Hits(actual).Skip(1)), pair => pair.First.Score == pair.Second.Score);
    }

    private static Query Disjunction(string words, int minimumShouldMatch, Func<DisjunctionMaxQuery> make)
    {
        var query = new BooleanQuery { MinimumNumberShouldMatch = minimumShouldMatch };
        foreach (var word in words.Split(' '))
            query.Add(Word(word, make), Occur.SHOULD);
        return query;
    }

    /// <summary>A word in each field, graded as the engine grades forms: its own field, another, the key.</summary>
    private static DisjunctionMaxQuery Word(string word, Func<DisjunctionMaxQuery> make)
    {
        var disjunction = make();
        disjunction.Add(new TermQuery(new Term("stem_a", word)) { Boost = 1.0f });
        disjunction.Add(new TermQuery(new Term("stem_b", word)) { Boost = 0.8f });
        disjunction.Add(new TermQuery(new Term("key", word)) { Boost = 0.5f });
        return disjunction;
    }

    private static List<(int Doc, float Score)> Hits(TopDocs top) => top.ScoreDocs.Select(hit => (hit.Doc, hit.Score)).ToList();
}
