namespace HistoryBot.Core.Text;

/// <summary>
/// Tells English, Lithuanian, Tagalog and Romanian apart in texts as short as two words,
/// from function words, letters only one language uses, and typical word endings.
/// Typed with or without diacritics; says "unknown" when the evidence is thin or even.
/// </summary>
public sealed class LanguageDetector
{
    private const double MinimumScore = 0.9;
    private const double MinimumMargin = 0.45;

    private static readonly (string Language, string Letters)[] DistinctiveLetters =
    [
        (Language.Lithuanian, "ąčęėįųūšž"),
        (Language.Romanian, "ăâîșțşţ"),
    ];

    private static readonly (string Language, string[] Endings)[] TypicalEndings =
    [
        (Language.English, ["ing", "tion", "ed", "ly", "ness", "ment", "ould", "ght", "ies", "ship"]),
        (Language.Lithuanian, ["as", "is", "ys", "us", "ai", "iu", "ams", "ims", "oje", "uose", "ijos", "ija", "ejo", "osi", "esi", "ius"]),
        (Language.Romanian, ["ului", "ilor", "lor", "ul", "tie", "tia", "tiei", "este", "eaza", "ele", "ata", "atul", "area", "iei"]),
        (Language.Tagalog, ["han", "hin", "ng", "yon", "yan"]),
    ];

    private static readonly (string Language, string[] Prefixes)[] TypicalPrefixes =
    [
        (Language.Tagalog, ["nag", "mag", "pag", "naka", "maka", "ipag", "pinag", "nakik", "kinai", "tumang", "pumir"]),
    ];

    public LanguageGuess Detect(string text)
    {
        var scores = new Dictionary<string, double>();
        foreach (var language in Language.All)
            scores[language] = 0;

        foreach (var token in Tokenizer.Tokenize(text))
        {
            // A word of combining marks alone folds to nothing: no evidence either way.
            if (token.Folded.Length == 0 || char.IsDigit(token.Folded[0]))
                continue;

            // A stop word of several languages counts for each a share: each list is asked once.
            var stopLanguages = 0;
            var stopIn = 0;
            for (var i = 0; i < Language.All.Count; i++)
            {
                if (StopWords.For(Language.All[i]).Contains(token.Folded))
                {
                    stopLanguages |= 1 << i;
                    stopIn++;
                }
            }
            for (var i = 0; i < Language.All.Count; i++)
            {
                if ((stopLanguages & (1 << i)) != 0)
                    scores[Language.All[i]] += 1.0 / stopIn;
            }

            var lower = token.Surface.ToLowerInvariant();
            foreach (var (language, letters) in DistinctiveLetters)
            {
                if (lower.AsSpan().IndexOfAny(letters) >= 0)
                    scores[language] += 1.5;
            }

            if (stopIn > 0 || token.Folded.Length < 4 || IsAcronym(token.Surface))
                continue;

            foreach (var (language, endings) in TypicalEndings)
            {
                if (endings.Any(ending => token.Folded.EndsWith(ending, StringComparison.Ordinal)))
                    scores[language] += 0.35;
            }
            foreach (var (language, prefixes) in TypicalPrefixes)
            {
                if (prefixes.Any(prefix => token.Folded.StartsWith(prefix, StringComparison.Ordinal)))
                    scores[language] += 0.35;
            }
            if (token.Folded.Contains("th", StringComparison.Ordinal) || token.Folded.Contains("wh", StringComparison.Ordinal))
                scores[Language.English] += 0.35;
        }

        // The highest score (the first language of the list on a tie) and the highest of the others.
        var best = Language.All[0];
        foreach (var language in Language.All)
        {
            if (scores[language] > scores[best])
                best = language;
        }
        var bestScore = scores[best];
        var secondScore = double.NegativeInfinity;
        foreach (var language in Language.All)
        {
            if (language != best && scores[language] > secondScore)
                secondScore = scores[language];
        }
        return bestScore >= MinimumScore && bestScore - secondScore >= MinimumMargin
            ? new LanguageGuess(best, bestScore)
            : new LanguageGuess(Language.Unknown, bestScore);
    }

    private static bool IsAcronym(string surface) => surface.Length > 1 && surface.All(char.IsUpper);
}
