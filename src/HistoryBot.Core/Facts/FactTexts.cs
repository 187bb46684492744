using HistoryBot.Core.Text;

namespace HistoryBot.Core.Facts;

/// <summary>The words around a fact, in the language of the chat or asker.</summary>
public static class FactTexts
{
    public static string OnThisDayIn(int year, string language) => language switch
    {
        Language.Lithuanian => $"Šią dieną {year} m.",
        Language.Romanian => $"În această zi, în {year}",
        Language.Tagalog => $"Sa araw na ito noong {year}",
        _ => $"On this day in {year}",
    };

    public static string FactOfTheDay(string language) => language switch
    {
        Language.Lithuanian => "Dienos faktas",
        Language.Romanian => "Faptul zilei",
        Language.Tagalog => "Kaalaman ng araw",
        _ => "Fact of the day",
    };

    public static string HistoryFact(string language) => language switch
    {
        Language.Lithuanian => "Istorijos faktas",
        Language.Romanian => "Un fapt istoric",
        Language.Tagalog => "Isang kaalaman sa kasaysayan",
        _ => "A fact from history",
    };

    public static string TellMeMore(string language) => language switch
    {
        Language.Lithuanian => "Papasakok daugiau",
        Language.Romanian => "Spune-mi mai mult",
        Language.Tagalog => "Magkuwento pa",
        _ => "Tell me more",
    };

    /// <summary>"Nothing on this date", naming the next date that has an event. (A Lithuanian date ends in "d.", so no full stop follows it.)</summary>
    public static string NothingOn(string date, string nextDate, string language) => language switch
    {
        Language.Lithuanian => $"Mano šaltiniuose nėra įvykio, nutikusio {date}; artimiausia data su įvykiu – {nextDate}:",
        Language.Romanian => $"Sursele mele nu au niciun eveniment pe {date}. Cea mai apropiată dată cu un eveniment este {nextDate}:",
        Language.Tagalog => $"Walang pangyayari sa aking mga sanggunian sa {date}. Ang pinakamalapit na petsang may pangyayari ay {nextDate}:",
        _ => $"Nothing in my sources happened on {date}. The next date with an event is {nextDate}:",
    };

    /// <summary>"Nothing on this date" when no fact has a day at all: another fact follows.</summary>
    public static string NothingOnAnyDay(string date, string language) => language switch
    {
        Language.Lithuanian => $"Mano šaltiniuose nėra įvykio, nutikusio {date}; štai kitas faktas:",
        Language.Romanian => $"Sursele mele nu au niciun eveniment pe {date}. Iată un alt fapt:",
        Language.Tagalog => $"Walang pangyayari sa aking mga sanggunian sa {date}. Narito ang isa pang kaalaman:",
        _ => $"Nothing in my sources happened on {date}. Here is another fact:",
    };

    public static string NoFacts(string language) => language switch
    {
        Language.Lithuanian => "Mano šaltiniuose dar nėra faktų.",
        Language.Romanian => "Sursele mele nu au încă fapte.",
        Language.Tagalog => "Wala pang kaalaman sa aking mga sanggunian.",
        _ => "My sources hold no facts yet.",
    };
}
