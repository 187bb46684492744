using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// The words of one paragraph at a time, for the index builder, with what each analysed field
/// makes of them. The text is split by the analyzer's own <see cref="WordTokenizer"/>; each
/// distinct word is then run once through the analyzer's own chains — the folding chain
/// (<see cref="HistoryAnalyzer.FoldingChain"/>) and, when a field first asks, that field's chain
/// (<see cref="HistoryAnalyzer.FieldChain"/>) — and the result is remembered, since every filter
/// after the tokenizer treats each word on its own and turns it into one term or none. Words
/// recur, so the paragraphs' words are looked up instead of folded, stopped and stemmed again:
/// a profile of a 200,000-paragraph build spent about a third of its time in those filters.
/// One instance per indexing thread; reused from one paragraph to the next.
/// </summary>
internal sealed class ParagraphWords
{
    /// <summary>Forgotten all at once beyond this many distinct words, so a huge vocabulary cannot hold the build's memory.</summary>
    internal const int MaxRemembered = 250_000;

    private const int KeyField = 0;

    private static readonly string[] Fields = [AnalysisFields.Key, .. AnalysisFields.StemFields];

    private readonly int _maxRemembered;
    private readonly WordTokenizer _tokenizer = new(TextReader.Null);
    private readonly ICharTermAttribute _raw;
    private readonly Dictionary<string, Word> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly SingleWordChain _folding;
    private readonly SingleWordChain[] _fieldChains;
    private Word[] _words = new Word[512];

    public ParagraphWords(HistoryAnalyzer analyzer, int maxRemembered = MaxRemembered)
    {
        _maxRemembered = maxRemembered;
        _raw = _tokenizer.AddAttribute<ICharTermAttribute>();
        _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        _folding = new SingleWordChain("words", HistoryAnalyzer.FoldingChain);
        _fieldChains = Fields.Select(field => new SingleWordChain(field, words => analyzer.FieldChain(field, words))).ToArray();
    }

    /// <summary>How many words the current paragraph has (words the folding drops whole included).</summary>
    public int Count { get; private set; }

    /// <summary>The number <see cref="TermOf"/> knows an analysed field by.</summary>
    public static int FieldNumber(string field)
    {
        var number = Array.IndexOf(Fields, field);
        return number >= 0 ? number : throw new ArgumentException($"{field} is not an analysed field.", nameof(field));
    }

    /// <summary>Replaces the words with those of <paramref name="text"/>.</summary>
    public void Fill(string text)
    {
        Count = 0;
        _tokenizer.SetReader(new StringReader(text));
        try
        {
            _tokenizer.Reset();
            while (_tokenizer.IncrementToken())
            {
                var raw = _raw.Buffer.AsSpan(0, _raw.Length);
                if (!_lookup.TryGetValue(raw, out var word))
                    word = Remember(raw.ToString());
                if (Count == _words.Length)
                    Array.Resize(ref _words, Count * 2);
                _words[Count++] = word;
            }
            _tokenizer.End();
        }
        finally
        {
            _tokenizer.Dispose();
        }
    }

    /// <summary>The term field <paramref name="field"/> indexes for word <paramref name="index"/>, or null when its chain drops the word.</summary>
    public string? TermOf(int index, int field)
    {
        var word = _words[index];
        if (word.Folded is not { } folded)
            return null;
        if (!word.Known[field])
        {
            word.Terms[field] = _fieldChains[field].Run(folded);
            word.Known[field] = true;
        }
        return word.Terms[field];
    }

    private Word Remember(string raw)
    {
        if (_known.Count >= _maxRemembered)
            _known.Clear();
        var word = new Word(_folding.Run(raw));
        _known.Add(raw, word);
        return word;
    }

    /// <summary>A word's folded form (null when folding drops it) and, per field, its term once asked for.</summary>
    private sealed class Word(string? folded)
    {
        public string? Folded { get; } = folded;

        public string?[] Terms { get; } = new string?[Fields.Length];

        public bool[] Known { get; } = new bool[Fields.Length];
    }

    /// <summary>One of the analyzer's chains fed a single word at a time.</summary>
    private sealed class SingleWordChain
    {
        private readonly string _name;
        private readonly OneWordStream _input = new();
        private readonly TokenStream _chain;
        private readonly ICharTermAttribute _term;

        public SingleWordChain(string name, Func<TokenStream, TokenStream> chain)
        {
            _name = name;
            _chain = chain(_input);
            _term = _chain.AddAttribute<ICharTermAttribute>();
        }

        /// <summary>The one term the chain makes of <paramref name="word"/>, or null when it drops it.</summary>
        public string? Run(string word)
        {
            _input.Set(word);
            _chain.Reset();
            string? term = null;
            if (_chain.IncrementToken())
                term = _term.ToString();
            if (_chain.IncrementToken())
                throw new InvalidOperationException($"The {_name} chain made more than one term of \"{word}\"; {nameof(ParagraphWords)} remembers one term per word.");
            _chain.End();
            return term;
        }
    }
}
