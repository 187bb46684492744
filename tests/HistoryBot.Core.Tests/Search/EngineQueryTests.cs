using HistoryBot.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace HistoryBot.Core.Tests.Search;

/// <summary>The engine's query over a library where question words are common: what it finds and how it scores.</summary>
public sealed class EngineQueryTests(LargeLibraryFixture fixture) : IClassFixture<LargeLibraryFixture>
{
    public static TheoryData<string> Questions => new()
    {
        "Who signed the Warsaw Pact?",
        "When did the USSR, BSSR and Ukrainian SSR submit their request to join NATO?",
        "When did the US, France and England refuse to admit the Soviet Union?",
        "Kada buvo pasirašyta Varšuvos sutartis?",
        "Cine a semnat Pactul de la Varșovia?",
        "Sino ang pumirma sa Warsaw Pact?",
        "Which two documents did the USSR send?",
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void The_engine_query_with_the_generations_cached_term_lookups_scores_as_lucenes_own_lookups(string question)
    {
        // Arrange
        var library = fixture.Library;
        using var lease = library.Index.Acquire();
        var generation = lease.Generation;
        var query = library.Searcher.Parse(question, null, generation);
        var engineQuery = Searcher.BuildQuery(generation, query)!;
        using var directory = FSDirectory.Open(Path.Combine(generation.Path, IndexBuilder.EngineFolder));
        using var reader = DirectoryReader.Open(directory);
        var own = new IndexSearcher(reader) { Similarity = IndexBuilder.Similarity };

        // Act: the same query object, on a reader of its own, looks every term up itself.
        var cached = generation.Searcher.Search(engineQuery, Searcher.EngineHits);
        var looked = own.Search(engineQuery, Searcher.EngineHits);

        // Assert
        Assert.Equal(Searcher.EngineHits, cached.ScoreDocs.Length);
        Assert.Equal(looked.ScoreDocs.Select(hit => (hit.Doc, hit.Score)), cached.ScoreDocs.Select(hit => (hit.Doc, hit.Score)));
        // The generation's searcher may prune (MaxScoreQuery): it then scores fewer documents in full, never more.
        Assert.True(cached.TotalHits <= looked.TotalHits);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void The_engine_query_finds_and_scores_as_it_would_with_lucenes_own_disjunction_of_forms(string question)
    {
        // Arrange
        var library = fixture.Library;
        using var lease = library.Index.Acquire();
        var generation = lease.Generation;
        var query = library.Searcher.Parse(question, null, generation);

        // Act
        var graded = generation.Searcher.Search(Searcher.BuildQuery(generation, query)!, Searcher.EngineHits);
        var lucenes = generation.Searcher.Search(Searcher.BuildQuery(generation, query, lucenesDisjunction: true)!, Searcher.EngineHits);

        // Assert
        Assert.Equal(Searcher.EngineHits, lucenes.ScoreDocs.Length);
        Assert.Equal(lucenes.ScoreDocs.Select(hit => (hit.Doc, hit.Score)), graded.ScoreDocs.Select(hit => (hit.Doc, hit.Score)));
        // Pruning (MaxScoreQuery) scores fewer documents in full, never more.
        Assert.True(graded.TotalHits <= lucenes.TotalHits);
    }
}
