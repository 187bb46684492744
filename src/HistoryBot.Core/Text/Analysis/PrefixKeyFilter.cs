using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// Cuts each folded word to its first <see cref="TextAnalyzer.PrefixLength"/> letters: the
/// language-neutral key where cognates and borrowed names meet ("diplomatic"/"diplomatice").
/// </summary>
public sealed class PrefixKeyFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public PrefixKeyFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (_term.Length > TextAnalyzer.PrefixLength)
            _term.Length = TextAnalyzer.PrefixLength;
        return true;
    }
}
