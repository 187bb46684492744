namespace HistoryBot.Core.Administration;

/// <summary>An upload that passed the checks that need nothing but the file itself.</summary>
public sealed record CheckedSource(
    string FileName,
    string Id,
    string Title,
    string Language,
    int ParagraphCount,
    byte[] Bytes,
    string ContentHash);
