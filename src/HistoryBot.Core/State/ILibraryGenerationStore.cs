namespace HistoryBot.Core.State;

/// <summary>
/// The library's generation in the state database: a number raised by every successful change
/// or reindex, so replicas with their own index folders notice it and build the new library.
/// </summary>
public interface ILibraryGenerationStore
{
    /// <summary>The newest generation, 0 before the first change.</summary>
    Task<LibraryGeneration> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Raises the generation by one (under the library lock) and returns the new one.</summary>
    Task<LibraryGeneration> AdvanceAsync(string changedBy, CancellationToken cancellationToken = default);
}
