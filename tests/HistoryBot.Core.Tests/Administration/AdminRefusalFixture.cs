using Xunit;

namespace HistoryBot.Core.Tests.Administration;

/// <summary>One harness for all refusal cases: a refusal changes nothing, so they can share it.</summary>
public sealed class AdminRefusalFixture : IAsyncLifetime
{
    internal AdminHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync() => Harness = await AdminHarness.StartAsync();

    public Task DisposeAsync()
    {
        Harness.Dispose();
        return Task.CompletedTask;
    }
}
