using HistoryBot.Core.Search;

namespace HistoryBot.Core.Answers.Judging;

/// <summary>Term statistics of one Lucene index generation, for the judge: a stem's paragraphs over every language's stem field.</summary>
internal sealed class GenerationTermStatistics(IndexGeneration generation) : ITermStatistics
{
    public int ParagraphCount => generation.ParagraphCount;

    public int DocumentFrequency(string stem) => generation.StemDocumentFrequency(stem);
}
