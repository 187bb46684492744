namespace HistoryBot.Core.Text.Questions;

/// <summary>
/// What a question asks for besides its words: the kind of answer (<see cref="Intent"/>), the
/// period it is about, if it names one, and which of its words only say so ("when", "in the
/// 1980s", "under") and so are no search words.
/// </summary>
public sealed record QuestionReading(QuestionIntent Intent, YearRange? Period, IReadOnlySet<string> FramingWords);
