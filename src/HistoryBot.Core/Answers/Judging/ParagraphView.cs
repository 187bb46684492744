using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Questions;

namespace HistoryBot.Core.Answers.Judging;

/// <summary>A paragraph as the judge reads it: words with stems in its language, sentences, and which sentence each word is in.</summary>
internal sealed class ParagraphView
{
    /// <summary>The view of a paragraph the searcher has analysed already (same analysis): its tokens, stems and sentences are shared, not redone.</summary>
    public ParagraphView(Search.AnalyzedParagraph analyzed)
    {
        var paragraph = analyzed.Paragraph;
        Analysis = analyzed;
        Paragraph = paragraph;
        Tokens = new Token[analyzed.Tokens.Count];
        for (var i = 0; i < Tokens.Length; i++)
            Tokens[i] = analyzed.Tokens[i].Token;
        Stems = analyzed.Stems;
        Sentences = analyzed.Sentences;
        if (Sentences.Count == 0)
            Sentences = [new TextRange(0, paragraph.Text.Length)];
        SentenceShapes = Sentences.Select(range => new ShapedText(paragraph.Text.Substring(range.Start, range.Length))).ToArray();
        Shape = new ShapedText(paragraph.Text, oneSentence: false);
        Periods = AnswerShape.Periods(paragraph.Text);
    }

    public Search.AnalyzedParagraph Analysis { get; }

    public Paragraph Paragraph { get; }

    public Token[] Tokens { get; }

    /// <summary>Stem of each token in the paragraph's language; null for stop words.</summary>
    public string?[] Stems { get; }

    public IReadOnlyList<TextRange> Sentences { get; }

    /// <summary>The sentences as <see cref="AnswerShape"/> reads them: words, date and cause read once for every question.</summary>
    public ShapedText[] SentenceShapes { get; }

    /// <summary>The whole paragraph as <see cref="AnswerShape"/> reads it.</summary>
    public ShapedText Shape { get; }

    public List<YearRange> Periods { get; }

    /// <summary>
    /// The places the paragraph names where something is or happens (<see cref="AnswerShape.Places"/>), read on first use:
    /// only a "where" question asks. Safe to share between threads (a race only reads them twice).
    /// </summary>
    public List<string> Places =>
        Volatile.Read(ref _places) ?? Interlocked.CompareExchange(ref _places, AnswerShape.Places(Paragraph.Text, Tokens, Paragraph.Language), null) ?? _places!;

    private List<string>? _places;
}
