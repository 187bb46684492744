namespace HistoryBot.Core.Text.Lexicon;

/// <summary>A written form of the lexicon that a question word may be a misspelling of, its language and concept.</summary>
public readonly record struct MisspeltForm(string Language, string Form, int Concept);
