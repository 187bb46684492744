using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// The terms one field indexes for the paragraph a <see cref="ParagraphWords"/> holds, one per
/// word that the field's chain keeps, in word order. Lucene disposes a field's stream after
/// each document; this one stays usable, and the next paragraph refills the words it reads.
/// </summary>
internal sealed class WordTermsStream : TokenStream
{
    private readonly ParagraphWords _words;
    private readonly int _field;
    private readonly ICharTermAttribute _term;
    private int _next;

    public WordTermsStream(ParagraphWords words, string field)
    {
        _words = words;
        _field = ParagraphWords.FieldNumber(field);
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_next < _words.Count)
        {
            if (_words.TermOf(_next++, _field) is { } term)
            {
                ClearAttributes();
                _term.SetEmpty().Append(term);
                return true;
            }
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
