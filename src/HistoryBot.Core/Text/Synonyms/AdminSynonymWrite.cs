namespace HistoryBot.Core.Text.Synonyms;

/// <summary>The outcome of a change, with the entry it concerns (the one changed, or the duplicate already in use).</summary>
public sealed record AdminSynonymWrite(AdminSynonymWriteStatus Status, AdminSynonym? Entry = null);
