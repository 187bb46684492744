namespace HistoryBot.Core.Answers.Judging;

/// <summary>How one question word matched the chosen passage, for `ask --json`: the passage word it matched, if any, and for a synonym its source.</summary>
public sealed record WordMatch(string Word, double Weight, bool Known, Search.MatchKind Kind, string? Matched)
{
    /// <summary>For a <see cref="Search.MatchKind.Synonym"/>: the synonym source it came from ("wordnet", …).</summary>
    public string? Source { get; init; }

    /// <summary>How much the word counts in the question's predicate (what is asked about the topic): 0 for a name or the library's topic, 1 for a word the index knows, less for one it does not.</summary>
    public double Predicate { get; init; }

    /// <summary>The word is the question's event (its first predicate word), which a date or number asked for must stand beside (<see cref="Judging.CandidateSignals.EventFact"/>).</summary>
    public bool Event { get; init; }

    /// <summary>A real word (WordNet or the lexicon knows it) that no source holds, nor any synonym or translation of it: a topic the sources do not tell ("invade").</summary>
    public bool ForeignTopic { get; init; }
}
