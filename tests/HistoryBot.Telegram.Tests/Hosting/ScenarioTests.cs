using Xunit;

namespace HistoryBot.Telegram.Tests.Hosting;

/// <summary>Base of the end-to-end tests: a fresh <see cref="TelegramScenario"/> per test.</summary>
public abstract class ScenarioTests : IAsyncLifetime
{
    protected TelegramScenario Scenario { get; } = new();

    public Task InitializeAsync() => Scenario.InitializeAsync();

    public Task DisposeAsync() => Scenario.DisposeAsync();
}
