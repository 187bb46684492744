namespace HistoryBot.Core.Text.Questions;

/// <summary>
/// A text as <see cref="AnswerShape"/> reads it: its words, and whether it names a date or a
/// cause, each worked out on first use and then kept. A paragraph's sentences are read this way
/// once, not again by every question that weighs them. Safe to share between threads (a race
/// only works a value out twice).
/// </summary>
/// <param name="text">The text.</param>
/// <param name="oneSentence">
/// The text is one sentence, where a time told by an event (<see cref="EventTimes"/>) dates what the sentence tells; in a whole
/// paragraph it may date another sentence's event ("…the creation of NATO… . …only after the death of the leader…").
/// </param>
public sealed class ShapedText(string text, bool oneSentence = true)
{
    private const int Unknown = 0;
    private const int No = 1;
    private const int Yes = 2;

    private List<Token>? _tokens;
    private int _hasDate;
    private int _hasCause;
    private int _hasYear;

    public string Text => text;

    /// <summary>Whether a time told by an event may answer "when" here (<see cref="EventTimes"/>): in one sentence only.</summary>
    public bool OneSentence => oneSentence;

    public IReadOnlyList<Token> Tokens
    {
        get
        {
            if (Volatile.Read(ref _tokens) is { } tokens)
                return tokens;
            // A thread that loses the race takes the winner's list.
            return Interlocked.CompareExchange(ref _tokens, Tokenizer.Tokenize(text), null) ?? _tokens!;
        }
    }

    /// <summary>A year or a decade (<see cref="AnswerShape.HasDate"/>).</summary>
    public bool HasDate => Read(ref _hasDate, static shaped => AnswerShape.HasDate(shaped.Text));

    /// <summary>A year in digits (<see cref="AnswerShape.HasYear"/>).</summary>
    public bool HasYear => Read(ref _hasYear, static shaped => AnswerShape.HasYear(shaped.Text));

    /// <summary>A causal phrase (<see cref="AnswerShape.HasCause(string)"/>).</summary>
    public bool HasCause => Read(ref _hasCause, static shaped => AnswerShape.HasCause(shaped.Tokens));

    /// <summary>A yes/no fact of the text, worked out on first use and kept in <paramref name="field"/>.</summary>
    private bool Read(ref int field, Func<ShapedText, bool> read)
    {
        if (Volatile.Read(ref field) is var known and not Unknown)
            return known == Yes;
        var found = read(this);
        Volatile.Write(ref field, found ? Yes : No);
        return found;
    }
}
