using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>Words under three letters and numbers are kept as they are: no stemmer touches them.</summary>
public sealed class ShortWordMarkerFilter : KeywordMarkerFilter
{
    private readonly ICharTermAttribute _term;

    public ShortWordMarkerFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool IsKeyword() => _term.Length < TextAnalyzer.MinimumStemmedLength || char.IsDigit(_term.Buffer[0]);
}
