using System.Collections.Concurrent;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;
using HistoryBot.Testing;

namespace HistoryBot.Core.Tests.Text.Synonyms;

public sealed class SynonymSourcesTests
{
    /// <summary>A source whose entries change while the bot runs, as an admin-edited one would.</summary>
    private sealed class EditableSource(string name) : ISynonymSource
    {
        private readonly ConcurrentDictionary<(string Word, string Language), Synonym[]> _entries = new();

        public string Name => name;

        public void Set(string word, string language, params Synonym[] synonyms) => _entries[(word, language)] = synonyms;

        public void Remove(string word, string language) => _entries.TryRemove((word, language), out _);

        public IReadOnlyList<Synonym> For(string phrase, string language) => _entries.GetValueOrDefault((phrase, language)) ?? [];
    }

    private sealed class FailingSource : ISynonymSource
    {
        public string Name => "broken";

        public IReadOnlyList<Synonym> For(string phrase, string language) => throw new InvalidOperationException("database gone");
    }

    [Fact]
    public void Sources_are_merged_with_each_synonym_once_at_its_highest_weight_best_first()
    {
        // Arrange
        var first = new EditableSource("first");
        var second = new EditableSource("second");
        first.Set("bid", Language.English, new Synonym("request", 0.6), new Synonym("offer", 0.5));
        second.Set("bid", Language.English, new Synonym("Request", 0.9), new Synonym("bid", 0.9), new Synonym("tender", 2.0));
        var sources = new SynonymSources([first, second]);

        // Act
        var found = sources.For("Bid", Language.English);

        // Assert
        Assert.Equal(["tender", "request", "offer"], found.Select(s => s.Text));
        Assert.Equal(SynonymSources.MaxWeight, found[0].Weight);
        Assert.Equal((0.9, "second"), (found[1].Weight, found[1].Source));
        Assert.Equal((0.5, "first"), (found[2].Weight, found[2].Source));
        Assert.Empty(sources.For("bid", Language.Lithuanian));
    }

    [Fact]
    public void A_failing_source_is_logged_and_skipped_while_the_others_still_answer()
    {
        // Arrange
        var logs = new CapturedLogs();
        var good = new EditableSource("good");
        good.Set("bid", Language.English, new Synonym("request", 0.7));
        var sources = new SynonymSources([new FailingSource(), good], logs.For<SynonymSources>());

        // Act
        var found = sources.For("bid", Language.English);

        // Assert
        Assert.Equal("request", Assert.Single(found).Text);
        Assert.Contains("broken", logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_synonym_added_while_running_answers_the_next_question_without_a_reindex_and_removing_it_undoes_that()
    {
        // Arrange
        var editable = new EditableSource("admin");
        using var library = new Library(synonymSources: [editable]);
        const string question = "When was the Glorbat signed?";
        var before = await library.Queries.AskAsync(question);
        var generation = (await library.Queries.StatsAsync()).Generation;

        // Act
        editable.Set("glorbat", Language.English, new Synonym("warsaw pact", 0.9), new Synonym("pact", 0.9));
        var with = await library.Queries.AskAsync(question);
        editable.Remove("glorbat", Language.English);
        var after = await library.Queries.AskAsync(question);

        // Assert
        Assert.Equal(AnswerStatus.NotFound, before.Status);
        Assert.True(with.IsFound);
        Assert.Contains("May 14, 1955", with.Best!.Paragraph.Text);
        Assert.Contains(with.Decision!.Words, word => word.Word == "Glorbat" && word.Source == "admin");
        Assert.Contains(with.Query!.Terms.Single(term => term.Folded == "glorbat").Synonyms, synonym => synonym.Source == "admin");
        Assert.Equal(AnswerStatus.NotFound, after.Status);
        Assert.Equal(generation, (await library.Queries.StatsAsync()).Generation);
    }
}
