using HistoryBot.Core.Search;

namespace HistoryBot.Core.Answers.Judging;

/// <summary>Term statistics of one index generation, for the judge.</summary>
internal sealed class GenerationTermStatistics(IndexGeneration generation) : ITermStatistics
{
    public int ParagraphCount => generation.ParagraphCount;

    public int DocumentFrequency(string stem) => generation.Stems.DocumentFrequency(stem);
}
