using HistoryBot.Core.Search;
using HistoryBot.Core.Text.Analysis;

namespace HistoryBot.Core.Answers.Judging;

/// <summary>Term statistics of one Lucene index generation, for the judge: a stem's paragraphs over every language's stem field.</summary>
internal sealed class GenerationTermStatistics(IndexGeneration generation) : ITermStatistics
{
    public int ParagraphCount => generation.ParagraphCount;

    // Each paragraph fills the stem field of its own language only, so the fields add up.
    public int DocumentFrequency(string stem) => AnalysisFields.StemFields.Sum(field => generation.DocumentFrequency(field, stem));
}
