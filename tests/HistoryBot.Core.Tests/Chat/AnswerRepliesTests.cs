using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Tests.Chat;

public sealed class AnswerRepliesTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Fact]
    public async Task Other_languages_shows_the_translations_and_no_near_misses()
    {
        var answer = await fixture.Library.Queries.AskAsync("Kada SSRS paprase istoti i NATO?");

        var text = AnswerReplies.RenderOtherLanguages(answer, "key").Body.ToPlainText();

        Assert.Contains("March 31, 1954", text);
        Assert.Contains("Marso 31, 1954", text);
        // The Romanian source says nothing of the request to join NATO.
        Assert.DoesNotContain("Romanian", text);
    }

    [Fact]
    public async Task An_answer_shows_its_citation_and_a_page_count()
    {
        var answer = await fixture.Library.Queries.AskAsync("Who signed the Warsaw Pact?");

        var reply = AnswerReplies.Render(answer, "key");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Matches(@"¶\d+ · English · 1/\d", reply.Footer);
    }

    [Theory]
    [InlineData("When did Soviet troops invade Czechoslovakia?", "My sources never mention “invade”.")]
    [InlineData("Kada sovietai įsiveržė į Čekoslovakiją?", "Mano šaltiniuose neminima: „įsiveržė“.")]
    public async Task Not_found_names_the_words_no_source_mentions_in_the_askers_language(string question, string named)
    {
        var answer = await fixture.Library.Queries.AskAsync(question);

        var reply = AnswerReplies.Render(answer, "key");

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.EndsWith(named, reply.Body.ToPlainText());
    }

    [Fact]
    public async Task Not_found_says_once_that_no_source_mentions_the_kind_of_person_asked_for()
    {
        var answer = await fixture.Library.Queries.AskAsync("which soviet pilot fired at the boeing?");

        var reply = AnswerReplies.Render(answer, "key");

        // Not again "The closest passage never mentions “pilot”."
        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.EndsWith("My sources never mention “pilot”.", reply.Body.ToPlainText());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reply.Body.ToPlainText(), "“pilot”"));
    }

    [Theory]
    [InlineData("When was the Warsaw Pact dissolved?", "The closest passage never mentions “dissolved”.")]
    [InlineData("Kada mirė Andropovas?", "Artimiausioje ištraukoje neminima: „mirė“.")]
    [InlineData("Who was the British prime minister when the USSR asked to join NATO?", "The closest passage never mentions “prime minister”.")]
    [InlineData("Kas buvo Didžiosios Britanijos premjeras 1954 m.?", "Artimiausioje ištraukoje neminima: „premjeras“.")]
    [InlineData("Cine a fost primul secretar general al NATO?", "Cel mai apropiat pasaj nu pomenește: „primul secretar general”.")]
    [InlineData("Where did Eisenhower make his speech about peace in 1953?", "The closest passage does not say where.")]
    [InlineData("Kur Eisenhoweris sakė kalbą apie taiką 1953 m.?", "Artimiausioje ištraukoje nenurodyta, kur tai buvo.")]
    [InlineData("What was Eisenhower's peace speech of 1953 called?", "The closest passage gives no name for it.")]
    [InlineData("When did Soviet soldiers go into Afghanistan?", "The closest passage names “Afghanistan” only in passing, in a list with no date.")]
    [InlineData("What did the Soviets do in Hungary in 1956?", "The closest passage names “Hungary” only in passing, in a list with no date.")]
    [InlineData("Când au intrat trupele sovietice în Afganistan?", "Cel mai apropiat pasaj pomenește „Afganistan” doar în treacăt, într-o listă fără dată.")]
    [InlineData("How many Soviet troops did the Warsaw Pact let them deploy?", "The closest passage mentions “Soviet troops” but does not say how many.")]
    [InlineData("Who was NATO's secretary general in the early 80s?", "The closest passage names “secretary general”, but not as NATO's.")]
    [InlineData("Kas buvo NATO generalinis sekretorius?", "Artimiausioje ištraukoje minima „generalinis sekretorius“, bet ne NATO.")]
    public async Task Not_found_for_an_event_a_role_a_place_or_a_count_the_closest_passage_lacks_says_so(string question, string named)
    {
        var answer = await fixture.Library.Queries.AskAsync(question);

        var reply = AnswerReplies.Render(answer, "key");

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.EndsWith(named, reply.Body.ToPlainText());
    }

    [Theory]
    [InlineData("When did Stalin die?")]
    [InlineData("wen did teh pakt get signd to")]
    public async Task Not_found_names_no_word_when_every_real_word_is_in_the_sources(string question)
    {
        var answer = await fixture.Library.Queries.AskAsync(question);

        var reply = AnswerReplies.Render(answer, "key");

        // "When did Stalin die?" may say its closest passage lacks "die" (ClosestNeverMentions); no word is claimed absent from every source.
        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.DoesNotContain("My sources never mention", reply.Body.ToPlainText());
    }

    [Fact]
    public async Task Not_found_offers_the_closest_passage_which_is_shown_marked_as_perhaps_not_answering()
    {
        // Arrange: the sources name the USSR and Czechoslovakia in one paragraph, never an invasion.
        var answer = await fixture.Library.Queries.AskAsync("When did Soviet troops invade Czechoslovakia?");

        // Act
        var reply = AnswerReplies.Render(answer, "key");
        var closest = AnswerReplies.RenderClosest(answer, "key");

        // Assert
        var button = Assert.Single(reply.Buttons);
        Assert.Equal((BotTexts.ClosestPassage, "near:key"), (button.Label, button.Data));
        Assert.Equal(ReplyKind.Answer, closest.Kind);
        Assert.StartsWith(BotTexts.ClosestCaveat("en") + "\n", closest.Footer);
        Assert.Contains("Czechoslovakia", (closest.Context ?? closest.Body).ToPlainText());
    }

    [Theory]
    [InlineData("Who won the football world cup in 1966?")]
    [InlineData("What is the recipe for apple pie?")]
    public async Task Not_found_offers_no_closest_passage_when_no_passage_shares_most_of_the_question(string question)
    {
        var answer = await fixture.Library.Queries.AskAsync(question);

        var reply = AnswerReplies.Render(answer, "key");

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.Empty(reply.Buttons);
        Assert.Equal(BotTexts.NoClosestPassage("en"), AnswerReplies.RenderClosest(answer, "key").Body.ToPlainText());
    }

    [Fact]
    public async Task A_not_found_without_a_remembered_question_offers_no_button()
    {
        var answer = await fixture.Library.Queries.AskAsync("When did Soviet troops invade Czechoslovakia?");

        var reply = AnswerReplies.Render(answer, "");

        Assert.Empty(reply.Buttons);
    }
}
