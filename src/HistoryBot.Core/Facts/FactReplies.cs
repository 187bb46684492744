using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Facts;

/// <summary>Renders facts as platform-neutral replies: the fact, its citation and a "Tell me more" button.</summary>
public static class FactReplies
{
    /// <summary>The button prefix of "Tell me more": "factmore:&lt;fact id&gt;" fits 64 bytes with room to spare.</summary>
    public const string MorePrefix = "factmore";

    /// <summary>A daily post: "On this day in 1954" when it is that day's event, else "Fact of the day".</summary>
    public static Reply Daily(Fact fact, bool onThisDay, string language) =>
        onThisDay ? OnThisDay(fact, language) : Render(fact, FactTexts.FactOfTheDay(language), language);

    /// <summary>An event of today's date: "On this day in 1954".</summary>
    public static Reply OnThisDay(Fact fact, string language) => Render(fact, FactTexts.OnThisDayIn(fact.Date!.Year, language), language);

    /// <summary>An answer to /fact.</summary>
    public static Reply Random(Fact fact, string language) => Render(fact, FactTexts.HistoryFact(language), language);

    /// <summary>An answer to /fact today when the fact is not from today: <paramref name="note"/> says so first.</summary>
    public static Reply Other(Fact fact, string language, string note)
    {
        var reply = Random(fact, language);
        return reply with { Body = RichText.Plain(note + "\n").Append(reply.Body) };
    }

    public static Reply Render(Fact fact, string title, string language) => new()
    {
        Kind = ReplyKind.Info,
        Title = title,
        Body = RichText.Plain(fact.Text),
        Footer = AnswerReplies.Cite(fact.Citation),
        Buttons = [new ReplyButton(FactTexts.TellMeMore(language), $"{MorePrefix}:{fact.Id.Value}")],
    };
}
