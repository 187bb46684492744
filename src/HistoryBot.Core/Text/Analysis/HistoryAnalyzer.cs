using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// The one analysis definition, by field. Every chain starts the same: words
/// (<see cref="WordTokenizer"/>), lower case, ASCII folding (which also makes the Romanian
/// cedilla letters ş ţ and comma-below letters ș ț one letter), remaining marks removed.
/// A language field then drops that language's stop words and stems — Lucene's Snowball
/// English and Romanian, the system Snowball library's Lithuanian, the Tagalog affix
/// stripper — leaving words under three letters and numbers alone. The key field drops
/// the stop words of every language and keeps each word's first five letters.
/// </summary>
public sealed class HistoryAnalyzer(Func<string, string, string> stemOf) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    private static readonly Dictionary<string, CharArraySet> StopSets = Language.All.ToDictionary(
        language => language,
        language => new CharArraySet(LuceneVersion.LUCENE_48, StopWords.For(language).ToList(), false));

    private static readonly CharArraySet AnyStopWord = new(LuceneVersion.LUCENE_48, StopWords.For(Language.Unknown).ToList(), false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, FieldChain(fieldName, FoldingChain(tokenizer)));
    }

    /// <summary>
    /// The start of every field's chain after the tokenizer: lower case, ASCII folding, remaining
    /// marks removed (the <see cref="AnalysisFields.Words"/> chain).
    /// </summary>
    public static TokenStream FoldingChain(TokenStream words) =>
        new CombiningMarkFilter(new ASCIIFoldingFilter(new LowerCaseWordFilter(words)));

    /// <summary>
    /// What a field makes of the folded words (<see cref="FoldingChain"/>): the rest of that
    /// field's chain, fed by <paramref name="words"/>. Every filter of it treats each word on
    /// its own and makes one term of it or none: the index builder runs each distinct word
    /// through it once and remembers the term (<see cref="ParagraphWords"/>).
    /// </summary>
    public TokenStream FieldChain(string fieldName, TokenStream words)
    {
        if (fieldName == AnalysisFields.Key)
            return new PrefixKeyFilter(new StopFilter(LuceneVersion.LUCENE_48, words, AnyStopWord));
        if (AnalysisFields.LanguageOf(fieldName) is not { } language || !StopSets.TryGetValue(language, out var stopWords))
            return words;

        var stream = new ShortWordMarkerFilter(new StopFilter(LuceneVersion.LUCENE_48, words, stopWords));
        return language switch
        {
            Language.English => new SnowballFilter(stream, new EnglishStemmer()),
            Language.Romanian => new SnowballFilter(stream, new RomanianStemmer()),
            _ => new StemmerFilter(stream, word => stemOf(word, language)),
        };
    }
}
