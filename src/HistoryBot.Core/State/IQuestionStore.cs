namespace HistoryBot.Core.State;

/// <summary>
/// Remembers asked questions under short keys, so "More results" and "Source" buttons
/// (whose data is capped at 64 bytes) work for any question, also after a restart.
/// </summary>
public interface IQuestionStore
{
    Task<string> RememberAsync(string question, string? language, CancellationToken cancellationToken = default);

    Task<StoredQuestion?> RecallAsync(string key, CancellationToken cancellationToken = default);
}
