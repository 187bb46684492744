using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>A token stream of one word, set before each use: the input of a chain run on a single word (<see cref="ParagraphWords"/>).</summary>
internal sealed class OneWordStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private string _word = "";
    private bool _done;

    public OneWordStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public void Set(string word) => _word = word;

    public override bool IncrementToken()
    {
        if (_done)
            return false;
        ClearAttributes();
        _term.SetEmpty().Append(_word);
        _done = true;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _done = false;
    }
}
