using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// The folded words of one text (the <see cref="AnalysisFields.Words"/> chain: words, lower
/// case, ASCII folding, marks removed), kept so that every field of a paragraph is analysed
/// from one pass over its text: the language field and the key field each read them again
/// through a <see cref="FoldedWordsStream"/>. Reused from one paragraph to the next by one thread.
/// </summary>
internal sealed class FoldedWords
{
    private char[] _chars = new char[4096];
    private int[] _starts = new int[512];
    private int[] _lengths = new int[512];
    private int _used;

    public int Count { get; private set; }

    /// <summary>Replaces the words with those of <paramref name="text"/>, read from <paramref name="analyzer"/>'s words chain.</summary>
    public void Fill(Analyzer analyzer, string text)
    {
        Count = 0;
        _used = 0;
        using var stream = analyzer.GetTokenStream(AnalysisFields.Words, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            Add(term.Buffer, term.Length);
        stream.End();
    }

    /// <summary>Copies word <paramref name="index"/> into a term buffer.</summary>
    public void CopyTo(int index, ICharTermAttribute term) =>
        term.CopyBuffer(_chars, _starts[index], _lengths[index]);

    private void Add(char[] buffer, int length)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
        }
        if (_used + length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + length));
        Array.Copy(buffer, 0, _chars, _used, length);
        _starts[Count] = _used;
        _lengths[Count] = length;
        _used += length;
        Count++;
    }
}
