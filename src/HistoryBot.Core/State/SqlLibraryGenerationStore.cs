namespace HistoryBot.Core.State;

/// <summary>The library generation as one row of <c>library_generation</c>; raising it is one atomic upsert.</summary>
public sealed class SqlLibraryGenerationStore(IStateDatabase database, TimeProvider time) : ILibraryGenerationStore
{
    public async Task<LibraryGeneration> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync("SELECT generation, changed_ms, changed_by FROM library_generation WHERE id = 1", [],
            reader => new LibraryGeneration(reader.Long(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.Long(1)), reader.GetString(2)), cancellationToken);
        return rows.Count == 0 ? new LibraryGeneration(0, null, null) : rows[0];
    }

    public async Task<LibraryGeneration> AdvanceAsync(string changedBy, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var number = await database.ScalarAsync("""
            INSERT INTO library_generation(id, generation, changed_ms, changed_by) VALUES(1, 1, @now, @by)
            ON CONFLICT(id) DO UPDATE SET generation = library_generation.generation + 1, changed_ms = excluded.changed_ms, changed_by = excluded.changed_by
            RETURNING generation
            """, [("now", now.ToUnixTimeMilliseconds()), ("by", changedBy)], cancellationToken);
        return new LibraryGeneration(Convert.ToInt64(number, System.Globalization.CultureInfo.InvariantCulture), now, changedBy);
    }
}
