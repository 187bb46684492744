namespace HistoryBot.Core.Corpus;

/// <summary>What the loader made of a sources folder.</summary>
public sealed record LoadedCorpus(
    IReadOnlyList<SourceInfo> Sources,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<SkippedFile> Skipped)
{
    public long TextBytes => Paragraphs.Sum(paragraph => (long)System.Text.Encoding.UTF8.GetByteCount(paragraph.Text));
}
