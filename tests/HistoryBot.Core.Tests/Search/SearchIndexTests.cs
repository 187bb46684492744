using HistoryBot.Core.Answers;
using HistoryBot.Core.Search;

namespace HistoryBot.Core.Tests.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public async Task The_first_question_builds_the_index_and_a_restart_reuses_it()
    {
        using var library = new Library();

        var answer = await library.Queries.AskAsync("Who signed the Warsaw Pact?");
        var generation = (await library.Queries.StatsAsync()).Generation;

        using var restarted = new SearchIndex(Microsoft.Extensions.Options.Options.Create(library.Storage), library.Analyzer, library.Loader, library.Builder);
        var report = await restarted.EnsureLoadedAsync();
        Assert.True(answer.IsFound);
        Assert.Null(report);
        using var lease = restarted.Acquire();
        Assert.Equal(generation, lease.Generation.Number);
    }

    [Fact]
    public async Task A_query_in_flight_finishes_on_the_old_generation_while_a_rebuild_swaps_in_a_new_one()
    {
        using var library = new Library();
        await library.Index.EnsureLoadedAsync();
        var lease = library.Index.Acquire();

        var query = library.Searcher.Parse("Who signed the Warsaw Pact?", "en", lease.Generation);

        var report = await library.Index.RebuildAsync();

        // The question in flight is answered from the old generation, whose files are still there.
        var hits = library.Searcher.Search(lease.Generation, query, 3);
        Assert.Equal(lease.Generation.Number + 1, report.Generation);
        Assert.Contains("Warsaw Pact", hits[0].Paragraph.Paragraph.Text);
        Assert.True(Directory.Exists(lease.Generation.Path));
        Assert.Equal(lease.Generation.ParagraphCount, lease.Generation.Sources.Sum(s => s.ParagraphCount));
        var old = lease.Generation;
        lease.Dispose();
        Assert.True(old.IsDisposed);
        using var current = library.Index.Acquire();
        Assert.Equal(report.Generation, current.Generation.Number);
    }

    [Fact]
    public async Task A_rebuild_from_a_corpus_in_memory_lets_go_of_the_corpus_once_it_is_built()
    {
        // Arrange
        using var library = new Library();
        await library.Index.EnsureLoadedAsync();

        // Act: this method resumes inside the build's completion, as the bench does.
        var (build, corpus) = StartRebuildFromMemory(library);
        var report = await build;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Assert
        Assert.True(report.ParagraphCount > 0);
        Assert.False(corpus.TryGetTarget(out _), "the corpus is still held after the build");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Task<IndexBuildReport> Build, WeakReference<Core.Corpus.LoadedCorpus> Corpus) StartRebuildFromMemory(Library library)
    {
        var corpus = library.Loader.Load(library.SourcesDirectory, CancellationToken.None);
        return (library.Index.RebuildFromAsync(corpus), new WeakReference<Core.Corpus.LoadedCorpus>(corpus));
    }

    [Fact]
    public async Task A_build_that_fails_validation_leaves_the_previous_generation_serving()
    {
        using var library = new Library();
        await library.Index.EnsureLoadedAsync();
        var before = (await library.Queries.StatsAsync()).Generation;
        foreach (var file in Directory.EnumerateFiles(library.SourcesDirectory))
            File.Delete(file);

        var failure = await Assert.ThrowsAsync<IndexBuildException>(() => library.Index.RebuildAsync());

        Assert.Contains("No paragraphs", failure.Message);
        Assert.Equal(before, (await library.Queries.StatsAsync()).Generation);
        Assert.True((await library.Queries.AskAsync("When did the USSR ask to join NATO?")).IsFound);
        Assert.Empty(Directory.EnumerateFiles(library.Index.IndexDirectory, "*.tmp"));
    }

    [Fact]
    public async Task Leftovers_of_an_interrupted_build_are_cleaned_on_start_and_the_named_generation_serves()
    {
        using var library = new Library();
        await library.Index.EnsureLoadedAsync();
        var serving = (await library.Queries.StatsAsync()).Generation;
        library.Index.Dispose();
        // A build killed half-way: its folder and lease file, held by nobody any more.
        var leftover = Path.Combine(library.Index.IndexDirectory, "gen-000099-0badf00d.building");
        Directory.CreateDirectory(Path.Combine(leftover, "lucene"));
        await File.WriteAllTextAsync(Path.Combine(leftover, "lease"), "");
        await File.WriteAllTextAsync(Path.Combine(leftover, "lucene", "_0.fdt"), "half a build");

        using var restarted = new SearchIndex(Microsoft.Extensions.Options.Options.Create(library.Storage), library.Analyzer, library.Loader, library.Builder);
        await restarted.EnsureLoadedAsync();

        Assert.False(Directory.Exists(leftover));
        using var lease = restarted.Acquire();
        Assert.Equal(serving, lease.Generation.Number);
    }

    [Fact]
    public async Task An_unreadable_current_generation_is_rebuilt_on_start()
    {
        using var library = new Library();
        await library.Index.EnsureLoadedAsync();
        library.Index.Dispose();
        var current = File.ReadAllText(Path.Combine(library.Index.IndexDirectory, "CURRENT")).Trim();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(library.Index.IndexDirectory, current, "lucene")))
            await File.WriteAllTextAsync(file, "not an index");

        using var restarted = new SearchIndex(Microsoft.Extensions.Options.Options.Create(library.Storage), library.Analyzer, library.Loader, library.Builder);
        var report = await restarted.EnsureLoadedAsync();

        Assert.NotNull(report);
        Assert.Equal(library.Loader.Load(library.SourcesDirectory).Paragraphs.Count, report.ParagraphCount);
    }

    [Fact]
    public async Task An_index_built_with_other_analysis_is_rebuilt_on_start()
    {
        using var library = new Library();
        await library.Index.EnsureLoadedAsync();
        library.Index.Dispose();
        var unstemmed = new HistoryBot.Core.Text.TextAnalyzer(snowball: null, "simulated: libstemmer missing");

        using var restarted = new SearchIndex(Microsoft.Extensions.Options.Options.Create(library.Storage), unstemmed, library.Loader,
            new IndexBuilder(unstemmed, [], TimeProvider.System));
        var report = await restarted.EnsureLoadedAsync();

        Assert.NotNull(report);
        Assert.False(report.StemmingAvailable);
    }

    [Fact]
    public async Task A_serving_process_keeps_its_file_and_follows_a_generation_another_process_built()
    {
        using var library = new Library();
        var clock = new HistoryBot.Testing.ManualTimeProvider();
        using var serving = new SearchIndex(Microsoft.Extensions.Options.Options.Create(library.Storage), library.Analyzer, library.Loader, library.Builder, time: clock);
        await serving.EnsureLoadedAsync();
        var before = serving.Acquire();
        var servingFile = before.Generation.Path;
        before.Dispose();

        // `index` run beside the bot: a second process on the same data directory.
        using var other = new SearchIndex(Microsoft.Extensions.Options.Options.Create(library.Storage), library.Analyzer, library.Loader, library.Builder);
        var report = await other.RebuildAsync();
        long stillOld;
        using (var lease = serving.Acquire())
            stillOld = lease.Generation.Number;
        clock.Advance(TimeSpan.FromSeconds(3));
        await serving.EnsureLoadedAsync();

        Assert.True(Directory.Exists(servingFile));
        using var after = serving.Acquire();
        Assert.NotEqual(report.Generation, stillOld);
        Assert.Equal(report.Generation, after.Generation.Number);
    }
}
