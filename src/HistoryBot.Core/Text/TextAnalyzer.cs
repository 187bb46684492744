using HistoryBot.Core.Text.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Core.Text;

/// <summary>
/// The one analysis configuration, shared by indexing and querying. Its Lucene analyzer
/// (<see cref="HistoryAnalyzer"/>) indexes the paragraphs; the same chain, read token by
/// token here, analyses questions and the paragraphs that answer (for highlighting and the
/// best sentence): fold case and diacritics, drop stop words, stem, and derive the
/// language-neutral prefix key that lets cognates meet across languages.
/// </summary>
public sealed class TextAnalyzer : IDisposable
{
    /// <summary>Length of the cross-language prefix key: "diplomatic" and "diplomatice" share "diplo".</summary>
    public const int PrefixLength = 5;

    /// <summary>Shorter words are never stemmed.</summary>
    public const int MinimumStemmedLength = 3;

    private const int MaxCachedStems = 500_000;

    private readonly Dictionary<string, IStemmer> _stemmers;

    /// <summary>Whether <see cref="Spelling"/> was loaded here (and is released here), not given by the caller.</summary>
    private readonly bool _ownsSpelling;
    private readonly BoundedCache<(string Language, string Word), string> _stemCache = new(MaxCachedStems);

    public TextAnalyzer(ILogger<TextAnalyzer>? logger = null)
        : this(SnowballLibrary.TryLoad(out var error), error, logger)
    {
    }

    public TextAnalyzer(SnowballLibrary? snowball, string? snowballError = null, ILogger<TextAnalyzer>? logger = null, Spelling? spelling = null)
    {
        if (snowball is null)
        {
            logger?.LogWarning("Lithuanian stemming is off: {Reason}. Install libstemmer0d for better answers", snowballError ?? "no Snowball library");
        }
        string? spellingError = null;
        _ownsSpelling = spelling is null;
        Spelling = spelling ?? Spelling.Load(null, out spellingError);
        if (spellingError is not null)
        {
            logger?.LogWarning("The Tagalog dictionary is off: {Reason}. Install libhunspell-1.7-0 and myspell-tl for better answers", spellingError);
        }
        StemmingAvailable = snowball is not null;
        _stemmers = new Dictionary<string, IStemmer>
        {
            [Language.English] = new SnowballStemmer(() => new EnglishStemmer()),
            [Language.Romanian] = new SnowballStemmer(() => new RomanianStemmer()),
            // Lucene.Net has no Lithuanian stemmer: the system's Snowball library has one.
            [Language.Lithuanian] = snowball?.Create("lithuanian") ?? NoStemmer.Instance,
            [Language.Tagalog] = new TagalogStemmer(),
        };
        Analyzer = new HistoryAnalyzer(Stem);
    }

    /// <summary>Whether a word is a real word of a language as written (Hunspell); "unknown" for every word when Hunspell is missing.</summary>
    public Spelling Spelling { get; }

    /// <summary>False when libstemmer was missing and Lithuanian words are matched unstemmed.</summary>
    public bool StemmingAvailable { get; }

    /// <summary>The Lucene analyzer of every indexed field.</summary>
    public HistoryAnalyzer Analyzer { get; }

    /// <summary>
    /// Names the analysis an index was built with. Raise <see cref="AnalysisVersion"/> with any
    /// change to folding, stop words or stemming: an index built otherwise is rebuilt on start.
    /// </summary>
    public string Version => $"{AnalysisVersion}/{(StemmingAvailable ? "snowball" : "unstemmed")}";

    private const int AnalysisVersion = 5;

    /// <summary>The words of a text, folded, with their places: the analysis chain before stop words and stemming.</summary>
    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 6 + 1);
        using var stream = Analyzer.GetTokenStream(AnalysisFields.Words, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = offset.StartOffset;
            var length = offset.EndOffset - start;
            tokens.Add(new Token(start, length, text.Substring(start, length), term.ToString()));
        }
        stream.End();
        return tokens;
    }

    /// <summary>Tokens of a text with stems in the given language; stop words carry no stem.</summary>
    public List<AnalyzedToken> Analyze(string text, string language)
    {
        var stopWords = StopWords.For(language);
        var tokens = Tokenize(text);
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
        if (!_stemmers.TryGetValue(language, out var stemmer) || folded.Length < MinimumStemmedLength || char.IsDigit(folded[0]))
            return folded;
        if (_stemCache.TryGet((language, folded), out var cached))
            return cached;
        var stem = stemmer.Stem(folded);
        if (stem.Length == 0)
            stem = folded;
        _stemCache.Add((language, folded), stem);
        return stem;
    }

    /// <summary>The language-neutral key of a folded word, for cognates and borrowed names.</summary>
    public static string Prefix(string folded) =>
        folded.Length <= PrefixLength ? folded : folded[..PrefixLength];

    /// <summary>Releases the Hunspell dictionaries this analyzer loaded itself (one given by the caller stays the caller's).</summary>
    public void Dispose()
    {
        if (_ownsSpelling)
            Spelling.Dispose();
    }
}
