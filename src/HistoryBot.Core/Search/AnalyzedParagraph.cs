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

    public long Id { get; }

    public Paragraph Paragraph { get; }

    public List<AnalyzedToken> Tokens { get; }

    /// <summary>The index stem of each token, null for stop words.</summary>
    public string?[] Stems { get; }

    /// <summary>The cross-language prefix key of each token, null for stop words.</summary>
    public string?[] Prefixes { get; }

    /// <summary>The paragraph's sentences, in order.</summary>
    public IReadOnlyList<Answers.TextRange> Sentences => _sentences ??= SentenceSplitter.Split(Paragraph.Text);

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
