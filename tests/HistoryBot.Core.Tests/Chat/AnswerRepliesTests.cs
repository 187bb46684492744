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
}
