using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// Plays the words of a <see cref="FoldedWords"/> back as a token stream, in place of the
/// tokenizer and the folding filters, to the rest of a field's chain
/// (<see cref="HistoryAnalyzer.FieldChain"/>). Lucene disposes a field's stream after each
/// document; this one stays usable, and the next document refills the words it reads.
/// </summary>
internal sealed class FoldedWordsStream : TokenStream
{
    private readonly FoldedWords _words;
    private readonly ICharTermAttribute _term;
    private int _next;

    public FoldedWordsStream(FoldedWords words)
    {
        _words = words;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _words.Count)
            return false;
        ClearAttributes();
        _words.CopyTo(_next++, _term);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
