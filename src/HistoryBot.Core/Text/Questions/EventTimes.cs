namespace HistoryBot.Core.Text.Questions;

/// <summary>
/// A time told by a death or a coming to power instead of a date: "only after the death of the leader", "mirus „lyderiui“",
/// "JAV į valdžią atėjus Eisenhoweriui", "după moartea lui Stalin", "pagkamatay ng pinuno". In the sentence that tells it, it
/// answers a plain "when" question ("Kada atsirado proga pagerinti santykius su Vakarais?": only after Stalin died), not
/// "what year", and not a question that asks about a death or a coming to power itself: "When did Stalin die?" is not
/// answered by "after the death of the leader". Times told by other events ("after the end of the war") are too loose to
/// count: "When was NATO founded?" is not answered by "after the war".
/// </summary>
public static class EventTimes
{
    /// <summary>Folded words of a death or a coming to power, in the four languages.</summary>
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        // en
        "death", "die", "died", "dies", "dead", "power",
        // lt
        "mirus", "mirties", "mirtis", "mire", "mirti", "valdzia", "valdzios", "atejus", "atejo",
        // ro
        "moartea", "moarte", "murit", "moare", "putere", "puterea",
        // tl
        "pagkamatay", "namatay", "mamatay", "kamatayan", "kapangyarihan", "naghari",
    };

    /// <summary>Event words that tell a time on their own: a Lithuanian gerund ("mirus", "atėjus"), a Tagalog "upon" noun ("pagkamatay").</summary>
    private static readonly HashSet<string> TimeOnTheirOwn = new(StringComparer.Ordinal) { "mirus", "atejus", "pagkamatay" };

    /// <summary>Folded words that make a time of the event a few words after them: "after", "po", "după", "matapos"…</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "after", "following", "upon", "until", "before", "po", "iki", "dupa", "pana", "inainte", "matapos", "pagkatapos", "bago", "hanggang",
    };

    /// <summary>How many words before its event a time word may stand ("after the death of", "po Stalino mirties").</summary>
    private const int Reach = 4;

    /// <summary>
    /// The text (one sentence's tokens) tells a time by a death or a coming to power, and the question (its folded words)
    /// asks about neither.
    /// </summary>
    public static bool Answers(IReadOnlyList<Token> tokens, IReadOnlySet<string> questionWords)
    {
        if (questionWords.Any(EventWords.Contains))
            return false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (EventWords.Contains(tokens[i].Folded) && TellsTime(tokens, i))
                return true;
        }
        return false;
    }

    private static bool TellsTime(IReadOnlyList<Token> tokens, int at)
    {
        if (TimeOnTheirOwn.Contains(tokens[at].Folded))
            return true;
        for (var i = Math.Max(0, at - Reach); i < at; i++)
        {
            if (TimeWords.Contains(tokens[i].Folded))
                return true;
        }
        return false;
    }
}
