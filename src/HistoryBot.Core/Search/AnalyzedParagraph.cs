using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Search;

/// <summary>A paragraph with its analysis, as the ranker and the answer composer need it.</summary>
public sealed class AnalyzedParagraph
{
    public AnalyzedParagraph(long id, Paragraph paragraph, List<AnalyzedToken> tokens)
    {
        Id = id;
        Paragraph = paragraph;
        Tokens = tokens;
        Stems = new string?[tokens.Count];
        Prefixes = new string?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Stem is not { } stem)
                continue;
            ContentLength++;
            Stems[i] = IndexTerms.Clean(stem);
            Prefixes[i] = IndexTerms.PrefixOf(tokens[i].Token.Folded);
        }
    }

    private List<Answers.TextRange>? _sentences;
    private SentenceDate[]? _sentenceDates;
    private bool? _hasDate;
    private int[]? _sentenceOf;

    public long Id { get; }

    public Paragraph Paragraph { get; }

    public List<AnalyzedToken> Tokens { get; }

    /// <summary>The index stem of each token, null for stop words.</summary>
    public string?[] Stems { get; }

    /// <summary>The cross-language prefix key of each token, null for stop words.</summary>
    public string?[] Prefixes { get; }

    /// <summary>The paragraph's sentences, in order.</summary>
    public IReadOnlyList<Answers.TextRange> Sentences => _sentences ??= SentenceSplitter.Split(Paragraph.Text);

    /// <summary>How many sentences the matcher counts: at least one, the whole text, when the splitter finds none.</summary>
    public int SentenceCount => Math.Max(1, Sentences.Count);

    /// <summary>The sentence (index into <see cref="Sentences"/>) each token stands in.</summary>
    public int[] SentenceOf => _sentenceOf ??= ComputeSentenceOf();

    /// <summary>The paragraph writes the token as a name: with a capital, not at the start of its sentence ("States" in "the United States").</summary>
    public bool IsWrittenAsName(int token) =>
        token > 0 && SentenceOf[token - 1] == SentenceOf[token] && Tokens[token].Token.Surface is { Length: > 0 } surface && char.IsUpper(surface[0]);

    private int[] ComputeSentenceOf()
    {
        var sentences = Sentences;
        var result = new int[Tokens.Count];
        var sentence = 0;
        for (var i = 0; i < result.Length; i++)
        {
            while (sentence + 1 < sentences.Count && Tokens[i].Token.Start >= sentences[sentence + 1].Start)
                sentence++;
            result[i] = sentence;
        }
        return result;
    }

    /// <summary>
    /// How each sentence names a date. Worked out once per paragraph: paragraphs are cached
    /// per generation, and every "when" question asks again.
    /// </summary>
    public IReadOnlyList<SentenceDate> SentenceDates => _sentenceDates ??= Sentences
        .Select(range => Paragraph.Text.Substring(range.Start, range.Length))
        .Select(sentence => DatePattern.HasFullDate(sentence) ? SentenceDate.Full : DatePattern.HasDate(sentence) ? SentenceDate.Year : SentenceDate.None)
        .ToArray();

    /// <summary>Whether the paragraph names a year or a decade anywhere.</summary>
    public bool HasDate => _hasDate ??= DatePattern.HasDate(Paragraph.Text);

    /// <summary>How many content words (not stop words) the paragraph has.</summary>
    public int ContentLength { get; }
}
