using HistoryBot.Core.Answers;
using HistoryBot.Core.Answers.Judging;
using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Tests.Answers;

/// <summary>
/// The judge's predicate signal: whether the best passage holds what the question asks about its
/// topic ("die" in "When did Andropov die?"), not only the topic's names. Over the committed sources.
/// </summary>
public sealed class PredicateSignalTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private Library Library => fixture.Library;

    [Fact]
    public async Task A_passage_that_names_the_person_but_not_the_asked_for_event_holds_none_of_the_predicate()
    {
        // Act: the sources name Andropov, never his death.
        var answer = await Library.Queries.AskAsync("When did Andropov die?");

        // Assert
        var decision = answer.Decision!;
        Assert.Equal(0, Assert.Single(decision.Words, word => word.Word == "Andropov").Predicate);
        Assert.Equal(1, Assert.Single(decision.Words, word => word.Word == "die").Predicate);
        Assert.Equal(0, decision.Best!.Predicate);
        Assert.True(AnswerModel.PredicateAbsent(decision.Best));
        Assert.True(decision.Best.PredicateMissing > 0);
    }

    [Fact]
    public void A_word_of_the_same_family_in_the_passage_holds_the_predicate_in_part()
    {
        // Arrange: "notified" and "notification" share no stem ("notifi", "notif"), nor a lexicon concept or a
        // WordNet synonym; one starts with the other. (The sources' own "applied"/"applications" became one lexicon concept.)
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var query = Library.Searcher.Parse("Who notified Moscow?", null, generation);
        var paragraph = new Paragraph(new SourceId("family.en"), "Family", null, 1, "en", "The Allies sent a notification to Moscow on May 7, 1954.");

        // Act
        var judgement = Library.Judge.Judge(query, [new JudgeCandidate(paragraph, 1.0, null)], new GenerationTermStatistics(generation));

        // Assert
        var signals = judgement.Signals[0];
        Assert.True(Assert.Single(judgement.Decision.Words, word => word.Word == "notified").Predicate > 0);
        Assert.InRange(signals.Predicate, 0.5, 0.9);
        Assert.False(AnswerModel.PredicateAbsent(signals));
    }

    [Fact]
    public async Task A_name_written_in_lower_case_is_topic_and_a_when_question_without_any_date_is_refused()
    {
        // Act: "nato" is written "NATO" inside the sources' sentences; no passage dates NATO's founding.
        var answer = await Library.Queries.AskAsync("what year was nato founded?");

        // Assert
        var decision = answer.Decision!;
        Assert.Equal(0, Assert.Single(decision.Words, word => word.Word == "nato").Predicate);
        Assert.True(Assert.Single(decision.Words, word => word.Word == "founded").Predicate > 0);
        Assert.True(AnswerModel.IntentAbsent(decision.Best!));
        Assert.Equal(AnswerStatus.NotFound, answer.Status);
    }

    [Fact]
    public async Task An_adverb_of_manner_is_no_predicate_and_weighs_like_a_function_word()
    {
        // Act: "officially" says how; the sources date the refusal without the word.
        var answer = await Library.Queries.AskAsync("When did the West officially refuse the Soviet request?");

        // Assert
        var adverb = Assert.Single(answer.Decision!.Words, word => word.Word == "officially");
        Assert.Equal(0, adverb.Predicate);
        Assert.True(adverb.Weight < Assert.Single(answer.Decision.Words, word => word.Word == "refuse").Weight / 2);
        Assert.True(answer.IsFound);
        Assert.Contains("1954", answer.Best!.Sentence.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did the USSR invade Afghanistan?", "invade", 0.5)]
    [InlineData("When did the USSR flurbish NATO?", "flurbish", 0.1)]
    public async Task A_predicate_word_the_index_does_not_know_counts_less_and_least_when_nothing_knows_it(string question, string word, double strength)
    {
        // Act: WordNet knows "invade" (the sources could have said it), nothing knows "flurbish" (a typo or a paraphrase).
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        var match = Assert.Single(answer.Decision!.Words, candidate => candidate.Word == word);
        Assert.False(match.Known);
        Assert.Equal(strength, match.Predicate);
    }

    [Fact]
    public async Task A_word_the_lexicon_writes_but_no_source_holds_is_a_topic_the_sources_do_not_cover()
    {
        // Act: the lexicon writes "bumagsak" (fell, collapsed); no source tells of the Soviet Union's fall.
        var answer = await Library.Queries.AskAsync("Bakit bumagsak ang Unyong Sobyet?");

        // Assert
        var decision = answer.Decision!;
        Assert.False(Assert.Single(decision.Words, word => word.Word == "bumagsak").Known);
        Assert.Equal(1, decision.ForeignTopics);
        Assert.Equal(AnswerStatus.NotFound, answer.Status);
    }

    [Fact]
    public async Task A_word_that_only_shares_a_lexicon_words_stem_is_no_topic_of_its_own()
    {
        // Act: "nagpabagsak" (shot down) stems as "bumagsak" (fell) but is no form the lexicon writes;
        // the sources tell who shot the South Korean plane down.
        var answer = await Library.Queries.AskAsync("Sino ang nagpabagsak ng eroplano ng South Korea noong 1983?");

        // Assert
        Assert.Equal(0, answer.Decision!.ForeignTopics);
        Assert.True(answer.IsFound);
        Assert.Contains("1983", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passage_that_holds_the_asked_for_event_holds_the_whole_predicate()
    {
        // Act
        var answer = await Library.Queries.AskAsync("When did England refuse the USSR?");

        // Assert
        Assert.True(answer.IsFound);
        Assert.Contains("May 7, 1954", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
        Assert.Equal(1, answer.Decision!.Best!.Predicate);
        Assert.Equal(1, answer.Decision.Best.Fact);
        Assert.False(AnswerModel.PredicateAbsent(answer.Decision.Best));
        Assert.False(AnswerModel.IntentAbsent(answer.Decision.Best));
    }
}
