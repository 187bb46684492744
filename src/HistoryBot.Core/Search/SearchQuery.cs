namespace HistoryBot.Core.Search;

/// <summary>A question made ready for the index: its language, its terms and what kind of answer it wants.</summary>
public sealed record SearchQuery(string Text, string Language, IReadOnlyList<QueryTerm> Terms, bool AsksWhen)
{
    /// <summary>The question as searched and judged: <see cref="Text"/> with its idioms read as the sources' words (<see cref="HistoryBot.Core.Text.Questions.QuestionIdioms"/>).</summary>
    public string ReadText { get; init; } = Text;

    public double TotalWeight => Terms.Sum(term => term.Weight);
}
