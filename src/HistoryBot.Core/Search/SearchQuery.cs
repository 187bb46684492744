namespace HistoryBot.Core.Search;

/// <summary>A question made ready for the index: its language, its terms and what kind of answer it wants.</summary>
public sealed record SearchQuery(string Text, string Language, IReadOnlyList<QueryTerm> Terms, bool AsksWhen)
{
    public double TotalWeight => Terms.Sum(term => term.Weight);
}
