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

    [Theory]
    [InlineData("When did Stalin die?")]
    [InlineData("wen did teh pakt get signd to")]
    public async Task Not_found_names_no_word_when_every_real_word_is_in_the_sources(string question)
    {
        var answer = await fixture.Library.Queries.AskAsync(question);

        var reply = AnswerReplies.Render(answer, "key");

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.DoesNotContain("never mention", reply.Body.ToPlainText());
    }
}
