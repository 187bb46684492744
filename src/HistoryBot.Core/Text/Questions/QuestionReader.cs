using System.Globalization;
using System.Text.RegularExpressions;

namespace HistoryBot.Core.Text.Questions;

/// <summary>
/// Reads a question's intent and period in English, Lithuanian, Romanian and Tagalog, folded
/// (no case, no diacritics), tolerating one-letter typos of the question words ("wen", "kelan").
/// Periods: years ("in 1983", "in 56" at the end), decades ("the 1980s", "80s", "anii '80", "dekada 80",
/// "1980-aisiais", "devintajame dešimtmetyje"), "after the war", and "under" a Soviet or US
/// leader of the period ("under Khrushchev", "sub Hrușciov", "valdant Chruščiovui"). The words
/// that frame the question — its question word, its period and what places a time within the
/// period ("the late 50s", "in the summer of 1952") — are not what is asked about.
/// </summary>
public static partial class QuestionReader
{
    // A table: several entries per line, grouped by intent.
#pragma warning disable IDE0055
    private static readonly Dictionary<string, QuestionIntent> SingleWords = new(StringComparer.Ordinal)
    {
        ["when"] = QuestionIntent.When, ["kada"] = QuestionIntent.When, ["kuomet"] = QuestionIntent.When,
        ["cand"] = QuestionIntent.When, ["kailan"] = QuestionIntent.When, ["kelan"] = QuestionIntent.When,
        ["who"] = QuestionIntent.Who, ["whom"] = QuestionIntent.Who, ["whose"] = QuestionIntent.Who,
        ["cine"] = QuestionIntent.Who, ["sino"] = QuestionIntent.Who, ["kas"] = QuestionIntent.None,
        ["why"] = QuestionIntent.Why, ["kodel"] = QuestionIntent.Why, ["bakit"] = QuestionIntent.Why,
        ["where"] = QuestionIntent.Where, ["kur"] = QuestionIntent.Where, ["unde"] = QuestionIntent.Where,
        ["saan"] = QuestionIntent.Where, ["nasaan"] = QuestionIntent.Where,
        ["kiek"] = QuestionIntent.HowMany, ["cate"] = QuestionIntent.HowMany, ["cati"] = QuestionIntent.HowMany,
        ["cat"] = QuestionIntent.HowMany, ["ilan"] = QuestionIntent.HowMany, ["gaano"] = QuestionIntent.HowMany, ["magkano"] = QuestionIntent.HowMany,
    };
#pragma warning restore IDE0055

    // Two-word question phrases, first word → second words.
    private static readonly (string First, string[] Second, QuestionIntent Intent)[] Phrases =
    [
        ("what", ["year", "date", "day", "month"], QuestionIntent.When),
        ("which", ["year", "date", "day", "month"], QuestionIntent.When),
        ("how", ["many", "much", "far", "long", "deep"], QuestionIntent.HowMany),
        ("how", ["come"], QuestionIntent.Why),
        ("what", ["for"], QuestionIntent.Why),
        ("de", ["ce"], QuestionIntent.Why),
        ("din", ["ce"], QuestionIntent.Why),
        ("pentru", ["ce"], QuestionIntent.Why),
        ("ce", ["an", "data", "zi", "luna"], QuestionIntent.When),
        ("anong", ["taon", "petsa", "araw", "buwan"], QuestionIntent.When),
        ("kuriais", ["metais"], QuestionIntent.When),
        ("kokiais", ["metais"], QuestionIntent.When),
        // "kokių metų sutartį…": the treaty of which year.
        ("kokiu", ["metu"], QuestionIntent.When),
        ("kuriu", ["metu"], QuestionIntent.When),
        ("kuria", ["diena", "data"], QuestionIntent.When),
        ("kuri", ["diena", "menesi"], QuestionIntent.When),
        ("kokia", ["data", "diena"], QuestionIntent.When),
        ("koki", ["menesi"], QuestionIntent.When),
        ("del", ["ko"], QuestionIntent.Why),
        // "gaano katagal" (how long), "gaano karami" (how many), "gaano kalayo" (how far): the measure is no word of the passage.
        ("gaano", ["katagal", "karami", "kalaki", "kalayo", "kalalim", "kalawak", "kataas"], QuestionIntent.HowMany),
    ];

    /// <summary>Words of exactness that may stand inside a question phrase ("what exact day", "which specific year").</summary>
    private static readonly HashSet<string> ExactnessWords = new(StringComparer.Ordinal) { "exact", "specific", "precise", "particular" };

    private const int MaxPhraseGap = 2;

    /// <summary>A word that may stand inside a question phrase: a word of exactness, a number ("kurią 1942 m. dieną") or Lithuanian "m." (metų).</summary>
    private static bool IsPhraseGap(string word) => ExactnessWords.Contains(word) || char.IsDigit(word[0]) || word == "m";

    /// <summary>
    /// Folded words that open a question without telling what kind of answer it wants: "what",
    /// "how", "did", Lithuanian "ar"/"ką"/"kaip", Romanian "ce"/"cum"/"care", Tagalog "ano"/"paano".
    /// </summary>
    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
    {
        "what", "which", "how", "did", "does", "do", "was", "were", "is", "are", "has", "had", "have", "can", "could", "would", "tell",
        "ar", "ka", "kas", "koks", "kokia", "kokie", "kokios", "kaip", "kuris", "kuri", "kurie", "kurios", "kodel", "papasakok",
        "ce", "care", "cum", "oare", "cui", "spune",
        "ano", "anong", "paano", "alin", "sino", "nino", "kanino",
    };

    /// <summary>Leaders by the folded forms people write their names in, and their years in office.</summary>
    private static readonly (string[] Names, YearRange Years)[] Leaders =
    [
        (["stalin", "stalinas", "stalino", "stalinui"], new(1924, 1953)),
        (["khrushchev", "khruschev", "hrusciov", "hrusciovului", "chrusciovas", "chruscovas", "chruscovo", "chruscovui", "chruscovui", "chruscioviu", "chrusciovui", "chrusciovo"], new(1953, 1964)),
        (["brezhnev", "brejnev", "breznevas", "breznevo"], new(1964, 1982)),
        (["andropov", "andropovas", "andropovo"], new(1982, 1984)),
        (["gorbachev", "gorbaciov", "gorbaciovas", "gorbaciovo"], new(1985, 1991)),
        (["eisenhower", "eisenhoweris", "eisenhowerio"], new(1953, 1961)),
        (["kennedy", "kenedis", "kennedy"], new(1961, 1963)),
        (["reagan", "reiganas", "reigano"], new(1981, 1989)),
    ];

    /// <summary>Whether a folded word is a form of a leader's name people write ("andropov", "chruščiovas" folded), however typed.</summary>
    public static bool IsLeaderName(string folded) => Leaders.Any(leader => leader.Names.Contains(folded));

    private static readonly HashSet<string> UnderWords = new(StringComparer.Ordinal)
    {
        "under", "during", "sub", "timpul", "valdant", "laikais", "laikotarpiu", "panahon", "ilalim", "pamumuno",
    };

    private static readonly string[] Ordinals = ["", "pirm", "antr", "trec", "ketvirt", "penkt", "sest", "septint", "astunt", "devint"];

    /// <summary>Lithuanian ordinal endings written after digits ("9-ojo", "9-ajame", "9-asis").</summary>
    private static readonly HashSet<string> DigitOrdinalEndings = new(StringComparer.Ordinal) { "ojo", "ajame", "asis", "ajam", "aji", "as", "ame" };

    /// <summary>Reads the intent and the period of a question.</summary>
    public static QuestionReading Read(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        var words = tokens.Select(token => token.Folded).ToList();
        var framing = new HashSet<string>(StringComparer.Ordinal);
        var intent = ReadIntent(words, framing);
        if (intent == QuestionIntent.When)
            AddTrailingDateWords(words, framing);
        // "what was the speech called": "called" asks for the name; it is no word of the passage ("chemate", summoned).
        var naming = ThingNameWord(words);
        if (naming >= 0)
            framing.Add(words[naming]);
        var period = ReadPeriod(question, words, framing);
        return new QuestionReading(intent, period, framing)
        {
            AsksThingName = naming >= 0,
            AsksCountries = AsksCountries(words),
            AsksRepresentative = AsksRepresentative(words),
            CountedWord = intent == QuestionIntent.HowMany ? CountedWord(words) : null,
        };
    }

    /// <summary>
    /// Whether the question asks "where" in so many words ("where", "kur", "unde", "saan"), not by a word read as one:
    /// Tagalog "saang" (which) asks which thing, of any kind ("saang gobyerno", which government).
    /// </summary>
    public static bool AsksWhereOutright(QuestionReading reading) =>
        reading.Intent == QuestionIntent.Where && reading.FramingWords.Any(word => SingleWords.GetValueOrDefault(word) == QuestionIntent.Where);

    /// <summary>
    /// The position, among the question's folded words, of the word that asks what a thing was called
    /// (<see cref="QuestionReading.AsksThingName"/>): "what was the 1953 speech called", "what was the name of…",
    /// "kaip vadinosi…", "koks buvo pavadinimas", "cum se numea…", "care era numele", "ano ang pangalan ng…"; -1 without
    /// one. Not what someone called something ("what did Reagan call the USSR", "kaip Reiganas pavadino…", "ano ang tawag
    /// ni Reagan"): that answer is a phrase, not a name.
    /// </summary>
    private static int ThingNameWord(List<string> words)
    {
        if (words.Count < 3)
            return -1;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var asks = word switch
            {
                "called" or "named" => words[0] is "what" or "whats",
                "name" or "title" => i + 1 < words.Count && words[i + 1] == "of",
                "vadinosi" or "vadinasi" or "vadinama" or "vadinamas" or "pavadinimas" => true,
                "numea" or "numeste" or "numele" => true,
                "pangalan" => true,
                _ => false,
            };
            if (asks)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// Whether the question (its folded words) asks which countries, by its opening: "which countries were in SEATO",
    /// "ce țări", "kokios šalys", "anong mga bansa" (<see cref="QuestionReading.AsksCountries"/>).
    /// </summary>
    private static bool AsksCountries(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count && i < 4; i++)
        {
            var next = words[i + 1] == "mga" && i + 2 < words.Count ? words[i + 2] : words[i + 1];
            if (CountryQuestionWords.Contains(words[i]) && CountryWords.Contains(next))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A side someone acted for (<see cref="QuestionReading.AsksRepresentative"/>): "on behalf of", "on/from/for the … side"
    /// (not "the side door"), Romanian "din partea", "în numele", Lithuanian "iš … pusės", "… pusėje", "… vardu", Tagalog
    /// "sa panig ng"; and the verb "represent" ("who represented the USSR", "kas atstovavo", "cine a reprezentat").
    /// </summary>
    private static bool AsksRepresentative(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var side = words[i] switch
            {
                "behalf" => i > 0 && words[i - 1] == "on",
                "side" => (i + 1 == words.Count || words[i + 1] is "of" or "in" or "at" or "to")
                    && words.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).Any(word => word is "on" or "from" or "for"),
                "partea" => i > 0 && words[i - 1] == "din",
                "numele" => i > 0 && words[i - 1] == "in",
                "puses" or "puseje" or "vardu" => true,
                "panig" => true,
                "represent" or "represented" or "atstovavo" or "atstovauti" or "reprezentat" or "reprezenta" or "kumatawan" => true,
                _ => false,
            };
            if (side)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The word a "how many" question counts, folded ("how many soldiers", "kiek karių", "câți soldați", "ilang sundalo"):
    /// the word after the count word, past Tagalog "mga"; null for a count of countries (a list of them answers) or none.
    /// </summary>
    private static string? CountedWord(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count && i < 4; i++)
        {
            var counts = CountWords.Contains(words[i]) || (words[i] == "how" && words[i + 1] is "many" or "much");
            if (!counts)
                continue;
            var next = words[i] == "how" ? i + 2 : i + 1;
            if (next < words.Count && words[next] == "mga")
                next++;
            return next < words.Count && !CountryWords.Contains(words[next]) ? words[next] : null;
        }
        return null;
    }

    /// <summary>Single words that ask how many: Lithuanian "kiek", Romanian "câte"/"câți", Tagalog "ilan"/"ilang".</summary>
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal) { "kiek", "cate", "cati", "ilan", "ilang" };

    private static readonly HashSet<string> CountryQuestionWords = new(StringComparer.Ordinal)
    {
        "which", "what", "ce", "care", "kokios", "kurios", "kuriu", "kokiu", "anong", "aling", "saang",
    };

    private static readonly HashSet<string> CountryWords = new(StringComparer.Ordinal)
    {
        "countries", "nations", "states", "tari", "state", "statele", "salys", "saliu", "bansa",
    };

    /// <summary>
    /// Whether a message opens the way a question does: a question word of any intent, or one
    /// that tells none ("what did Khrushchev do", "ar SSRS norėjo…", "cum a reacționat NATO").
    /// </summary>
    public static bool OpensAsQuestion(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return tokens.Count > 0 && (OpeningWords.Contains(tokens[0].Folded) || Read(text).Intent != QuestionIntent.None);
    }

    private static QuestionIntent ReadIntent(List<string> words, HashSet<string> framing)
    {
        // The question word is near the start; look at the first few words only.
        for (var i = 0; i < words.Count && i < 4; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : "";
            // "what exact day", "which specific year", "kurią 1942 m. dieną": a word of exactness, or a year, may stand between.
            var gap = 0;
            while (gap < MaxPhraseGap && i + 1 + gap < words.Count && IsPhraseGap(words[i + 1 + gap]))
                gap++;
            var later = i + 1 + gap < words.Count ? words[i + 1 + gap] : "";
            foreach (var (first, second, phraseIntent) in Phrases)
            {
                if ((word == first || IsTypoOf(word, first)) && (second.Contains(next) || (gap > 0 && second.Contains(later))))
                {
                    framing.Add(word);
                    framing.Add(second.Contains(next) ? next : later);
                    // A year inside the phrase is the question's period, not its framing; a word of exactness is framing.
                    for (var g = 1; g <= gap && !second.Contains(next); g++)
                    {
                        if (ExactnessWords.Contains(words[i + g]))
                            framing.Add(words[i + g]);
                    }
                    return phraseIntent;
                }
            }
            // Lithuanian "kas" is who or what; before a past verb of acting for someone ("kas vadovavo", "kas atstovavo") it is who.
            if (word == "kas" && next.EndsWith("avo", StringComparison.Ordinal))
            {
                framing.Add(word);
                return QuestionIntent.Who;
            }
            if (SingleWords.TryGetValue(word, out var exact))
            {
                // After an opening word of another kind and a word of the question's own ("what happened when…", "ce
                // făceau americanii cât timp…"), a question word opens a clause: it asks nothing.
                if (exact != QuestionIntent.None && OpensClause(words, i))
                    continue;
                framing.Add(word);
                if (exact != QuestionIntent.None)
                    return exact;
                continue;
            }
            // "wen", "kelan", "kda": one letter off a question word of four or more letters, as the
            // question's first word only (inside a question "came" is a word of its own, not "câte"),
            // and not a function word of its own ("under" is no "unde", "were" no "where").
            if (i > 0 || StopWords.IsStopWordInAnyLanguage(word))
                continue;
            foreach (var (questionWord, typoIntent) in SingleWords)
            {
                if (typoIntent != QuestionIntent.None && questionWord.Length >= 4 && IsTypoOf(word, questionWord))
                {
                    framing.Add(word);
                    return typoIntent;
                }
            }
        }
        // "What was the flight number of the Korean plane?", "what is the population of…": the noun asks for a number.
        if (words is ["what" or "which", "was" or "is" or "were" or "are", "the", ..] && words.Skip(3).Take(2).FirstOrDefault(NumberNouns.Contains) is { } noun)
        {
            framing.Add(noun);
            return QuestionIntent.HowMany;
        }
        return QuestionIntent.None;
    }

    /// <summary>Nouns whose value is a number: "what was the (flight) number / population of…" asks how many.</summary>
    private static readonly HashSet<string> NumberNouns = new(StringComparer.Ordinal) { "number", "population" };

    /// <summary>
    /// Whether the question word at <paramref name="i"/> opens a clause: an opening word that asks nothing of its own
    /// ("what", "ce", "was") stands first, and a word that is no function word stands between.
    /// </summary>
    private static bool OpensClause(List<string> words, int i) =>
        i >= 2 && OpeningWords.Contains(words[0]) && !SingleWords.ContainsKey(words[0])
        && words.Skip(1).Take(i - 1).Any(word => !StopWords.IsStopWordInAnyLanguage(word));

    /// <summary>The nouns of a date a "when" question may end on ("…, exact date?", "…, anong petsa?").</summary>
    private static readonly HashSet<string> DateNouns = new(StringComparer.Ordinal)
    {
        "year", "date", "day", "month", "an", "anul", "data", "zi", "ziua", "luna", "metai", "metais", "diena", "dienos", "menesi", "taon", "petsa", "araw", "buwan",
    };

    /// <summary>
    /// A "when" question that ends by naming what it asks ("wen did the ussr get refused, exact date??", "kada tai
    /// buvo, tiksli data?"): the date noun and its words of exactness are framing, no words a passage must hold.
    /// </summary>
    private static void AddTrailingDateWords(List<string> words, HashSet<string> framing)
    {
        var last = words.Count - 1;
        if (last < 2 || !DateNouns.Contains(words[last]))
            return;
        framing.Add(words[last]);
        for (var w = last - 1; w > 0 && (ExactnessWords.Contains(words[w]) || words[w] is "the" or "tiksli" or "exacta" or "eksaktong"); w--)
            framing.Add(words[w]);
    }

    private static YearRange? ReadPeriod(string question, List<string> words, HashSet<string> framing)
    {
        var folded = MendDecadeWords(TextFolding.Fold(question), words, framing);
        if (Decades.First(folded) is { } decade)
        {
            var start = decade.FirstYear;
            var decadeTokens = Tokenizer.Tokenize(folded.Substring(decade.Index, decade.Length));
            foreach (var token in decadeTokens)
                framing.Add(token.Folded);
            if (decadeTokens.Count > 0 && words.IndexOf(decadeTokens[0].Folded) is var first and >= 0)
                AddPeriodModifiers(words, first, first + decadeTokens.Count - 1, framing);
            return new YearRange(start, start + 9);
        }
        // "at the end of the fifties", "în anii cincizeci": a decade in words (Romanian after "anii", "anilor": alone
        // "cincizeci" is fifty).
        for (var i = 0; i < words.Count; i++)
        {
            var romanian = i > 0 && Decades.OpeningWords.Contains(words[i - 1]);
            if (Decades.OfWord(words[i], romanian) is { } first && first >= 1920)
            {
                var from = romanian ? i - 1 : i;
                for (var w = from; w <= i; w++)
                    framing.Add(words[w]);
                AddPeriodModifiers(words, from, i, framing);
                return new YearRange(first, first + 9);
            }
        }
        // "devintajame dešimtmetyje", "devintojo dešimtmečio": the ninth decade (of the century), i.e. the 1980s.
        var decadeWord = words.FindIndex(word => word.StartsWith("desimtme", StringComparison.Ordinal));
        if (decadeWord > 0)
        {
            var ordinal = Array.FindIndex(Ordinals, stem => stem.Length > 0 && words[decadeWord - 1].StartsWith(stem, StringComparison.Ordinal));
            // "9-ojo dešimtmečio", "9-ajame dešimtmetyje", "9 dešimtmetyje": the ordinal in digits, its ending a word of its own.
            var digitAt = words[decadeWord - 1] is [>= '1' and <= '9'] ? decadeWord - 1
                : decadeWord > 1 && DigitOrdinalEndings.Contains(words[decadeWord - 1]) && words[decadeWord - 2] is [>= '1' and <= '9'] ? decadeWord - 2
                : -1;
            if (ordinal <= 0 && digitAt >= 0)
                ordinal = words[digitAt][0] - '0';
            var ordinalAt = digitAt >= 0 ? digitAt : decadeWord - 1;
            if (ordinal > 0)
            {
                for (var w = ordinalAt; w <= decadeWord; w++)
                    framing.Add(words[w]);
                AddPeriodModifiers(words, ordinalAt, decadeWord, framing);
                return new YearRange(1900 + (ordinal - 1) * 10, 1900 + (ordinal - 1) * 10 + 9);
            }
        }
        if (Year().Match(folded) is { Success: true } year4)
        {
            var value = int.Parse(year4.Value, CultureInfo.InvariantCulture);
            if (words.IndexOf(year4.Value) is var at and >= 0)
                AddPeriodModifiers(words, at, at, framing);
            return new YearRange(value, value);
        }
        // "in 56", "în '63", "noong 56" at the end of a question: chat users write the century away.
        if (ShortYear().Match(folded) is { Success: true } shortYear)
        {
            var digits = shortYear.Groups["year"].Value;
            var value = 1900 + int.Parse(digits, CultureInfo.InvariantCulture);
            framing.Add(digits);
            return new YearRange(value, value);
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (!UnderWords.Contains(words[i]))
                continue;
            for (var j = i + 1; j < words.Count && j <= i + 3; j++)
            {
                foreach (var (names, years) in Leaders)
                {
                    if (names.Contains(words[j]))
                    {
                        framing.Add(words[i]);
                        return years;
                    }
                }
            }
        }
        if (AfterTheWar().IsMatch(folded))
            return new YearRange(1945, 1960);
        return null;
    }

    /// <summary>
    /// The folded question with a misspelt decade word mended ("dekfda 80" → "dekada 80", "anilro '50"), the misspelt
    /// word framing like the word it stands for.
    /// </summary>
    private static string MendDecadeWords(string folded, List<string> words, HashSet<string> framing)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 5 || !char.IsDigit(words[i + 1][0]) || Decades.OpeningWords.Contains(word) || Decades.OpeningWords.FirstOrDefault(decade => IsTypoOf(word, decade)) is not { } meant)
                continue;
            folded = Regex.Replace(folded, $@"\b{Regex.Escape(word)}\b", meant);
            framing.Add(word);
        }
        return folded;
    }

    /// <summary>
    /// Folded words that place a time within a period ("the late 50s", "in the summer of 1952",
    /// "anilor '50" after "sfârșitul", "dekada 50" after "huling bahagi ng"): part of the period,
    /// not of what is asked, so a passage need not hold them.
    /// </summary>
    private static readonly HashSet<string> PeriodModifiers = new(StringComparer.Ordinal)
    {
        "early", "late", "mid", "beginning", "middle", "summer", "winter", "spring", "autumn",
        "pradzioje", "pabaigoje", "viduryje", "vasara", "ziema", "pavasari", "rudeni",
        "inceputul", "sfarsitul", "mijlocul", "finalul", "vara", "iarna", "primavara", "toamna",
        "huling", "unang", "bahagi", "simula", "katapusan", "kalagitnaan", "taglamig",
    };

    /// <summary>
    /// The <see cref="PeriodModifiers"/> among the three words before a period's first word and
    /// the two after its last ("1954 m. pabaigoje").
    /// </summary>
    private static void AddPeriodModifiers(List<string> words, int first, int last, HashSet<string> framing)
    {
        for (var i = Math.Max(0, first - 3); i <= Math.Min(words.Count - 1, last + 2); i++)
        {
            if ((i < first || i > last) && PeriodModifiers.Contains(words[i]))
                framing.Add(words[i]);
        }
    }

    private static bool IsTypoOf(string word, string target) =>
        word.Length >= 3 && Math.Abs(word.Length - target.Length) <= 1 && word[0] == target[0]
        && word != target && Search.EditDistance.Bounded(word, target, 1) <= 1;

    [GeneratedRegex(@"(?<![\d.,])(1[89][0-9]{2}|20[0-9]{2})(?![\d])")]
    private static partial Regex Year();

    /// <summary>A two-digit year after "in", "în", "noong"/"nung", "m." or an apostrophe, ending the question ("in 56?", "în '63").</summary>
    [GeneratedRegex(@"(?:\b(?:in|noong|nung|m\.)\s+['’]?|['’])(?<year>[2-9][0-9])\s*[?.!]*\s*$")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"\b(after the (second world )?war|postwar|post-war|po karo|dupa razboi|pagkatapos ng (ikalawang )?(digmaan|giyera))\b")]
    private static partial Regex AfterTheWar();
}
