namespace HistoryBot.Core.Search;

/// <summary>The stored and keyword fields of a paragraph document (the analysed ones are in <see cref="Text.Analysis.AnalysisFields"/>).</summary>
internal static class IndexFields
{
    public const string Order = "order";
    public const string Source = "source";
    public const string Number = "number";
    public const string Language = "language";
    public const string Section = "section";
    public const string Body = "body";
}
