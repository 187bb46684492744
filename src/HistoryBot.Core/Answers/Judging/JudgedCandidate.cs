namespace HistoryBot.Core.Answers.Judging;

/// <summary>One paragraph as the judge ranked it, with the signals it measured (for `eval --signals` and refitting).</summary>
public sealed record JudgedCandidate(string Source, int ParagraphNumber, string Language, string Text, string? TranslationOf, CandidateSignals Signals)
{
    private Lazy<IReadOnlyList<WordMatch>>? _words;

    /// <summary>How each question word matched this paragraph: worked out when first read (only `eval --signals` reads it for every candidate).</summary>
    public IReadOnlyList<WordMatch> Words => _words?.Value ?? [];

    /// <summary>What works out <see cref="Words"/>.</summary>
    internal Func<IReadOnlyList<WordMatch>> ExplainWords
    {
        init => _words = new Lazy<IReadOnlyList<WordMatch>>(value);
    }
}
