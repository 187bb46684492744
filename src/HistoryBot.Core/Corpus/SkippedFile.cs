namespace HistoryBot.Core.Corpus;

/// <summary>A file the loader passed over, and why.</summary>
public sealed record SkippedFile(string File, string Reason);
