using HistoryBot.Core.Chat;
using HistoryBot.Discord.Adapter;
using HistoryBot.Discord.Rest;

namespace HistoryBot.Discord.Tests.Adapter;

public sealed class DiscordRendererTests
{
    private static Reply Answer(int bodyLength = 40, int contextLength = 120, int buttons = 2) => new()
    {
        Kind = ReplyKind.Answer,
        Title = "Why The USSR Was Not Accepted Into NATO",
        Body = new RichText([new("On March 31, 1954, the "), new("USSR", TextStyle.Bold), new(" asked " + new string('a', Math.Max(0, bodyLength - 30)))]),
        Context = RichText.Plain(new string('c', contextLength)),
        Footer = "Why The USSR Was Not Accepted Into NATO · ¶1 · English · 1/5",
        Buttons = Enumerable.Range(0, buttons).Select(i => new ReplyButton(i == 0 ? "More results ▶" : $"Button {i}", $"more:abcdefghij:{i}")).ToList(),
    };

    [Fact]
    public void An_answer_is_an_embed_with_title_bold_description_context_field_footer_and_buttons()
    {
        var payload = DiscordRenderer.Render(Answer());

        var embed = Assert.Single(payload.Embeds!);
        Assert.Equal("Why The USSR Was Not Accepted Into NATO", embed.Title);
        Assert.StartsWith("On March 31, 1954, the **USSR** asked", embed.Description);
        var field = Assert.Single(embed.Fields!);
        Assert.Equal("Context", field.Name);
        Assert.Equal("Why The USSR Was Not Accepted Into NATO · ¶1 · English · 1/5", embed.Footer!.Text);
        var row = Assert.Single(payload.Components!);
        Assert.Equal(["more:abcdefghij:0", "more:abcdefghij:1"], row.Components.Select(button => button.CustomId));
        Assert.Equal("More results ▶", row.Components[0].Label);
        Assert.Empty(payload.AllowedMentions!.Parse);
        Assert.Null(payload.Flags);
    }

    [Fact]
    public void A_not_found_with_a_closest_passage_button_is_a_public_grey_embed_with_the_button()
    {
        var payload = DiscordRenderer.Render(new Reply
        {
            Kind = ReplyKind.NotFound,
            Body = RichText.Plain("I could not find an answer to that in my sources. My sources never mention “invade”."),
            Buttons = [new ReplyButton(BotTexts.ClosestPassage, $"{AnswerReplies.ClosestPrefix}:abcdefghij")],
        });

        var embed = Assert.Single(payload.Embeds!);
        Assert.Equal(0x9CA3AF, embed.Color);
        Assert.EndsWith("My sources never mention “invade”.", embed.Description);
        var button = Assert.Single(Assert.Single(payload.Components!).Components);
        Assert.Equal((BotTexts.ClosestPassage, "near:abcdefghij"), (button.Label, button.CustomId));
        Assert.Null(payload.Flags);
    }

    [Fact]
    public void A_private_reply_to_an_interaction_is_ephemeral()
    {
        var payload = DiscordRenderer.Render(Reply.Refusal("Only the bot's admins may use /status."), ephemeral: true);

        Assert.Equal(MessageFlags.Ephemeral, payload.Flags);
        Assert.Equal("Only the bot's admins may use /status.", payload.Embeds![0].Description);
    }

    [Fact]
    public void A_huge_reply_stays_within_every_embed_limit()
    {
        var reply = Answer(bodyLength: 9000, contextLength: 5000) with { Title = new string('T', 400), Footer = new string('F', 3000) };

        var embed = DiscordRenderer.Render(reply).Embeds![0];

        Assert.True(embed.Title!.Length <= DiscordRenderer.MaxTitle);
        Assert.True(embed.Description!.Length <= DiscordRenderer.MaxDescription);
        Assert.True(embed.Footer!.Text.Length <= DiscordRenderer.MaxFooter);
        Assert.All(embed.Fields ?? [], field => Assert.True(field.Value.Length <= DiscordRenderer.MaxFieldValue));
        Assert.True(DiscordRenderer.TotalLength(embed) <= DiscordRenderer.MaxEmbedTotal, $"{DiscordRenderer.TotalLength(embed)} characters");
    }

    [Fact]
    public void Many_buttons_go_in_rows_of_five_and_duplicates_or_oversized_data_are_left_out()
    {
        var buttons = Enumerable.Range(0, 12).Select(i => new ReplyButton($"B{i}", $"x:{i}")).ToList();
        buttons.Add(new ReplyButton("again", "x:3"));
        buttons.Add(new ReplyButton("too long", new string('d', 101)));
        buttons.Add(new ReplyButton(new string('L', 90), "x:long-label"));

        var rows = DiscordRenderer.RenderButtons(buttons);

        Assert.Equal([5, 5, 3], rows.Select(row => row.Components.Count));
        var all = rows.SelectMany(row => row.Components).ToList();
        Assert.Equal(all.Count, all.Select(button => button.CustomId).Distinct().Count());
        Assert.DoesNotContain(all, button => button.CustomId.Length > DiscordRenderer.MaxCustomId);
        Assert.All(all, button => Assert.True(button.Label.Length <= DiscordRenderer.MaxButtonLabel));
    }
}
