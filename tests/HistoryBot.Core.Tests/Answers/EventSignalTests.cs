namespace HistoryBot.Core.Tests.Answers;

/// <summary>
/// The judge's event signal: a "when" question asks for the date of its event (its first
/// predicate word), so the date counts where it stands in the sentence of that event, not anywhere
/// in the paragraph. Over the committed sources.
/// </summary>
public sealed class EventSignalTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private Library Library => fixture.Library;

    [Theory]
    [InlineData("When did the West reject the Soviet request?", "reject")]
    [InlineData("When was the Soviet request turned down?", "turned")]
    [InlineData("Kailan tinanggihan ng Kanluran ang hiling ng USSR?", "tinanggihan")]
    [InlineData("When did the Soviets officially ask to join NATO?", "ask")]
    [InlineData("kada sovietai oficialiai paprašė juos priimti į NATO?", "paprašė")]
    public async Task The_event_is_the_first_predicate_word_and_after_a_form_of_be_the_last(string question, string expected)
    {
        // Act
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.Equal(expected, Assert.Single(answer.Decision!.Words, word => word.Event).Word);
    }

    [Fact]
    public void A_when_question_prefers_the_paragraph_whose_dated_sentence_holds_the_event()
    {
        // Act: the request (¶1, 31 March, "request" and "West" but no refusal) and the refusal (¶6, 7 May, "refused").
        var judgement = Library.JudgeParagraphs("When did the West reject the Soviet request?", "why-ussr-not-accepted-into-nato.en", 1, 6);

        // Assert
        Assert.Equal(0, judgement.Signals[0].EventFact);
        Assert.True(judgement.Signals[1].EventFact > 0.2, $"event fact {judgement.Signals[1].EventFact}");
        Assert.Equal(1, judgement.Order[0]);
    }

    [Fact]
    public void A_question_that_asks_for_no_date_has_no_event_fact()
    {
        // Act: a reason or a name often stands in the sentence after the event, so only dates count (¶6: the refusal).
        var judgement = Library.JudgeParagraphs("Why did the West reject the Soviet request?", "why-ussr-not-accepted-into-nato.en", 6);

        // Assert
        Assert.Equal(0, judgement.Signals[0].EventFact);
        Assert.Equal("reject", Assert.Single(judgement.Decision.Words, word => word.Event).Word);
    }

    [Theory]
    [InlineData("Why was the Soviet request to join NATO rejected?", "en")]
    [InlineData("Why did the West reject the USSR's request to join NATO?", "en")]
    [InlineData("Kodėl buvo atmestas SSRS prašymas įstoti į NATO?", "lt")]
    public async Task A_why_question_whose_best_passage_misses_its_event_is_answered_by_the_passage_that_tells_it(string question, string language)
    {
        // Act: the request (¶1) holds "request", "join" and "NATO" and scores best, but tells no rejection, so it was
        // refused ("not found"); the refusal (¶6, 7 May) holds the event and gives the reason.
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.True(answer.IsFound, answer.Decision?.ToString());
        Assert.Equal(6, answer.Best!.Citation.ParagraphNumber);
        Assert.StartsWith("why-ussr-not-accepted-into-nato", answer.Best.Citation.SourceId.Value, StringComparison.Ordinal);
        Assert.Equal(language, answer.Best.Citation.Language);
        Assert.Contains("1954", answer.Best.Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passage_that_holds_the_event_but_misses_a_name_the_best_one_holds_does_not_take_its_place()
    {
        // Act: the best passage (Andropov's motive, "cooling off relations with China") is refused; ¶3 of the first
        // article holds "ties" and wanting, but never names Andropov.
        var answer = await Library.Queries.AskAsync("why did andropov want closer ties with the west");

        // Assert
        Assert.True(!answer.IsFound || answer.Best!.Paragraph.Text.Contains("Andropov", StringComparison.Ordinal), answer.Best?.Paragraph.Text);
    }

    [Fact]
    public async Task A_tagalog_prefix_split_off_by_a_hyphen_is_no_question_word_and_the_root_is_the_event()
    {
        // Act: "nag-apply" is the prefix "nag-" on the borrowed "apply"; alone, "nag" is no word.
        var answer = await Library.Queries.AskAsync("Kailan nag-apply ang Unyong Sobyet para maging miyembro ng NATO?");

        // Assert
        var words = answer.Decision!.Words;
        Assert.DoesNotContain(words, word => word.Word == "nag");
        Assert.Equal("apply", Assert.Single(words, word => word.Event).Word);
    }
}
