using HistoryBot.Core.Answers;
using HistoryBot.Core.Answers.Judging;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;

namespace HistoryBot.Core.Tests.Answers;

/// <summary>The answer judge's decisions over the committed sources, with the shipped model.</summary>
public sealed class AnswerJudgeTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private Library Library => fixture.Library;

    [Fact]
    public async Task A_typo_of_a_known_word_counts_as_that_word_and_the_question_is_answered()
    {
        // Act
        var answer = await Library.Queries.AskAsync("wen was the warsaw pakt signd");

        // Assert
        Assert.True(answer.IsFound);
        Assert.Contains("May 14, 1955", answer.Best!.Sentence.Text);
        var pakt = Assert.Single(answer.Decision!.Words, word => word.Word == "pakt");
        Assert.True(pakt.Known);
        Assert.Equal(MatchKind.Typo, pakt.Kind);
        Assert.Equal("Pact", pakt.Matched);
        Assert.Equal("when", answer.Decision.Intent);
    }

    [Fact]
    public async Task A_modifier_no_source_uses_is_no_foreign_topic()
    {
        // Act: no source says "behind", which WordNet's corpus saw mostly as an adverb or a preposition; it qualifies the
        // question ("who was behind…"), it names no topic the sources lack ("football").
        var answer = await Library.Queries.AskAsync("who was behind the second go at joining nato in the 80s?");

        // Assert
        Assert.Equal(0, answer.Decision!.ForeignTopics);
        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains("Andropov", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typo_of_a_longer_word_stands_in_its_sentence_as_the_word_would()
    {
        // Act: "stalni" is a typo of "Stalin"; with "1952" it stands in "At the end of August 1952, Stalin routinely met with
        // the French ambassador", the evidence the engine's own answer rule looks for (two distinctive words in one sentence).
        var typo = await Library.Queries.AskAsync("who did stalni sit down with in the summer of 1952?");
        var spelt = await Library.Queries.AskAsync("who did stalin sit down with in the summer of 1952?");

        // Assert: answered as the question spelt right is.
        Assert.Equal(AnswerStatus.Found, spelt.Status);
        Assert.Equal(AnswerStatus.Found, typo.Status);
        Assert.Contains("French ambassador", typo.Best!.Paragraph.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who tried to get the USSR inot NATO in the 1980s?", "inot")]
    [InlineData("What did Reagan cal the USSR?", "cal")]
    public async Task A_misspelt_stop_word_no_source_or_wordnet_knows_is_no_search_word(string question, string typo)
    {
        // Act: "inot" is one letter off "into", "cal" off "can"; weighed as unknown words, they sank the confidence.
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.DoesNotContain(answer.Decision!.Words, word => word.Word == typo);
        Assert.True(answer.IsFound, $"{answer.Decision.Confidence}");
    }

    [Fact]
    public async Task A_reworded_question_matches_through_a_wordnet_synonym_and_says_so()
    {
        // Act
        var answer = await Library.Queries.AskAsync("Why did the West turn down the USSR's NATO bid?");

        // Assert: the sources never say "turn down" or "bid"; WordNet's "refuse" and the lexicon's "proposal" stand for them.
        Assert.True(answer.IsFound);
        Assert.Contains("May 7, 1954", answer.Best!.Paragraph.Text);
        var turn = Assert.Single(answer.Decision!.Words, word => word.Word == "turn");
        Assert.Equal((MatchKind.Synonym, "wordnet", "refused"), (turn.Kind, turn.Source, turn.Matched));
        var bid = Assert.Single(answer.Decision.Words, word => word.Word == "bid");
        Assert.Equal((MatchKind.Synonym, "lexicon", "proposal"), (bid.Kind, bid.Source, bid.Matched));
        Assert.True(bid.Known);
    }

    [Fact]
    public async Task Tagalog_as_chat_spells_it_is_answered_its_fillers_and_short_forms_being_no_search_words()
    {
        // Act: "daw" (a hearsay filler) and "nya" (chat spelling of "niya") are no words the sources use.
        var answer = await Library.Queries.AskAsync("ano daw ang huling sinabi ni eisenhower sa talumpati nya?");

        // Assert
        Assert.True(answer.IsFound);
        Assert.Equal("tl", answer.Best!.Citation.Language);
        Assert.DoesNotContain(answer.Decision!.Words, word => word.Word is "daw" or "nya");
    }

    [Theory]
    [InlineData("What did Adenauer say about the Soviet request to join NATO?")]
    [InlineData("what did adenauer say about the soviet request to join nato?")]
    public async Task A_name_no_source_holds_is_an_unknown_name_whether_or_not_it_is_capitalised(string question)
    {
        // Act: the sources never name Adenauer; chat users often type names in lower case.
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.True(answer.Decision!.UnknownName);
        Assert.Equal(AnswerStatus.NotFound, answer.Status);
    }

    [Fact]
    public async Task A_common_word_in_a_name_no_source_holds_is_no_first_name_of_a_known_one()
    {
        // Act: "Zidul Berlinului" is the Berlin Wall; the sources name Berlin, never a wall. "Zidul" is no
        // first name of "Berlin" (as "Fidel" is of "Castro"): the lexicon writes it as "wall".
        var answer = await Library.Queries.AskAsync("Cand s-a construit Zidul Berlinului?");

        // Assert
        Assert.Contains(answer.Decision!.Words, word => word.Word == "Zidul" && !word.Known);
        Assert.True(answer.Decision.UnknownName);
        Assert.Equal(AnswerStatus.NotFound, answer.Status);
    }

    [Theory]
    [InlineData("Who won the football world cup in 1966?")]
    [InlineData("What is the recipe for apple pie?")]
    public async Task A_question_on_a_topic_the_sources_never_mention_is_refused_with_its_unknown_words_shown(string question)
    {
        // Act
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.False(answer.Decision!.Answer);
        Assert.True(answer.Decision.Confidence < answer.Decision.Threshold);
        Assert.Contains(answer.Decision.Words, word => !word.Known);
        Assert.True(answer.Decision.UnknownShare > 0);
    }

    [Fact]
    public async Task A_well_covered_question_is_answered_with_confidence_above_the_threshold()
    {
        // Act
        var answer = await Library.Queries.AskAsync("When was the Warsaw Pact signed?");

        // Assert
        Assert.True(answer.Decision!.Answer);
        Assert.True(answer.Decision.Confidence >= answer.Decision.Threshold);
        Assert.Contains("May 14, 1955", answer.Best!.Sentence.Text);
        Assert.All(answer.Decision.Words, word => Assert.True(word.Known, word.Word));
    }

    [Fact]
    public void With_no_candidates_the_judge_abstains()
    {
        // Arrange
        using var lease = Library.Index.Acquire();
        var query = Library.Searcher.Parse("When was the Warsaw Pact signed?", null, lease.Generation);

        // Act
        var judgement = Library.Judge.Judge(query, [], new GenerationTermStatistics(lease.Generation));

        // Assert
        Assert.False(judgement.Decision.Answer);
        Assert.Equal(0, judgement.Decision.Confidence);
        Assert.Empty(judgement.Order);
    }

    [Fact]
    public void Translations_of_the_best_paragraph_are_no_competitors_for_the_margin()
    {
        // Arrange: the refusal paragraph in its three languages and nothing else.
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var query = Library.Searcher.Parse("When did the United States, France and England refuse the USSR?", null, generation);
        var versions = new[] { "why-ussr-not-accepted-into-nato.en", "why-ussr-not-accepted-into-nato.lt", "why-ussr-not-accepted-into-nato.tl" }
            .Select(source => generation.ParagraphsOf(new SourceId(source)).Single(paragraph => paragraph.Number == 6))
            .Select(paragraph => new JudgeCandidate(paragraph, 1.0, paragraph.Language == "en" ? null : "why-ussr-not-accepted-into-nato.en"))
            .ToList();

        // Act
        var judgement = Library.Judge.Judge(query, versions, new GenerationTermStatistics(generation));

        // Assert
        Assert.Equal("en", versions[judgement.Order[0]].Paragraph.Language);
        Assert.Equal(5, judgement.Decision.Margin);
        Assert.True(judgement.Decision.Answer);
    }

    [Fact]
    public void A_when_question_prefers_the_paragraph_with_the_date_over_one_without()
    {
        // Arrange: the request paragraph (dated) and the Gromyko paragraph (undated) both speak of joining NATO.
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var query = Library.Searcher.Parse("When did the Soviets ask to join NATO?", null, generation);
        var dated = generation.ParagraphsOf(new SourceId("why-ussr-not-accepted-into-nato.en")).Single(paragraph => paragraph.Number == 1);
        var undated = generation.ParagraphsOf(new SourceId("ussr-left-without-nato.en")).First(paragraph => paragraph.Text.Contains("Gromyko", StringComparison.Ordinal));
        JudgeCandidate[] candidates = [new(undated, 1.0, null), new(dated, 1.0, null)];

        // Act
        var judgement = Library.Judge.Judge(query, candidates, new GenerationTermStatistics(generation));

        // Assert
        Assert.Equal(1, judgement.Order[0]);
        Assert.True(judgement.Signals[1].IntentFit > judgement.Signals[0].IntentFit);
    }
}
