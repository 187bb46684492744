using Lucene.Net.Tartarus.Snowball;

namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// One of Lucene's Snowball stemmers (English, Romanian) as an <see cref="IStemmer"/>, so a
/// question word is stemmed by the very algorithm that stemmed the index.
/// </summary>
public sealed class SnowballStemmer(Func<SnowballProgram> create) : IStemmer
{
    // A Snowball program keeps per-call state: one caller at a time.
    private readonly SnowballProgram _program = create();
    private readonly Lock _gate = new();

    public Func<SnowballProgram> Create { get; } = create;

    public string Stem(string word)
    {
        lock (_gate)
        {
            _program.SetCurrent(word);
            _program.Stem();
            return _program.Current;
        }
    }
}
