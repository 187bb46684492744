namespace HistoryBot.Core.Search;

/// <summary>The tables of one index generation file.</summary>
internal static class IndexSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE sources(
            id TEXT PRIMARY KEY, title TEXT NOT NULL, language TEXT NOT NULL, file TEXT NOT NULL,
            paragraphs INTEGER NOT NULL, translation_of TEXT, has_metadata INTEGER NOT NULL);
        CREATE TABLE skipped(file TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE TABLE paragraphs(
            id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, number INTEGER NOT NULL,
            language TEXT NOT NULL, section TEXT, text TEXT NOT NULL, length INTEGER NOT NULL);
        CREATE INDEX paragraphs_source ON paragraphs(source_id, number);
        -- Contentless, document-level postings: the text lives once, in paragraphs; our own
        -- analysis writes the terms, so the 'ascii' tokenizer only splits on spaces.
        CREATE VIRTUAL TABLE stem_index USING fts5(terms, content='', detail=none, tokenize='ascii');
        CREATE VIRTUAL TABLE prefix_index USING fts5(terms, content='', detail=none, tokenize='ascii');
        CREATE VIRTUAL TABLE stem_vocab USING fts5vocab(stem_index, 'row');
        CREATE VIRTUAL TABLE prefix_vocab USING fts5vocab(prefix_index, 'row');
        """;
}
