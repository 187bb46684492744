using HistoryBot.Core.Answers;

namespace HistoryBot.Core.Facts;

/// <summary>
/// A fact mined from the sources: a sentence that states a dated event or a notable statement.
/// <see cref="Text"/> is what is shown and reads on its own (a sentence beginning "It was he
/// who…" comes with the sentence before it); <see cref="Sentence"/> is the fact's own sentence.
/// </summary>
public sealed record Fact(FactId Id, string Text, string Sentence, FactDate? Date, string Language, Citation Citation);
