using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Core.Text;

/// <summary>
/// The one analysis configuration, shared by indexing and querying: fold case and
/// diacritics, drop stop words, stem (Snowball for en/ro/lt, affix stripping for tl), and
/// derive the language-neutral prefix key that lets cognates meet across languages.
/// </summary>
public sealed class TextAnalyzer
{
    /// <summary>Length of the cross-language prefix key: "diplomatic" and "diplomatice" share "diplo".</summary>
    public const int PrefixLength = 5;

    private const int MaxCachedStems = 500_000;

    private readonly Dictionary<string, IStemmer> _stemmers;
    private readonly ConcurrentDictionary<(string Language, string Word), string> _stemCache = new();

    public TextAnalyzer(ILogger<TextAnalyzer>? logger = null)
        : this(SnowballLibrary.TryLoad(out var error), error, logger)
    {
    }

    public TextAnalyzer(SnowballLibrary? snowball, string? snowballError = null, ILogger<TextAnalyzer>? logger = null)
    {
        if (snowball is null)
        {
            logger?.LogWarning("Stemming is off: {Reason}. Install libstemmer0d for better answers", snowballError ?? "no Snowball library");
        }
        StemmingAvailable = snowball is not null;
        _stemmers = new Dictionary<string, IStemmer>
        {
            [Language.English] = snowball?.Create("english") ?? NoStemmer.Instance,
            [Language.Romanian] = snowball?.Create("romanian") ?? NoStemmer.Instance,
            [Language.Lithuanian] = snowball?.Create("lithuanian") ?? NoStemmer.Instance,
            [Language.Tagalog] = new TagalogStemmer(),
        };
    }

    /// <summary>False when libstemmer was missing and words are matched unstemmed.</summary>
    public bool StemmingAvailable { get; }

    /// <summary>
    /// Names the analysis an index was built with. Raise <see cref="AnalysisVersion"/> with any
    /// change to folding, stop words or stemming: an index built otherwise is rebuilt on start.
    /// </summary>
    public string Version => $"{AnalysisVersion}/{(StemmingAvailable ? "snowball" : "unstemmed")}";

    private const int AnalysisVersion = 3;

    /// <summary>Tokens of a text with stems in the given language; stop words carry no stem.</summary>
    public List<AnalyzedToken> Analyze(string text, string language)
    {
        var stopWords = StopWords.For(language);
        var tokens = Tokenizer.Tokenize(text);
        var result = new List<AnalyzedToken>(tokens.Count);
        foreach (var token in tokens)
        {
            var stem = stopWords.Contains(token.Folded) ? null : Stem(token.Folded, language);
            result.Add(new AnalyzedToken(token, stem));
        }
        return result;
    }

    /// <summary>The stem of a folded word in a language; an unknown language leaves it as is.</summary>
    public string Stem(string folded, string language)
    {
        if (!_stemmers.TryGetValue(language, out var stemmer) || folded.Length < 3 || char.IsDigit(folded[0]))
            return folded;
        if (_stemCache.TryGetValue((language, folded), out var cached))
            return cached;
        var stem = stemmer.Stem(folded);
        if (stem.Length == 0)
            stem = folded;
        if (_stemCache.Count < MaxCachedStems)
            _stemCache.TryAdd((language, folded), stem);
        return stem;
    }

    /// <summary>The language-neutral key of a folded word, for cognates and borrowed names.</summary>
    public static string Prefix(string folded) =>
        folded.Length <= PrefixLength ? folded : folded[..PrefixLength];
}
