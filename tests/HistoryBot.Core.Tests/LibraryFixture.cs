namespace HistoryBot.Core.Tests;

/// <summary>One index over the committed sources, built once and shared by a test class that only reads.</summary>
public sealed class LibraryFixture : IAsyncLifetime
{
    public Library Library { get; } = new();

    public async Task InitializeAsync() => await Library.Index.EnsureLoadedAsync();

    public Task DisposeAsync()
    {
        Library.Dispose();
        return Task.CompletedTask;
    }
}
