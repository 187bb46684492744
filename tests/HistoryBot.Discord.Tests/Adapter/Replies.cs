using HistoryBot.Core.Chat;

namespace HistoryBot.Discord.Tests.Adapter;

/// <summary>Replies shaped like the core's, for chat bot mocks.</summary>
internal static class Replies
{
    public static Reply Answer(int page = 0) => new()
    {
        Kind = ReplyKind.Answer,
        Title = "Why The USSR Was Not Accepted Into NATO",
        Body = new RichText([new("On March 31, 1954, the "), new("USSR", TextStyle.Bold), new(" submitted a request to "), new("join NATO", TextStyle.Bold), new(".")]),
        Context = RichText.Plain("The long-term rivalry between the West and the East had a chance to end in 1954."),
        Footer = $"Why The USSR Was Not Accepted Into NATO · ¶{page + 1} · English · {page + 1}/5",
        Buttons = [new ReplyButton("More results ▶", $"more:abcdefghij:{page + 1}"), new ReplyButton("Source", $"src:abcdefghij:{page}")],
    };
}
