using HistoryBot.Core.Text;

namespace HistoryBot.Core.Chat;

/// <summary>The few sentences every asker meets, in the asker's language when we know it.</summary>
public static class BotTexts
{
    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, with "…" when cut: user input quoted back or audited.</summary>
    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    public static string NotFound(string language) => language switch
    {
        Language.Lithuanian => "Savo šaltiniuose atsakymo į šį klausimą neradau.",
        Language.Romanian => "Nu am găsit răspunsul la această întrebare în sursele mele.",
        Language.Tagalog => "Wala akong nakitang sagot dito sa aking mga sanggunian.",
        _ => "I could not find an answer to that in my sources.",
    };

    private const int MaxQuotedWord = 40;

    /// <summary>The words of a question no source mentions in any form, quoted, after "not found": the asker sees what to drop or reword.</summary>
    public static string NeverMentioned(string language, IEnumerable<string> words)
    {
        var quoted = Quoted(language, words);
        return language switch
        {
            Language.Lithuanian => $"Mano šaltiniuose neminima: {quoted}.",
            Language.Romanian => $"Sursele mele nu pomenesc: {quoted}.",
            Language.Tagalog => $"Hindi binabanggit ng aking mga sanggunian ang: {quoted}.",
            _ => $"My sources never mention {quoted}.",
        };
    }

    /// <summary>
    /// The question's event, quoted, after "not found" when the passage closest to the question holds
    /// none of it: the sources tell of what was asked about, not of that ("dissolved").
    /// </summary>
    public static string ClosestNeverMentions(string language, IEnumerable<string> words)
    {
        var quoted = Quoted(language, words);
        return language switch
        {
            Language.Lithuanian => $"Artimiausioje ištraukoje neminima: {quoted}.",
            Language.Romanian => $"Cel mai apropiat pasaj nu pomenește: {quoted}.",
            Language.Tagalog => $"Hindi binabanggit ng pinakamalapit na talata ang: {quoted}.",
            _ => $"The closest passage never mentions {quoted}.",
        };
    }

    /// <summary>
    /// After "not found" to a "when" question (or one naming its time) whose closest passage names its place only in
    /// passing, in an undated list ("Vietnam, Afghanistan and others"): the passage's date belongs to something else.
    /// </summary>
    public static string ClosestNamesInPassing(string language, IEnumerable<string> words)
    {
        var quoted = Quoted(language, words);
        return language switch
        {
            Language.Lithuanian => $"Artimiausioje ištraukoje {quoted} tik paminėta sąraše, be datos.",
            Language.Romanian => $"Cel mai apropiat pasaj pomenește {quoted} doar în treacăt, într-o listă fără dată.",
            Language.Tagalog => $"Nabanggit lang nang pahapyaw ang {quoted} sa isang listahan sa pinakamalapit na talata, nang walang petsa.",
            _ => $"The closest passage names {quoted} only in passing, in a list with no date.",
        };
    }

    /// <summary>
    /// After "not found" to a question about someone's role ("NATO's secretary general") whose closest passage names the
    /// role, but never together with its owner: the holder it names holds someone else's.
    /// </summary>
    public static string ClosestRoleOfAnother(string language, string role, IReadOnlyList<string> owners)
    {
        var quoted = Quoted(language, [role]);
        var whose = string.Join(", ", owners);
        return language switch
        {
            Language.Lithuanian => $"Artimiausioje ištraukoje minima {quoted}, bet ne {whose}.",
            Language.Romanian => $"Cel mai apropiat pasaj pomenește {quoted}, dar nu în legătură cu {whose}.",
            Language.Tagalog => $"Binabanggit ng pinakamalapit na talata ang {quoted}, pero hindi ng {whose}.",
            _ => $"The closest passage names {quoted}, but not as {whose}'s.",
        };
    }

    /// <summary>After "not found" to a "how many" question whose closest passage names what is counted but gives no number of it.</summary>
    public static string ClosestDoesNotCount(string language, string counted)
    {
        var quoted = Quoted(language, [counted]);
        return language switch
        {
            Language.Lithuanian => $"Artimiausioje ištraukoje minima {quoted}, bet nenurodyta, kiek.",
            Language.Romanian => $"Cel mai apropiat pasaj pomenește {quoted}, dar nu spune câte.",
            Language.Tagalog => $"Binabanggit ng pinakamalapit na talata ang {quoted}, pero hindi sinasabi kung ilan.",
            _ => $"The closest passage mentions {quoted} but does not say how many.",
        };
    }

    /// <summary>After "not found" to a "where" question whose closest passage names no place (other than the question's own).</summary>
    public static string ClosestNamesNoPlace(string language) => language switch
    {
        Language.Lithuanian => "Artimiausioje ištraukoje nenurodyta, kur tai buvo.",
        Language.Romanian => "Cel mai apropiat pasaj nu spune unde.",
        Language.Tagalog => "Hindi sinasabi ng pinakamalapit na talata kung saan.",
        _ => "The closest passage does not say where.",
    };

    /// <summary>After "not found" to a question about what a thing was called whose closest passage gives no name for it.</summary>
    public static string ClosestGivesNoName(string language) => language switch
    {
        Language.Lithuanian => "Artimiausioje ištraukoje pavadinimas nenurodytas.",
        Language.Romanian => "Cel mai apropiat pasaj nu dă niciun nume.",
        Language.Tagalog => "Walang pangalang binabanggit ang pinakamalapit na talata.",
        _ => "The closest passage gives no name for it.",
    };

    private static string Quoted(string language, IEnumerable<string> words)
    {
        var (open, close) = language switch
        {
            Language.Lithuanian => ("„", "“"),
            Language.Romanian => ("„", "”"),
            _ => ("“", "”"),
        };
        return string.Join(", ", words.Select(word => open + Truncate(word, MaxQuotedWord) + close));
    }

    public static string NoSearchableWords(string language) => language switch
    {
        Language.Lithuanian => "Paklauskite konkrečiau: paminėkite vardą, vietą ar datą.",
        Language.Romanian => "Întrebați mai precis: un nume, un loc sau o dată.",
        Language.Tagalog => "Pakitanong nang mas tiyak: isang pangalan, lugar o petsa.",
        _ => "Please ask a little more specifically: a name, a place or a date helps.",
    };

    public static string OnlyInOtherLanguage(string questionLanguage, string sourceLanguage) => questionLanguage switch
    {
        Language.Lithuanian => $"Atsakymas tik iš šaltinio kita kalba ({Language.DisplayName(sourceLanguage)}).",
        Language.Romanian => $"Răspuns doar dintr-o sursă în altă limbă ({Language.DisplayName(sourceLanguage)}).",
        Language.Tagalog => $"Ang sagot ay mula lamang sa sangguniang nasa ibang wika ({Language.DisplayName(sourceLanguage)}).",
        _ => $"Only a source in {Language.DisplayName(sourceLanguage)} answers this.",
    };

    public static string RateLimited(int seconds) =>
        $"You are asking faster than I can keep up. Please wait {seconds} s and ask again.";

    public static string TooLong(int length, int max) =>
        $"That question is {length:N0} characters long; please keep it under {max} characters.";

    public const string EmptyQuestion = "Ask me a history question, e.g. /ask When did the USSR ask to join NATO?";

    public const string MoreResults = "More results ▶";
    public const string Previous = "◀ Previous";
    public const string Source = "Source";
    public const string OtherLanguages = "Other languages";
    public const string ClosestPassage = "Closest passage";

    /// <summary>Above the passage shown after "not found": the asker judges whether it answers.</summary>
    public static string ClosestCaveat(string language) => language switch
    {
        Language.Lithuanian => "Artimiausia vieta šaltiniuose; ji gali ir neatsakyti į klausimą.",
        Language.Romanian => "Cel mai apropiat pasaj din surse; s-ar putea să nu răspundă la întrebare.",
        Language.Tagalog => "Ang pinakamalapit na talata sa mga sanggunian; maaaring hindi nito sinasagot ang tanong.",
        _ => "The closest passage in my sources; it may not answer your question.",
    };

    public static string NoClosestPassage(string language) => language switch
    {
        Language.Lithuanian => "Šaltiniuose nėra vietos, artimos šiam klausimui.",
        Language.Romanian => "Sursele nu au niciun pasaj apropiat de această întrebare.",
        Language.Tagalog => "Walang talata sa mga sanggunian na malapit sa tanong na ito.",
        _ => "My sources have no passage close to this question.",
    };
    public const string Back = "◀ Back";
    public const string ThumbsUp = "👍";
    public const string ThumbsDown = "👎";

    /// <summary>A vote button's label with the answer's count, when there is one.</summary>
    public static string VoteLabel(string symbol, int count) => count > 0 ? $"{symbol} {count}" : symbol;

    public const string ReasonTitle = "What was wrong with this answer?";
    public const string ReasonPrompt = "Optional, a short sentence (up to 300 characters).";

    public static string ReasonFollowUp(int minutes) =>
        $"👎 noted. If you like, tell me what was wrong in your next message here (within {minutes} minutes).";

    public const string ReasonThanks = "Thank you: I noted what was wrong with that answer.";
}
