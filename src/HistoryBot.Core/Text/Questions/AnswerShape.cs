using System.Text.RegularExpressions;

namespace HistoryBot.Core.Text.Questions;

/// <summary>
/// Whether a piece of text has the shape of the answer an intent asks for: a date for "when" (as exact as asked:
/// a year for "what year", a day or month for "what day"),
/// a name the question does not already give for "who" and "where", a number for "how many",
/// a causal phrase for "why" ("because", "nes", "deoarece", "dahil", "the reason", "forced
/// by"…). Years and decades in the text are read as periods, to match a question's period.
/// </summary>
public static partial class AnswerShape
{
    private static readonly HashSet<string> CausalWords = new(StringComparer.Ordinal)
    {
        // en
        "because", "reason", "reasons", "due", "therefore", "thus", "cause", "caused", "causes", "led", "result",
        "fearing", "forced", "purpose", "desire", "proof", "aim", "motive", "order", "since", "so", "prevented", "contradicts",
        // lt
        "nes", "todel", "priezastis", "priezasciu", "priezastimi", "siekiant", "tikslu", "del", "kadangi", "norint", "noras",
        // ro
        "deoarece", "pentru", "cauza", "motiv", "motivul", "urmare", "raspuns", "astfel", "intrucat", "fiindca", "consecintele", "scop",
        // tl
        "dahil", "sapagkat", "kaya", "upang", "dahilan", "sanhi", "kadahilanang", "kadahilanan", "pagnanais", "layunin", "resulta",
    };

    /// <summary>
    /// Counts written as words (folded), which answer "how many" as digits do: "two documents",
    /// "mai mult de o sută de state", "šimtai", "dalawang". Not "one", which is mostly no count ("one of").
    /// </summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        // en
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
        "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens",
        // lt
        "du", "dvi", "trys", "keturi", "penki", "sesi", "septyni", "astuoni", "devyni", "desimt", "simtas", "simtai", "simto", "simtu",
        "tukstantis", "tukstanciai", "tukstanciu", "milijonas", "milijonai", "milijonu",
        // ro
        "doi", "doua", "trei", "patru", "cinci", "sase", "sapte", "noua", "zece", "suta", "sute", "mii", "milion", "milioane",
        // tl
        "dalawa", "dalawang", "tatlo", "tatlong", "apat", "lima", "limang", "anim", "pito", "walo", "siyam", "sampu", "daan", "sandaan",
        "libo", "libong", "sanlibo", "milyon",
    };

    /// <summary>
    /// Folded beginnings of units of measure, in the four languages ("kilometers", "kilometrų",
    /// "kilometri", "kilometro", "percent", "procentų"): a number before one is a distance, a
    /// share or a weight, which answers "how far" but not "how many people".
    /// </summary>
    private static readonly string[] UnitStems =
    [
        "kilomet", "km", "meter", "metr", "mile", "myli", "percent", "procent", "porsiyento", "ton", "kilogram", "kg", "hectare", "hektar",
    ];

    /// <summary>Folded words a question asks for a measure with ("how far", "kiek toli", "cât de departe", "gaano kalayo").</summary>
    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
    {
        "far", "long", "deep", "distance", "wide", "high", "toli", "giliai", "atstumas", "departe", "adanc", "distanta", "layo", "kalayo", "malayo", "lalim",
    };

    /// <summary>How well a text fits an intent: 1 when it has the answer's shape, 0 when not; 0.5 for no intent.</summary>
    public static double Fit(QuestionIntent intent, string text, IReadOnlySet<string> questionWords) =>
        Fit(intent, new ShapedText(text), questionWords);

    /// <summary><see cref="Fit(QuestionIntent, string, IReadOnlySet{string})"/> on a text whose words and date were read once (a paragraph's sentences, asked about again by every question).</summary>
    public static double Fit(QuestionIntent intent, ShapedText text, IReadOnlySet<string> questionWords) => intent switch
    {
        QuestionIntent.None => 0.5,
        QuestionIntent.When => DateAsked(questionWords) switch
        {
            DateDetail.Day => HasDay(text.Tokens, questionWords) ? 1 : 0,
            DateDetail.Year => text.HasYear ? 1 : 0,
            _ => text.HasDate || (text.OneSentence && EventTimes.Answers(text.Tokens, questionWords)) ? 1 : 0,
        },
        QuestionIntent.HowMany => HasNumber(text.Tokens, questionWords) && (!AsksMoney(questionWords) || HasMoney(text.Tokens)) ? 1 : 0,
        QuestionIntent.Why => text.HasCause ? 1 : 0,
        QuestionIntent.Who or QuestionIntent.Where => HasNewName(text.Text, text.Tokens, questionWords) ? 1 : 0,
        _ => 0.5,
    };

    public static bool HasDate(string text) => Year().IsMatch(text) || Decades.Has(text);

    /// <summary>A year in digits ("1955"), not only a decade ("the mid-50s").</summary>
    public static bool HasYear(string text) => Year().IsMatch(text);

    /// <summary>
    /// A day beside a month name ("May 14", "gegužės 14 d.", "31 martie"), or, for a question that asks the month, a
    /// month with its year ("in May 1954"). "At the end of August 1952" gives no day.
    /// </summary>
    public static bool HasDay(IReadOnlyList<Token> tokens, IReadOnlySet<string> questionWords)
    {
        var month = questionWords.Overlaps(MonthWords);
        for (var i = 0; i < tokens.Count; i++)
        {
            var folded = tokens[i].Folded;
            if (char.IsDigit(folded[0]) && (month || folded.Length <= 2) && BesideMonth(tokens, i))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A "how much" question about money ("magkano", "how much did it cost", "kiek kainavo", "cât a costat"): only a
    /// sum in a currency answers it, not a count of things ("6.000 de întreprinderi").
    /// </summary>
    private static bool AsksMoney(IReadOnlySet<string> questionWords) => questionWords.Overlaps(MoneyWords);

    private static bool HasMoney(IReadOnlyList<Token> tokens) =>
        tokens.Any(token => CurrencyStems.Any(stem => token.Folded.StartsWith(stem, StringComparison.Ordinal)) || token.Surface.Contains('$'));

    /// <summary>
    /// Folded words asking a cost or a sum spent, in the four languages: the verbs and "price", not "money" itself, which a
    /// count question may name ("how many factories got built with soviet money").
    /// </summary>
    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "cost", "costs", "costed", "spend", "spent", "price", "kainavo", "kainuoja", "kaina", "isleido",
        "costat", "costa", "cheltuit", "pret", "magkano", "ginastos", "gumastos", "halaga", "presyo",
    };

    /// <summary>Folded beginnings of currency words: dollars, roubles, and their forms in the four languages.</summary>
    private static readonly string[] CurrencyStems = ["dollar", "dolar", "doler", "ruble", "rouble", "rubl", "rubli", "euro", "pound", "piso", "peso", "lei"];

    /// <summary>How exact a date a "when" question asks for.</summary>
    private enum DateDetail
    {
        Any,
        Year,
        Day,
    }

    /// <summary>
    /// The date a question asks for, by its words (folded): a day or a month ("what day", "which month", "kurią dieną",
    /// "în ce zi", "ce dată", "anong petsa") needs a month with a number; a year ("what year", "kuriais metais", "în ce an",
    /// "anong taon") needs a year in digits, not only a decade; otherwise any date or decade answers.
    /// </summary>
    private static DateDetail DateAsked(IReadOnlySet<string> questionWords)
    {
        if (questionWords.Overlaps(DayWords) || (questionWords.Contains("ce") && questionWords.Overlaps(RomanianDayWords)))
            return DateDetail.Day;
        if (questionWords.Overlaps(YearWords) || (questionWords.Contains("ce") && questionWords.Contains("an")))
            return DateDetail.Year;
        return DateDetail.Any;
    }

    /// <summary>Words that ask the month (a month with its year answers), not the day.</summary>
    private static readonly HashSet<string> MonthWords = new(StringComparer.Ordinal) { "month", "menesi", "menesio", "menuo", "buwan", "luna" };

    private static readonly HashSet<string> DayWords = new(StringComparer.Ordinal)
    {
        "day", "date", "month", "diena", "dienos", "data", "menesi", "menesio", "menuo", "petsa", "buwan", "araw",
    };

    /// <summary>Romanian "zi" (day) and "lună" (month, also the moon) count after "ce" ("în ce zi", "în ce lună").</summary>
    private static readonly HashSet<string> RomanianDayWords = new(StringComparer.Ordinal) { "zi", "ziua", "luna" };

    /// <summary>"an" (year) is Romanian only after "ce" ("în ce an"): English writes the article so.</summary>
    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal) { "year", "metais", "metu", "anul", "taon" };

    /// <summary>
    /// A number that is not a year, not the day of a date (beside a month name: "May 14",
    /// "gegužės 14 d.", "31 martie", "Mayo 7"), not a name's designation ("Boeing 747"), not a
    /// measure ("500 kilometers") unless the question asks for one ("how far", or the unit itself)
    /// and not already in the question ("500 kilometers", "6.000", "15"), in digits or as a word
    /// (<see cref="NumberWords"/>).
    /// </summary>
    public static bool HasNumber(string text, IReadOnlySet<string> questionWords) => HasNumber(Tokenizer.Tokenize(text), questionWords);

    private static bool HasNumber(IReadOnlyList<Token> tokens, IReadOnlySet<string> questionWords)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (questionWords.Contains(token.Folded))
                continue;
            if (NumberWords.Contains(token.Folded))
                return true;
            if (!char.IsDigit(token.Folded[0]))
                continue;
            if (!Year().IsMatch(token.Folded) && !BesideMonth(tokens, i) && !AfterName(tokens, i) && !Decades.IsDecadeWord(tokens, i)
                && (!BeforeUnit(tokens, i) || AsksMeasure(questionWords)))
                return true;
        }
        return false;
    }

    /// <summary>The number follows a capitalised word inside the sentence: a model or a designation ("Boeing 747", "Article 5").</summary>
    private static bool AfterName(IReadOnlyList<Token> tokens, int i) =>
        i > 1 && char.IsUpper(tokens[i - 1].Surface[0]) && tokens[i - 1].End == tokens[i].Start - 1;

    private static bool BeforeUnit(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && IsUnit(tokens[i + 1].Folded);

    private static bool IsUnit(string folded) =>
        UnitStems.Any(stem => folded.StartsWith(stem, StringComparison.Ordinal) && (folded.Length <= stem.Length + 4 || stem.Length >= 5));

    private static bool AsksMeasure(IReadOnlySet<string> questionWords) =>
        questionWords.Any(word => MeasureWords.Contains(word) || IsUnit(word));

    private static bool BesideMonth(IReadOnlyList<Token> tokens, int i) =>
        (i > 0 && MonthNames.Words.ContainsKey(tokens[i - 1].Folded)) || (i + 1 < tokens.Count && MonthNames.Words.ContainsKey(tokens[i + 1].Folded));

    public static bool HasCause(string text) => HasCause(Tokenizer.Tokenize(text));

    internal static bool HasCause(IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (CausalWords.Contains(token.Folded) || token.Folded.StartsWith("priezast", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>A capitalised word that does not open the sentence and is not one of the question's words.</summary>
    public static bool HasNewName(string text, IReadOnlySet<string> questionWords) => HasNewName(text, Tokenizer.Tokenize(text), questionWords);

    private static bool HasNewName(string text, IReadOnlyList<Token> tokens, IReadOnlySet<string> questionWords)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!IsCapitalised(token) || questionWords.Contains(token.Folded))
                continue;
            // All-capitals words are bodies and states (NATO, USSR), not people or places.
            if (IsAllCapitals(token))
                continue;
            // After a full stop a capital starts a sentence.
            if (OpensSentence(Before(text, tokens, i)))
                continue;
            return true;
        }
        return false;
    }

    /// <summary>A word of three letters or more that begins with a capital.</summary>
    private static bool IsCapitalised(Token token) => char.IsUpper(token.Surface[0]) && token.Surface.Length >= 3;

    /// <summary>A word in capitals only ("NATO", "USSR"): a body or a state.</summary>
    private static bool IsAllCapitals(Token token) => token.Surface.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>What stands between token <paramref name="i"/> and the one before it, trimmed (punctuation).</summary>
    private static ReadOnlySpan<char> Before(string text, IReadOnlyList<Token> tokens, int i) =>
        text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim();

    /// <summary>After a full stop, a mark or a colon a capital starts a sentence.</summary>
    private static bool OpensSentence(ReadOnlySpan<char> before) => before.Length > 0 && before[^1] is '.' or '!' or '?' or ':';

    /// <summary>
    /// The places a text names where something is or happens (folded), which answer "where": a name after a word of place
    /// ("in Berlin", "at Geneva", "la Moscova", "în Cuba", "sa Berlin", "prie Suezo") or, in Lithuanian, a name in the
    /// locative case ("Berlyne", "Maskvoje"). Not a body or a state in capitals ("in NATO", "în URSS"), not a month
    /// ("in May"), not a name after "to", "of" or "with" ("the government of England"): where a thing went, whose it was.
    /// </summary>
    public static List<string> Places(string text, IReadOnlyList<Token> tokens, string language)
    {
        var places = new List<string>();
        var markers = PlaceMarkers.GetValueOrDefault(language);
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!IsCapitalised(token) || IsAllCapitals(token) || MonthNames.Words.ContainsKey(token.Folded))
                continue;
            var before = Before(text, tokens, i);
            var afterMarker = markers is not null && markers.Contains(tokens[i - 1].Folded) && before.Length == 0;
            var locative = language == Language.Lithuanian && !OpensSentence(before) && token.Surface[^1] == 'e';
            if (afterMarker || locative)
                places.Add(token.Folded);
        }
        return places;
    }

    /// <summary>The words of place before a name, per language (folded): "in", "la", "sa", "prie"…</summary>
    private static readonly Dictionary<string, HashSet<string>> PlaceMarkers = new(StringComparer.Ordinal)
    {
        [Language.English] = new(StringComparer.Ordinal) { "in", "at", "near" },
        [Language.Romanian] = new(StringComparer.Ordinal) { "in", "la", "langa" },
        [Language.Tagalog] = new(StringComparer.Ordinal) { "sa", "nasa" },
        [Language.Lithuanian] = new(StringComparer.Ordinal) { "prie" },
    };

    /// <summary>
    /// Whether a text names a place (<see cref="Places"/>) the question does not: a place the question names ("Berlin",
    /// "Berlynas" for "Berlyne") shares its first four letters with it.
    /// </summary>
    public static bool HasNewPlace(IReadOnlyList<string> places, IReadOnlySet<string> questionWords) =>
        places.Any(place => !questionWords.Any(word => SameName(place, word)));

    private static bool SameName(string place, string word)
    {
        var common = 0;
        while (common < place.Length && common < word.Length && place[common] == word[common])
            common++;
        return word.Length >= 3 && common >= Math.Min(4, Math.Min(place.Length, word.Length));
    }

    /// <summary>
    /// A name the question does not give, which answers "what was it called": a capitalised word inside a sentence (not
    /// after a full stop, a colon or an opening quote; not a month), or a body in capitals in brackets ("(CENTO)").
    /// </summary>
    public static bool HasNewThingName(string text, IReadOnlyList<Token> tokens, IReadOnlySet<string> questionWords, Func<string, bool> isPlace)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!IsCapitalised(token) || MonthNames.Words.ContainsKey(token.Folded)
                || questionWords.Any(word => SameName(token.Folded, word)) || isPlace(token.Folded) || BesidePlace(tokens, i, isPlace))
                continue;
            if (IsAllCapitals(token))
            {
                if (token.Start > 0 && text[token.Start - 1] == '(' && token.End < text.Length && text[token.End] == ')')
                    return true;
                continue;
            }
            if (i == 0)
                continue;
            var before = Before(text, tokens, i);
            // An initial's full stop ("N.S. Hrușciov", "JF Kennedy") starts no sentence.
            var initial = tokens[i - 1].Surface.Length <= 3 && tokens[i - 1].Surface.All(char.IsUpper);
            if (before.Length > 0 && before.IndexOfAny(".!?:\"“„«") >= 0 && !(initial && before is "."))
                continue;
            return true;
        }
        return false;
    }

    /// <summary>A capitalised word beside a place is part of the place's name ("Statele Unite", "Republica Federală Germania").</summary>
    private static bool BesidePlace(IReadOnlyList<Token> tokens, int i, Func<string, bool> isPlace) =>
        (i > 0 && char.IsUpper(tokens[i - 1].Surface[0]) && isPlace(tokens[i - 1].Folded))
        || (i + 1 < tokens.Count && char.IsUpper(tokens[i + 1].Surface[0]) && isPlace(tokens[i + 1].Folded));

    /// <summary>The years and decades a text names, as year ranges ("1954", "the early 80s", "anilor '50", "1954-1956").</summary>
    public static List<YearRange> Periods(string text)
    {
        var periods = new List<YearRange>();
        foreach (Match match in Year().Matches(text))
        {
            var year = int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture);
            periods.Add(new YearRange(year, year));
        }
        foreach (var decade in Decades.In(text))
            periods.Add(PartOfDecade(text, decade));
        return periods;
    }

    /// <summary>
    /// The part of a decade a word beside it names: its beginning ("the early 80s", "începutul anilor '50",
    /// "dešimtmečio pradžioje") the first four years, its middle ("mijlocul anilor '50") the four around its
    /// middle, its end ("sfârșitul anilor '50", "the late 50s") the last four; the whole decade otherwise.
    /// </summary>
    private static YearRange PartOfDecade(string text, Decades.Found decade)
    {
        var start = decade.FirstYear;
        var end = decade.Index + decade.Length;
        var before = Tokenizer.Tokenize(text[Math.Max(0, decade.Index - 30)..decade.Index]);
        var after = Tokenizer.Tokenize(text[end..Math.Min(text.Length, end + 20)]);
        var near = before.TakeLast(3).Concat(after.Take(1)).Select(token => token.Folded);
        foreach (var word in near)
        {
            if (DecadeBeginnings.Contains(word))
                return new YearRange(start, start + 3);
            if (DecadeMiddles.Contains(word))
                return new YearRange(start + 3, start + 6);
            if (DecadeEnds.Contains(word))
                return new YearRange(start + 6, start + 9);
        }
        return new YearRange(start, start + 9);
    }

    private static readonly HashSet<string> DecadeBeginnings = new(StringComparer.Ordinal)
    {
        "early", "beginning", "start", "pradzioje", "pradzia", "inceputul", "simula", "umpisa", "unang",
    };

    private static readonly HashSet<string> DecadeMiddles = new(StringComparer.Ordinal)
    {
        "mid", "middle", "viduryje", "vidurys", "mijlocul", "kalagitnaan",
    };

    private static readonly HashSet<string> DecadeEnds = new(StringComparer.Ordinal)
    {
        "late", "end", "pabaigoje", "pabaiga", "sfarsitul", "finalul", "huling", "katapusan", "dulo",
    };

    [GeneratedRegex(@"(?<![\d.,])(1[5-9][0-9]{2}|20[0-9]{2})(?![\d])")]
    private static partial Regex Year();
}
