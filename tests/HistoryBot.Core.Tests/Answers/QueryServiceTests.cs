using HistoryBot.Core.Answers;

namespace HistoryBot.Core.Tests.Answers;

public sealed class QueryServiceTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private QueryService Queries => fixture.Library.Queries;

    [Fact]
    public async Task A_when_question_quotes_the_sentence_with_the_date_and_cites_its_source()
    {
        var answer = await Queries.AskAsync("When did the USSR ask to join NATO?");

        Assert.True(answer.IsFound);
        Assert.Contains("March 31, 1954", answer.Best!.Sentence.Text);
        Assert.Equal("why-ussr-not-accepted-into-nato.en", answer.Best.Citation.SourceId.Value);
        Assert.Equal("Why The USSR Was Not Accepted Into NATO", answer.Best.Citation.SourceTitle);
        Assert.Equal(1, answer.Best.Citation.ParagraphNumber);
    }

    [Theory]
    [InlineData("When did the USSR apply to join NATO?")]
    [InlineData("When did the Soviet Union apply for NATO membership?")]
    [InlineData("When did the USSR submit its application to NATO?")]
    [InlineData("When did the Soviets request to join NATO?")]
    [InlineData("when did the soviets want to join nato")]
    public async Task The_request_to_join_asked_in_everyday_words_gets_the_date_it_was_submitted(string question)
    {
        // The passage says "submitted a request to join NATO": "apply" is that request, not a use of something.
        var answer = await Queries.AskAsync(question);

        Assert.True(answer.IsFound, $"{question}: {answer.Decision?.Confidence}");
        Assert.Contains("March 31, 1954", answer.Best!.Sentence.Text);
    }

    [Fact]
    public async Task What_two_sides_agreed_on_is_found_where_the_source_names_their_agreement()
    {
        // The Romanian source: "A fost semnat un acord pentru a pune capăt stării de război dintre URSS și Japonia (1956)".
        var answer = await Queries.AskAsync("what did the soviets and japan agree on in 56");

        Assert.True(answer.IsFound, $"{answer.Decision?.Confidence}");
        Assert.Contains("Japonia (1956)", answer.Best!.Paragraph.Text);
    }

    [Fact]
    public async Task The_same_question_in_lithuanian_gets_the_lithuanian_passage()
    {
        var answer = await Queries.AskAsync("Kada SSRS paprašė įstoti į NATO?");

        Assert.True(answer.IsFound);
        Assert.Equal("lt", answer.QuestionLanguage);
        Assert.Equal("lt", answer.Best!.Citation.Language);
        Assert.Contains("Kovo 31 d.", answer.Best.Sentence.Text);
    }

    [Fact]
    public async Task Matched_words_are_marked_in_the_sentence_and_the_paragraph()
    {
        var answer = await Queries.AskAsync("Who signed the Warsaw Pact?");

        var marked = answer.Best!.Sentence.Runs().Where(run => run.Marked).Select(run => run.Text).ToList();
        Assert.Contains("Warsaw", marked);
        Assert.Contains("Pact", marked);
        Assert.Contains(answer.Best.Paragraph.Runs(), run => run.Marked && run.Text == "Warsaw");
    }

    [Fact]
    public async Task Typos_still_find_their_passage()
    {
        var answer = await Queries.AskAsync("wen was the warsaw pakt signed");

        Assert.True(answer.IsFound);
        Assert.Contains("May 14, 1955", answer.Best!.Paragraph.Text);
    }

    [Fact]
    public async Task Questions_typed_without_diacritics_find_the_passage()
    {
        var answer = await Queries.AskAsync("Kada JAV, Prancuzija ir Anglija atsisake priimti SSRS i NATO?");

        Assert.True(answer.IsFound);
        Assert.Contains("Gegužės 7 d.", answer.Best!.Paragraph.Text);
    }

    [Fact]
    public async Task An_answer_only_in_another_language_says_so()
    {
        var answer = await Queries.AskAsync("When were diplomatic relations with Austria and West Germany restored?");

        Assert.True(answer.IsFound);
        Assert.Equal("ro", answer.Best!.Citation.Language);
        Assert.True(answer.OnlyInOtherLanguage);
    }

    [Theory]
    [InlineData("What is the boiling point of water?")]
    [InlineData("Kas yra geriausias krepšininkas pasaulyje?")]
    [InlineData("How do I bake sourdough bread?")]
    public async Task A_question_the_sources_do_not_answer_gets_not_found_with_near_misses_kept(string question)
    {
        var answer = await Queries.AskAsync(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Null(answer.Best);
        Assert.Empty(answer.Alternatives);
    }

    [Fact]
    public async Task A_question_of_only_function_words_asks_for_more()
    {
        var answer = await Queries.AskAsync("Who was he and what did they do?");

        Assert.Equal(NotFoundReason.NoSearchableWords, answer.Reason);
    }

    [Fact]
    public async Task Alternatives_are_other_paragraphs_at_most_four()
    {
        var answer = await Queries.AskAsync("NATO membership of the Soviet Union");

        Assert.True(answer.IsFound);
        Assert.InRange(answer.Alternatives.Count, 1, 4);
        var keys = answer.Alternatives.Prepend(answer.Best!).Select(p => (p.Citation.SourceId, p.Citation.ParagraphNumber)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("\"NATO")]
    [InlineData("NEAR(USSR NATO, 2)")]
    [InlineData("USSR* OR NATO^ AND NOT")]
    [InlineData("text:NATO paragraphs:1 {stem_index}")]
    [InlineData("'; DROP TABLE paragraphs; --")]
    [InlineData("\u0000\u0001\u001b[31m NATO \u007f")]
    [InlineData("")]
    [InlineData("    ")]
    public async Task Query_syntax_in_a_question_is_plain_words_and_never_an_error(string question)
    {
        var answer = await Queries.AskAsync(question);

        Assert.NotNull(answer);
        Assert.True((await Queries.AskAsync("Who signed the Warsaw Pact?")).IsFound);
    }

    [Fact]
    public async Task A_five_thousand_character_question_is_answered_without_error()
    {
        var question = string.Concat(Enumerable.Repeat("Warsaw Pact \"NEAR( * ^ ", 250));

        var answer = await Queries.AskAsync(question);

        Assert.True(question.Length >= 5000);
        Assert.NotNull(answer);
    }
}
