namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// A content word of the question as the judge weighs it: <see cref="Weight"/> is its rarity in
/// the index (idf), small for a word the index does not know at all; <see cref="Known"/> is
/// false for such a word, unless a passage holds a typo of it or a synonym or translation.
/// </summary>
public sealed record QuestionWord(string Surface, string Folded, double Weight, bool Known);
