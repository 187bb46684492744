using HistoryBot.Core.Answers.Judging;
using HistoryBot.Core.Corpus;

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
        // Arrange: the request (31 March, "request" and "West" but no refusal) and the refusal (7 May, "refused").
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var query = Library.Searcher.Parse("When did the West reject the Soviet request?", null, generation);
        var paragraphs = generation.ParagraphsOf(new SourceId("why-ussr-not-accepted-into-nato.en")).ToList();
        var request = paragraphs.Single(paragraph => paragraph.Number == 1);
        var refusal = paragraphs.Single(paragraph => paragraph.Number == 6);
        JudgeCandidate[] candidates = [new(request, 1.0, null), new(refusal, 1.0, null)];

        // Act
        var judgement = Library.Judge.Judge(query, candidates, new GenerationTermStatistics(generation));

        // Assert
        Assert.Equal(0, judgement.Signals[0].EventFact);
        Assert.True(judgement.Signals[1].EventFact > 0.2, $"event fact {judgement.Signals[1].EventFact}");
        Assert.Equal(1, judgement.Order[0]);
    }

    [Fact]
    public void A_question_that_asks_for_no_date_has_no_event_fact()
    {
        // Arrange: a reason or a name often stands in the sentence after the event, so only dates count.
        using var lease = Library.Index.Acquire();
        var generation = lease.Generation;
        var query = Library.Searcher.Parse("Why did the West reject the Soviet request?", null, generation);
        var refusal = generation.ParagraphsOf(new SourceId("why-ussr-not-accepted-into-nato.en")).Single(paragraph => paragraph.Number == 6);

        // Act
        var judgement = Library.Judge.Judge(query, [new JudgeCandidate(refusal, 1.0, null)], new GenerationTermStatistics(generation));

        // Assert
        Assert.Equal(0, judgement.Signals[0].EventFact);
        Assert.Equal("reject", Assert.Single(judgement.Decision.Words, word => word.Event).Word);
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
