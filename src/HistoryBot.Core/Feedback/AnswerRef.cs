using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Feedback;

/// <summary>One answer that can be voted on: the remembered question and the paragraph given to it.</summary>
public readonly record struct AnswerRef(string QuestionKey, SourceId SourceId, int ParagraphNumber);
