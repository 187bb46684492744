using HistoryBot.Core.Answers;
using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Facts;

/// <summary>A fact as the facts file of a generation stores it: plain fields, one JSON object per fact.</summary>
public sealed record StoredFact(
    string Id, string SourceId, string SourceTitle, string? Section, int ParagraphNumber, string Language,
    string? Text, string Sentence, int? Precision, int? Year, int? Month, int? Day, int? EndYear)
{
    public static StoredFact From(Fact fact) => new(
        fact.Id.Value, fact.Citation.SourceId.Value, fact.Citation.SourceTitle, fact.Citation.Section, fact.Citation.ParagraphNumber,
        // The text is stored only when it adds to the sentence (a preceding sentence it needs).
        fact.Language, fact.Text == fact.Sentence ? null : fact.Text, fact.Sentence,
        fact.Date is null ? null : (int)fact.Date.Precision, fact.Date?.Year, fact.Date?.Month, fact.Date?.Day, fact.Date?.EndYear);

    public Fact ToFact()
    {
        var citation = new Citation(new SourceId(SourceId), SourceTitle, Section, ParagraphNumber, Language);
        var date = Precision is { } precision && Year is { } year ? new FactDate((DatePrecision)precision, year, Month, Day, EndYear) : null;
        return new Fact(new FactId(Id), Text ?? Sentence, Sentence, date, Language, citation);
    }
}
