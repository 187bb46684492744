namespace HistoryBot.Core.Text.Questions;

/// <summary>
/// The role a question asks the holder of: "Who was the British prime minister when…", "Kas buvo JAV valstybės
/// sekretorius…", "Cine a fost primul comandant al…", "Sino ang US ambassador sa Moscow…". The role is read after
/// the copula (who was/is/were, cine a fost/era/este, kas buvo/yra, Tagalog "sino ang"/"sino yung") and an article,
/// or after the verb of a "when" question that asks when someone became something ("become", "naging", "tapo"),
/// up to the first word that begins a clause or a phrase ("when", "of", "kai", "noong"…). Tagalog "sino ang" opens a
/// role only before a noun: before a verb ("sino ang tumanggi", "pumalit") it asks who did something.
/// </summary>
public static partial class QuestionRole
{
    /// <summary>Words that end a role: a clause or a phrase begins ("who was the prime minister when…", "… of NATO").</summary>
    private static readonly HashSet<string> Ends = new(StringComparer.Ordinal)
    {
        "who", "whom", "when", "that", "which", "in", "during", "at", "of", "behind", "for", "with", "to", "into", "from", "by", "under", "after", "before",
        "care", "cand", "din", "al", "ale", "la", "pe", "cu", "de", "sub", "dupa", "a",
        "kai", "kada", "kuris", "kuri", "po", "per", "su",
        "na", "sa", "ng", "noong", "nung", "nang", "kay", "bilang", "si", "ni", "sina", "ang",
    };

    /// <summary>
    /// The positions of the role's words in the question's tokens; null when the question opens no role (no copula, no
    /// "when did … become"), empty when it opens one that holds no word ("who was behind…").
    /// </summary>
    public static IReadOnlyList<int>? Read(IReadOnlyList<Token> tokens) => Read(tokens, _ => false);

    /// <summary>
    /// As <see cref="Read(IReadOnlyList{Token})"/>; a proper name after a word of the role also ends it, opening a clause
    /// without "that" or "whom" ("who was the french ambassador stalin sat down with": "stalin"). The caller says which
    /// words are proper names, and in which languages this holds (not where an owner stands first: "Didžiosios Britanijos premjeras").
    /// </summary>
    public static IReadOnlyList<int>? Read(IReadOnlyList<Token> tokens, Func<string, bool> isProperName)
    {
        var start = Start(tokens);
        if (start < 0)
            return null;
        var role = new List<int>();
        for (var t = start; t < tokens.Count && !Ends.Contains(tokens[t].Folded) && !(role.Count > 0 && isProperName(tokens[t].Folded)); t++)
            role.Add(t);
        return role;
    }

    /// <summary>Where the role begins after the copula and an article; -1 without a copula.</summary>
    private static int Start(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 3)
            return -1;
        // "Kas 1954 m. buvo JAV valstybės sekretorius?", "kas tada buvo…": a year, or "then", may stand before the copula.
        var copula = 1;
        while (copula + 1 < tokens.Count && (char.IsDigit(tokens[copula].Folded[0]) || (copula > 1 && tokens[copula].Folded == "m")
                   || tokens[copula].Folded is "tada" or "tuomet" or "then" || (tokens[copula].Folded == "tuo" && tokens[copula + 1].Folded == "metu")
                   || (tokens[copula].Folded == "metu" && tokens[copula - 1].Folded == "tuo")))
            copula++;
        if (copula > 1)
            return tokens[0].Folded is "kas" or "who" or "cine" && tokens[copula].Folded is "buvo" or "yra" or "was" or "is" or "era" or "este"
                ? SkipArticles(tokens, copula + 1) : -1;
        var at = (tokens[0].Folded, tokens[1].Folded) switch
        {
            // "When did West Germany become a NATO member?", "kailan naging leader si Khrushchev", "kada Eisenhoweris tapo
            // prezidentu": the role someone became (not "apply to become", "para maging": a purpose).
            ("when", "did") => AfterWord(tokens, "become", notAfter: "to"),
            ("kailan", "naging") => 2,
            ("kada", _) => AfterWord(tokens, "tapo", notAfter: null),
            ("who", "was" or "is" or "were") => 2,
            ("cine", "era" or "este" or "erau") => 2,
            ("cine", "a") when tokens[2].Folded == "fost" => 3,
            ("kas", "buvo" or "yra") => 2,
            ("sino", "ang" or "yung") when !TagalogVerb().IsMatch(tokens[2].Folded) => 2,
            _ => -1,
        };
        return SkipArticles(tokens, at);
    }

    private static int SkipArticles(IReadOnlyList<Token> tokens, int at)
    {
        while (at >= 0 && at < tokens.Count && tokens[at].Folded is "the" or "a" or "an" or "tada")
            at++;
        return at;
    }

    /// <summary>The position after <paramref name="word"/> in the question, unless <paramref name="notAfter"/> stands before it; -1 without it.</summary>
    private static int AfterWord(IReadOnlyList<Token> tokens, string word, string? notAfter)
    {
        for (var t = 2; t < tokens.Count; t++)
        {
            if (tokens[t].Folded == word)
                return tokens[t - 1].Folded == notAfter ? -1 : t + 1;
        }
        return -1;
    }

    /// <summary>A Tagalog verb by its affixes: "nag-", "mag-", "pag-", "i-", "na-", "ma-", "um-"/"-um-", "-in-" ("tumanggi", "pumalit", "sinakop").</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^(nag|mag|pag|nak|nap|ipi|ini|i|na|ma|um|in)|^[^aeiou](um|in)")]
    private static partial System.Text.RegularExpressions.Regex TagalogVerb();
}
