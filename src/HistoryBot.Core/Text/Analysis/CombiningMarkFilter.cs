using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// Runs after ASCII folding: removes the diacritics folding does not know (decomposed
/// accents, marks on non-Latin letters) and drops a token that was nothing but marks.
/// </summary>
public sealed class CombiningMarkFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public CombiningMarkFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var buffer = _term.Buffer;
            var length = _term.Length;
            var plain = true;
            for (var i = 0; i < length && plain; i++)
                plain = buffer[i] < 128;
            if (plain)
                return true;

            var decomposed = new string(buffer, 0, length).Normalize(NormalizationForm.FormD);
            var kept = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                    kept.Append(c);
            }
            if (kept.Length == 0)
                continue;
            var folded = kept.ToString().Normalize(NormalizationForm.FormC);
            _term.SetEmpty().Append(folded);
            return true;
        }
        return false;
    }
}
