using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// Stems with a stemmer Lucene does not ship: the system Snowball library's Lithuanian, the
/// Tagalog affix stripper. Keyword-marked tokens (short words, numbers) pass unchanged.
/// </summary>
public sealed class StemmerFilter : TokenFilter
{
    private readonly Func<string, string> _stem;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public StemmerFilter(TokenStream input, Func<string, string> stem)
        : base(input)
    {
        _stem = stem;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (!_keyword.IsKeyword)
        {
            var stem = _stem(_term.ToString());
            _term.SetEmpty().Append(stem);
        }
        return true;
    }
}
