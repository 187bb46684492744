using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Facts;
using HistoryBot.Core.Search;
using HistoryBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

public sealed class DailyFactsHostingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private HostApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = _temp.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _temp.Combine("data"),
            ["Storage:SourcesDirectory"] = RepoPaths.Sources,
        }.Concat(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value))));
        builder.AddHistoryBotCore();
        builder.AddDailyFacts();
        return builder;
    }

    [Fact]
    public void Daily_facts_plug_into_the_core()
    {
        // Arrange
        using var host = Builder().Build();

        // Act
        var services = host.Services;

        // Assert
        Assert.Contains(services.GetServices<IIndexPart>(), part => part is FactsIndexPart);
        Assert.Contains(services.GetServices<IHostedService>(), service => service is DailyFactScheduler);
        Assert.Contains(services.GetServices<IStatusContributor>(), contributor => contributor is DailyFactStatus);
        Assert.Contains(services.GetServices<IChatActionHandler>(), handler => handler is FactActions);
        var commands = services.GetRequiredService<IChatBot>().Commands.Select(command => command.Name).ToList();
        Assert.Contains("fact", commands);
        Assert.Contains("dailyfact", commands);
    }

    [Fact(Timeout = 10_000)]
    public async Task Bad_settings_stop_the_start_with_a_message_naming_the_key()
    {
        // Arrange
        using var host = Builder(("DailyFacts:PollInterval", "00:00:01")).Build();

        // Act
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        // Assert
        Assert.Contains("DailyFacts:PollInterval must be between 00:00:05 and 1.00:00:00.", error.Message);
    }
}
