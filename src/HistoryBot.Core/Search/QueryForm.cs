using Lucene.Net.Index;

namespace HistoryBot.Core.Search;

/// <summary>
/// One indexed form a question word may take: a term of one field, how it relates to the
/// word and how much a match on it counts. Each is one graded clause of the engine's query;
/// an expansion (a synonym, a paraphrase) is one more form.
/// </summary>
public sealed record QueryForm(string Field, string Text, MatchKind Kind, double Level, int DocumentFrequency)
{
    internal Term ToTerm() => new(Field, Text);
}
