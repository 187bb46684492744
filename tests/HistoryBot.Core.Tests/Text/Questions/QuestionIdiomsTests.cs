using HistoryBot.Core.Answers;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Questions;

namespace HistoryBot.Core.Tests.Text.Questions;

public sealed class QuestionIdiomsTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Theory]
    [InlineData("Who said no to the Soviets?", Language.English, "Who refused to the Soviets?")]
    [InlineData("why did the west say no", Language.English, "why did the west refuse")]
    [InlineData("did the soviets ever make peace with japan?", Language.English, "did the soviets ever end the war with japan?")]
    [InlineData("When was peace made? When they made peace with Japan.", Language.English, "When was peace made? When they ended the war with Japan.")]
    [InlineData("what excuse did they give for saying no?", Language.English, "what excuse did they give for refusing?")]
    [InlineData("De ce au spus nu occidentalii?", Language.Romanian, "De ce au refuzat occidentalii?")]
    [InlineData("Kas pasakė ne sovietams?", Language.Lithuanian, "Kas atsisakė sovietams?")]
    [InlineData("kailan sila sinabihan ng no ng west", Language.Tagalog, "kailan sila tinanggihan ng west")]
    [InlineData("when did the soviet union fall apart?", Language.English, "when did the soviet union collapse?")]
    [InlineData("who took over after Brezhnev?", Language.English, "who succeeded after Brezhnev?")]
    [InlineData("When did the Soviet Union apply to become a member of NATO?", Language.English, "When did the Soviet Union apply to join NATO?")]
    [InlineData("when they became members of the alliance", Language.English, "when they joined the alliance")]
    [InlineData("how did khrushchev try to get into nato?", Language.English, "how did khrushchev try to join nato?")]
    [InlineData("britain broke it by going into the alliance", Language.English, "britain broke it by joining the alliance")]
    [InlineData("Când a cerut URSS să devină membru al NATO?", Language.Romanian, "Când a cerut URSS să adera NATO?")]
    [InlineData("kuriais metais SSRS norėjo tapti nato nare", Language.Lithuanian, "kuriais metais SSRS norėjo įstoti į nato")]
    [InlineData("Kada Sovietų Sąjunga norėjo tapti nare?", Language.Lithuanian, "Kada Sovietų Sąjunga norėjo įstoti?")]
    [InlineData("Kailan nag-apply ang USSR para maging miyembro ng NATO?", Language.Tagalog, "Kailan nag-apply ang USSR para sumali sa NATO?")]
    public void A_phrase_reads_as_the_one_word_it_means(string question, string language, string read)
    {
        Assert.Equal(read, QuestionIdioms.Rewrite(question, language));
    }

    [Theory]
    [InlineData("Is there no record of the Berlin meeting?", Language.English)]
    [InlineData("What did Stalin say about NATO?", Language.English)]
    [InlineData("Ce a spus Hrușciov?", Language.Romanian)]
    [InlineData("How many members did NATO have?", Language.English)]
    [InlineData("When did Soviet troops go into Afghanistan?", Language.English)]
    [InlineData("kiek narių turėjo NATO?", Language.Lithuanian)]
    public void A_question_without_the_idiom_is_left_as_it_is(string question, string language)
    {
        Assert.Equal(question, QuestionIdioms.Rewrite(question, language));
    }

    [Theory]
    [InlineData("When did the Soviet Union apply to become a member of NATO?", "en")]
    [InlineData("Kailan nag-apply ang Soviet Union para maging miyembro ng NATO?", "tl")]
    public async Task Becoming_a_member_is_joining_and_finds_the_request_of_31_march(string question, string language)
    {
        // Act: "member" is a word the request's paragraph never uses; it says "a request to join NATO".
        var answer = await fixture.Library.Queries.AskAsync(question);

        // Assert
        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Equal(1, answer.Best!.Citation.ParagraphNumber);
        Assert.Equal(language, answer.Best.Citation.Language);
    }

    [Theory]
    [InlineData("When did the Soviet Union fall apart?")]
    [InlineData("When did Andropov take over as general secretary?")]
    public async Task An_end_or_a_succession_the_sources_never_tell_is_refused(string question)
    {
        // Act: "fall" had matched "fell" ("the charges fell on…"), "take" "take such a course"; the sources tell of no
        // collapse of the USSR and of no one succeeding Andropov.
        var answer = await fixture.Library.Queries.AskAsync(question);

        // Assert
        Assert.Equal(AnswerStatus.NotFound, answer.Status);
    }

    [Fact]
    public async Task Who_said_no_is_answered_by_the_refusal_and_the_answer_keeps_the_question_as_asked()
    {
        // Act: "said" alone matches every passage that reports what someone said; the refusal of 7 May 1954 says "refused".
        var answer = await fixture.Library.Queries.AskAsync("who said no to the soviet bid to join nato?");

        // Assert
        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains("May 7, 1954", answer.Best!.Paragraph.Text);
        Assert.Equal("who said no to the soviet bid to join nato?", answer.Question);
    }
}
